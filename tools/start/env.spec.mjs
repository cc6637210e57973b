import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevEnv, generateSecrets, mergeEnv, parseEnv, serializeEnv } from './env.mjs';

describe('dev.env parsing', () => {
  it('reads KEY=VALUE lines, skips comments and blanks, strips quotes and export', () => {
    const text = '# comment\n\nA=1\nexport B = "two words"\nC=\'x=y\'\nnot a line\nD=\r\n';
    expect(parseEnv(text)).toEqual({ A: '1', B: 'two words', C: 'x=y', D: '' });
  });

  it('round-trips what it writes', () => {
    const vars = { JWT_SECRET: 'abc', NOTES_ENCRYPTION_KEYS: 'k1:QUJD+/==' };
    expect(parseEnv(serializeEnv(vars, ['header']))).toEqual(vars);
  });
});

describe('generated secrets', () => {
  it('gives a JWT secret of at least 32 chars and a notes key of 32 bytes', () => {
    const { JWT_SECRET, NOTES_ENCRYPTION_KEYS } = generateSecrets();
    expect(JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    const [id, key] = NOTES_ENCRYPTION_KEYS.split(':');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
  });

  it('differs on every call', () => {
    expect(generateSecrets()).not.toEqual(generateSecrets());
  });
});

describe('ensureDevEnv', () => {
  let dir;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ponte-env-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file (private) with both secrets, then loads the same values', () => {
    const file = join(dir, '.data', 'dev.env');
    const first = ensureDevEnv(file);
    expect(first.created).toBe(true);
    expect(first.added.sort()).toEqual(['JWT_SECRET', 'NOTES_ENCRYPTION_KEYS']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = ensureDevEnv(file);
    expect(second).toEqual({ vars: first.vars, created: false, added: [] });
  });

  it('completes a file that lacks a secret and keeps what the user wrote', () => {
    const file = join(dir, 'dev.env');
    writeFileSync(file, 'JWT_SECRET=mine-mine-mine-mine-mine-mine-mine-mine\nLOG_LEVEL=debug\n');
    const { vars, added } = ensureDevEnv(file);
    expect(added).toEqual(['NOTES_ENCRYPTION_KEYS']);
    expect(vars.JWT_SECRET).toBe('mine-mine-mine-mine-mine-mine-mine-mine');
    expect(parseEnv(readFileSync(file, 'utf8'))).toEqual(vars);
    expect(vars.LOG_LEVEL).toBe('debug');
  });
});

describe('mergeEnv', () => {
  it('lets explicit, non-empty shell variables win over the file', () => {
    const merged = mergeEnv(
      { JWT_SECRET: 'from-file', LOG_LEVEL: 'info', PORT: '3000' },
      { JWT_SECRET: 'from-shell', LOG_LEVEL: '', HOME: '/root' },
    );
    expect(merged).toEqual({ JWT_SECRET: 'from-shell', LOG_LEVEL: 'info', PORT: '3000', HOME: '/root' });
  });
});
