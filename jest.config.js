/* global module */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/tests/setup/officeGlobals.ts", "<rootDir>/tests/setup/asyncWaits.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tests/tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum; the package's entry point pulls in ESM-only modules.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // Wider than tests/limits.ts WAIT_MS, so a wait that gives up says what it waited for before jest does.
  testTimeout: 900_000,
};
