import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { testEnvironment } from '@ponte/config';

// The built API (the test target depends on the build), started as an operator would.
const main = join(__dirname, '../../../dist/apps/api/main.js');

function boot(env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [main], { env: { PATH, HOME, ...env }, encoding: 'utf8', timeout: 20000 });
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
