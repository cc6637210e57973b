module.exports = {
  displayName: 'worker',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  // These packages ship ESM only; ts-jest turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|@nestjs/bullmq|@nestjs/bull-shared)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
  coverageDirectory: '../../coverage/apps/worker',
  // Tests run real processors against PostgreSQL and Redis.
  testTimeout: 30000,
};
