// Runs every check the project has, in order, and ends with one plain line "N passed, N failed".
// Type check, lint and build count as one check each; then every jest test counts (jest needs the
// build: some tests read dist/, and the browser test serves it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

// The build is a production build for an example host with a sub-path; the build tests check its manifest.
export const TEST_ADDIN_URL = "https://kkr.kommune.example/tilfoejelse";
const steps = [
  ["type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["build", "npm", ["run", "--silent", "build"], { ADDIN_URL: TEST_ADDIN_URL }],
];

let passed = 0;
let failed = 0;
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (status === 0) passed++;
  else {
    failed++;
    console.log(`${name} FAILED (exit ${status})`);
  }
}

mkdirSync("test-results", { recursive: true });
const report = "test-results/jest.json";
console.log("\n=== jest ===");
spawnSync("npx", ["jest", "--json", `--outputFile=${report}`, ...process.argv.slice(2)], { stdio: "inherit" });
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  // A suite that cannot even load counts as a failure too.
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites + results.numPendingTests + results.numTodoTests;
} else {
  failed++;
  console.log("jest wrote no report");
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
