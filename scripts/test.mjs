// Runs every check the project has, in order, and ends with one plain line "N passed, N failed".
// Type check, lint and build count as one check each; then every jest test counts (jest needs the
// build: some tests read dist/, and the browser test serves it). The jest count never gets lost: if its
// JSON report is missing, the count is read from jest's own summary line.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const { countFromReport, countFromSummary } = createRequire(import.meta.url)("./jestCount.cjs");

// The build is a production build for an example host with a sub-path; the build tests check its manifest.
export const TEST_ADDIN_URL = "https://kkr.kommune.example/tilfoejelse";

// What the browser and spreadsheet tests need from Debian, named once up front with the command that installs it.
const prerequisites = [
  ["chromium", "/usr/bin/chromium", "apt-get install -y chromium"],
  ["LibreOffice", "soffice", "apt-get install -y --no-install-recommends libreoffice-calc fonts-dejavu-core"],
];
const found = (program) =>
  program.startsWith("/") ? existsSync(program) : spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
for (const [name, program, install] of prerequisites) {
  if (!found(program)) console.log(`Mangler ${name} / ${name} is missing: ${install} (.ci/run installs it).`);
}

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

/** Runs jest, showing its output as it comes and keeping it, to read the summary from if need be. */
function runJest(args) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["jest", ...args], { stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (process.stdout.write(chunk), (output += chunk)));
    child.stderr.on("data", (chunk) => (process.stderr.write(chunk), (output += chunk)));
    child.on("close", () => resolve(output));
  });
}

mkdirSync("test-results", { recursive: true });
const report = "test-results/jest.json";
rmSync(report, { force: true });
console.log("\n=== jest ===");
const output = await runJest(["--json", `--outputFile=${report}`, ...process.argv.slice(2)]);
let jest;
try {
  jest = countFromReport(JSON.parse(readFileSync(report, "utf8")));
} catch {
  console.log("jest's JSON report is missing or broken; counting from its summary");
  jest = countFromSummary(output);
}
passed += jest.passed;
failed += jest.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
