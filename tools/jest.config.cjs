// The tools are plain Node ESM (.mjs), tested as they run: no transform, native ESM
// (the test target sets NODE_OPTIONS=--experimental-vm-modules).
module.exports = {
  displayName: 'tools',
  testEnvironment: 'node',
  transform: {},
  testMatch: ['<rootDir>/**/*.spec.mjs'],
  moduleFileExtensions: ['mjs', 'js', 'cjs', 'json'],
  testTimeout: 20000,
  reporters: ['default', '<rootDir>/jest-totals-reporter.cjs'],
};
