/* global module */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/tests/setup/officeGlobals.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tests/tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum; the package's entry point pulls in ESM-only modules.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // Wide, as tests/limits.ts: a busy shared machine makes a test slow, never red.
  testTimeout: 600_000,
};
