// Writes each Jest run's totals to reports/test-results/ so `npm test` can print one
// line for all runners. A suite that fails to load counts as one failed test.
const fs = require('node:fs');
const path = require('node:path');

class TotalsReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, '..', 'reports', 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const brokenSuites = results.testResults.filter((suite) => suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)).length;
    const name = (this.globalConfig.rootDir || 'jest').replace(path.join(__dirname, '..'), '').replace(/^[/\\]/, '').replace(/[/\\]/g, '-') || 'root';
    const totals = {
      runner: 'jest',
      project: name,
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `jest-${name}.json`), JSON.stringify(totals));
  }
}

module.exports = TotalsReporter;
