// Runs every check the project has, in order, and ends with one plain line "N passed, N failed".
// Type check, lint and build count as one check each; then every jest test counts (jest needs the
// build: some tests read dist/, and the browser test serves it). The jest count cannot get lost: a
// reporter of the project's writes each suite's result to a file as it happens, and the count is read
// from that file, so a jest that dies mid-run still leaves the suites that ran counted, and every suite
// that started without reporting, or never started, counts as failed.
// `--jest-only` skips type check, lint and build; any other argument goes to jest.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const { countFromProgress } = createRequire(import.meta.url)("./progressReporter.cjs");

// The build is a production build for an example host with a sub-path; the build tests check its manifest.
export const TEST_ADDIN_URL = "https://kkr.kommune.example/tilfoejelse";

// What the browser and spreadsheet tests need from Debian, named once up front with the command that installs it.
const prerequisites = [
  ["chromium", "/usr/bin/chromium", "apt-get install -y chromium"],
  ["LibreOffice", "soffice", "apt-get install -y --no-install-recommends libreoffice-calc fonts-dejavu-core"],
  ["nginx", "/usr/sbin/nginx", "apt-get install -y --no-install-recommends nginx"],
];
const onPath = (program) => (process.env.PATH ?? "").split(":").some((folder) => existsSync(`${folder}/${program}`));
for (const [name, program, install] of prerequisites) {
  if (!(program.startsWith("/") ? existsSync(program) : onPath(program)))
    console.log(`Mangler ${name} / ${name} is missing: ${install} (.ci/run installs it).`);
}

const HEARTBEAT_MS = 15_000;

/** Runs a command with its output shown; while it is quiet, says every 15 s that it is still running. */
function run(name, command, args, env = {}) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    const heartbeat = setInterval(
      () => console.log(`… ${name}: ${Math.round((Date.now() - started) / 1000)} s`),
      HEARTBEAT_MS,
    );
    child.on("close", (status, signal) => {
      clearInterval(heartbeat);
      console.log(`${name}: ${status === 0 ? "done" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
      done(status ?? signal);
    });
  });
}

const argv = process.argv.slice(2);
const jestOnly = argv.includes("--jest-only");
const jestArgs = argv.filter((arg) => arg !== "--jest-only");
const steps = [
  ["type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["build", "npm", ["run", "--silent", "build"], { ADDIN_URL: TEST_ADDIN_URL }],
];

let passed = 0;
let failed = 0;
for (const [name, command, args, env] of jestOnly ? [] : steps) {
  console.log(`\n=== ${name} ===`);
  if ((await run(name, command, args, env)) === 0) passed++;
  else failed++;
}

const progress = resolve(process.env.KKR_PROGRESS_FILE ?? "test-results/progress.jsonl");
mkdirSync(dirname(progress), { recursive: true });
console.log("\n=== jest ===");
rmSync(progress, { force: true }); // a file left by an earlier run must not count
const jestStatus = await run(
  "jest",
  "npx",
  ["jest", "--reporters=default", "--reporters=./scripts/progressReporter.cjs", ...jestArgs],
  {
    KKR_PROGRESS_FILE: progress,
  },
);
const jest = countFromProgress(existsSync(progress) ? readFileSync(progress, "utf8") : "");
for (const path of jest.missing) console.log(`jest stopped before this suite reported: ${path}`);
passed += jest.passed;
// jest exiting non-zero with every test passed (it found no tests, or failed outside them) is a failure too.
failed += jest.failed + (jestStatus !== 0 && jest.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
