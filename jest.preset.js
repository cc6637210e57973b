const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // The default output plus a totals file per project, summed by `npm test`.
  reporters: ['default', path.join(__dirname, 'tools', 'jest-totals-reporter.cjs')],
};
