import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnvironment } from '@ponte/config';
import { createTestDatabase, type TestDatabase } from '@ponte/persistence';
import { type BuiltApp, startBuiltApi } from '../test/resilience/support/built-apps';

// The built API (the test target depends on the build), started as an operator would.
const main = join(__dirname, '../../../dist/apps/api/main.js');

function boot(env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [main], {
    env: { PATH, HOME, ...env },
    encoding: 'utf8',
    timeout: 20000,
  });
}

describe('API boot with an invalid environment', () => {
  it('exits non-zero naming PORT when it is not a port', () => {
    const result = boot({ ...testEnvironment(), PORT: 'abc' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/PORT: Invalid port input: "abc"/);
  });

  it('names every missing secret at once', () => {
    const { JWT_SECRET, NOTES_ENCRYPTION_KEYS, ...rest } = testEnvironment();
    expect(JWT_SECRET && NOTES_ENCRYPTION_KEYS).toBeTruthy();
    const result = boot(rest);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('JWT_SECRET');
    expect(result.stderr).toContain('NOTES_ENCRYPTION_KEYS');
  });
});

describe('API cluster (API_WORKERS > 1)', () => {
  let database: TestDatabase;
  let api: BuiltApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    try {
      await api?.stop();
    } finally {
      await database?.drop();
    }
  });

  // Node's default young generation cost ~17% more API CPU per request in the load benchmark.
  it('runs its workers with a 64 MiB young generation, unless the operator set one', async () => {
    api = await startBuiltApi(
      testEnvironment({ DATABASE_URL: database.url, API_WORKERS: '2' }),
    );
    const workers = spawnSync('pgrep', ['-P', String(api.child.pid)], {
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean);
    expect(workers).toHaveLength(2);
    for (const pid of workers)
      expect(
        readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'),
      ).toContain('--max-semi-space-size=64');
    await api.stop();

    api = await startBuiltApi(
      testEnvironment({ DATABASE_URL: database.url, API_WORKERS: '2' }),
      60_000,
      ['--max-semi-space-size=32'],
    );
    const own = spawnSync('pgrep', ['-P', String(api.child.pid)], {
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean);
    for (const pid of own) {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(args).toContain('--max-semi-space-size=32');
      expect(args).not.toContain('--max-semi-space-size=64');
    }
  }, 120_000);
});
