import { randomBytes } from 'node:crypto';

/** A complete, valid environment for a test process; real local PostgreSQL and Redis. */
export function testEnvironment(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    NOTES_ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    // Each test file gets its own queue namespace in the shared Redis.
    QUEUE_PREFIX: `ponte_test_${randomBytes(4).toString('hex')}`,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    ...overrides,
  };
}
