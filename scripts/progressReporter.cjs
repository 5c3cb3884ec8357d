/* global module, require, process */
/**
 * A jest reporter that writes each suite's result to a file the moment jest knows it, one JSON line at a
 * time, so the closing count survives jest dying mid-run: a suite that started and never reported counts
 * as a failure, and so does every suite jest found but never started.
 */
const { appendFileSync, writeFileSync } = require("node:fs");

class ProgressReporter {
  constructor() {
    this.file = process.env.KKR_PROGRESS_FILE ?? "test-results/progress.jsonl";
  }

  write(entry) {
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  onRunStart(results) {
    writeFileSync(this.file, "");
    this.write({ event: "run", suites: results.numTotalTestSuites });
  }

  onTestFileStart(test) {
    this.write({ event: "start", path: test.path });
  }

  onTestFileResult(test, result) {
    const count = (status) => result.testResults.filter((item) => item.status === status).length;
    this.write({
      event: "result",
      path: test.path,
      passed: count("passed"),
      // A skipped or todo test is a test that did not run: it counts as a failure.
      failed: count("failed") + count("pending") + count("skipped") + count("todo") + count("disabled"),
      // A suite that could not load has no test results but a failure message.
      broken: result.testExecError !== undefined && result.testExecError !== null,
    });
  }

  onRunComplete(contexts, results) {
    this.write({ event: "end", passed: results.numPassedTests, failed: results.numFailedTests });
  }
}

/**
 * The count from a progress file's lines: tests passed and failed as reported, plus one failure for every
 * suite that broke, started without a result, or was found and never started.
 */
function countFromProgress(text) {
  const entries = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return []; // a line cut off when jest died
      }
    });
  const run = entries.find((entry) => entry.event === "run");
  if (!run) return { passed: 0, failed: 1, missing: [] };
  const started = new Set(entries.filter((entry) => entry.event === "start").map((entry) => entry.path));
  let passed = 0;
  let failed = 0;
  for (const entry of entries.filter((item) => item.event === "result")) {
    started.delete(entry.path);
    passed += entry.passed;
    failed += entry.failed + (entry.broken && entry.failed === 0 ? 1 : 0);
  }
  const reported = entries.filter((entry) => entry.event === "result").length;
  const neverStarted = Math.max(0, run.suites - reported - started.size);
  return { passed, failed: failed + started.size + neverStarted, missing: [...started] };
}

module.exports = ProgressReporter;
module.exports.countFromProgress = countFromProgress;
