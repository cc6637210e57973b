import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Writes the browser tests' totals to reports/test-results/ beside Jest's
 * (tools/jest-totals-reporter.cjs), so the last line of `npm test` counts them too. Tests a
 * failure in a serial group kept from running count as skipped.
 */
export default class TotalsReporter implements Reporter {
  private root?: Suite;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onEnd(result: FullResult): void {
    const totals = { runner: 'playwright', project: 'e2e', passed: 0, failed: 0, skipped: 0 };
    for (const test of this.root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') totals.passed++;
      else if (outcome === 'unexpected') totals.failed++;
      else totals.skipped++;
    }
    // A harness that failed before any test (global setup, a crash) is a failure too.
    if (result.status !== 'passed' && totals.failed === 0) totals.failed = 1;
    const dir = path.join(__dirname, '..', '..', 'reports', 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'playwright-e2e.json'), JSON.stringify(totals));
  }
}
