// Sums the results over every browser engine into `Tests: N passed, N failed, N skipped`,
// which scripts/test.mjs prints as the run's last line (the runner's live terminal
// output would overwrite it). A test file that could not run at all counts as a failure.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (
          session.errors?.length &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        ) {
          totals.failed += 1;
        }
      }
      const line = `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      if (process.env.SECON_SUMMARY_FILE) writeFileSync(process.env.SECON_SUMMARY_FILE, line);
    },
  };
}
