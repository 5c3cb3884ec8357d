/* global module */
/**
 * How many jest tests passed and failed: from its JSON report, or, when the report is missing or broken,
 * from the summary lines jest prints, so the closing count is never lost.
 */

/** From the JSON report; a suite that cannot load, a skipped or a todo test counts as a failure. */
function countFromReport(results) {
  return {
    passed: results.numPassedTests,
    failed: results.numFailedTests + results.numRuntimeErrorTestSuites + results.numPendingTests + results.numTodoTests,
  };
}

/** From "Tests: 1 failed, 131 passed, 132 total" and "Test Suites: 1 failed, …" in jest's output. */
function countFromSummary(output) {
  const summary = /^Tests:\s+(.*)$/m.exec(output)?.[1];
  if (!summary) return { passed: 0, failed: 1 };
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
  const failedSuites = Number(/^Test Suites:\s+(\d+) failed/m.exec(output)?.[1] ?? 0);
  const failedTests = count("failed") + count("skipped") + count("todo");
  // A suite that failed with no failing test in it could not run: it counts as a failure of its own.
  return { passed: count("passed"), failed: failedTests + (failedTests === 0 ? failedSuites : 0) };
}

module.exports = { countFromReport, countFromSummary };
