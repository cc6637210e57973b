module.exports = {
  displayName: 'matching-adapter',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/matching-adapter',
  // Tests run against PostgreSQL; the first to need the test template waits while it is built.
  testTimeout: 30000,
};
