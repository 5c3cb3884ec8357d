/* global require, module, __dirname */
/**
 * The floor page's build: the add-in's webpack configuration (mode, loader, resolve, chunk names) with the
 * floor page as its only entry and page.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const addinConfig = require("../../webpack.config.js");

module.exports = async (env, options) => {
  const config = await addinConfig(env, options);
  return {
    ...config,
    entry: { floor: "./scripts/floor/floorPage.tsx" },
    output: { ...config.output, path: path.resolve(__dirname, "..", "..", ".tmp", "bench-floor") },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "floor.html",
        templateContent:
          '<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body><div id="container"></div></body></html>',
        chunks: ["floor"],
      }),
    ],
  };
};
