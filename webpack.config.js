/* eslint-disable no-undef */
/* global require, module, process, __dirname */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const webpack = require("webpack");

const { marked } = require("marked");
const { TEMPLATE_ORIGIN, parseAddinUrl, productionManifest } = require("./scripts/manifest.cjs");
const { DEV_ORIGIN } = require("./scripts/devOrigin.cjs");
const { FunctionDocsPlugin } = require("./scripts/functionDocs.cjs");

/** A page of docs/ (Markdown) as a plain, accessible HTML page for the host. */
const docsPage = (content, file) => {
  const markdown = content.toString();
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? path.basename(file);
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{background:#f3f3f3;padding:0 .2em}</style>
</head>
<body><main>
${marked.parse(markdown)}
</main></body>
</html>
`;
};
const { version } = require("./package.json");

/**
 * office-addin-dev-certs makes a localhost certificate and trusts its CA where it can (Windows, macOS).
 * On Linux it cannot trust it without sudo, but the files it made still serve; without them,
 * webpack-dev-server makes a self-signed certificate.
 */
async function httpsOptions() {
  try {
    const { ca, key, cert } = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { ca, key, cert };
  } catch {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (file) => require("fs").readFileSync(path.join(dir, file));
    try {
      return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
    } catch {
      return undefined;
    }
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // RELEASE=1: the release package's build, for any host: no address in any file, no manifest.xml (IT makes
  // it on the package's manifest page), no helpUrl in the function metadata (it would need the address).
  const release = !dev && Boolean(process.env.RELEASE);
  // A production build is for the address IT hosts the add-in at; a bad or missing ADDIN_URL stops it here.
  const manifest = (content) =>
    dev ? content : productionManifest(content.toString(), { addinUrl: process.env.ADDIN_URL, version });
  if (!dev && !release) {
    try {
      manifest(require("fs").readFileSync(path.join(__dirname, "manifest.xml"), "utf8"));
    } catch (error) {
      // The message says what to do; a stack trace would only bury it.
      console.error(error.message);
      process.exit(2);
    }
  }
  return {
    devtool: "source-map",
    entry: {
      // The startup check first: it says why when Office.js is missing, before the functions try to register.
      functions: ["./src/startup/functionsStartup.ts", "./src/functions/functions.ts"],
      taskpane: "./src/taskpane/index.tsx",
      "manifest-page": "./src/manifestPage/manifestPage.js",
    },
    output: {
      // OUTPUT_DIR builds elsewhere than dist/ (npm run package's test builds beside the test run's dist/).
      path: path.resolve(__dirname, process.env.OUTPUT_DIR || "dist"),
      // A production chunk's name carries its content hash, so a host may cache it for good and an update
      // still reaches users. functions.js keeps its name: the manifest points at it.
      filename: ({ chunk }) => (dev || chunk?.name === "functions" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The manifest page uses the browser's own XML parser; Node's stays out of the bundle.
      alias: { "@xmldom/xmldom": false, [path.join(__dirname, "scripts", "devOrigin.cjs")]: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // functions.da.json, helpUrls and the help pages, from the generated functions.json and src/functions/docs/.
      new FunctionDocsPlugin({
        baseUrl: dev ? `${DEV_ORIGIN}/` : release ? undefined : parseAddinUrl(process.env.ADDIN_URL).base,
      }),
      // The manifest page's template and version, built in: the page makes manifest.xml with no request.
      new webpack.DefinePlugin({
        MANIFEST_TEMPLATE: JSON.stringify(
          require("fs")
            .readFileSync(path.join(__dirname, "manifest.xml"), "utf8")
            .replaceAll(DEV_ORIGIN, TEMPLATE_ORIGIN),
        ),
        ADDIN_VERSION: JSON.stringify(version),
      }),
      new HtmlWebpackPlugin({
        filename: "manifest.html",
        template: "./src/manifestPage/manifest.html",
        chunks: ["manifest-page"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions chunk first: it registers the functions before the pane's React code loads.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "docs/*.md", to: "docs/[name].html", transform: docsPage },
          ...(release ? [] : [{ from: "manifest.xml", to: "manifest.xml", transform: manifest }]),
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_BUILD ? undefined : { type: "https", options: await httpsOptions() },
      static: false,
    },
  };
};
