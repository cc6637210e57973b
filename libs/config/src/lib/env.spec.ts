import { ConfigError, parseEnv } from './env';

const valid = {
  JWT_SECRET: 'x'.repeat(32),
  NOTES_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};

function problemsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnv', () => {
  it('applies local defaults when only the secrets are given', () => {
    const config = parseEnv({ ...valid });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/ponte');
    expect(config.CORS_ORIGINS).toEqual(['http://localhost:4200', 'http://localhost:4300']);
    expect(config.NOTES_ENCRYPTION_KEYS[0].id).toBe('k1');
    expect(config.NOTES_ENCRYPTION_KEYS[0].key).toHaveLength(32);
  });

  it('names every bad or missing variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', REDIS_URL: 'http://x' });
    expect(Object.keys(problems).sort()).toEqual(['JWT_SECRET', 'NOTES_ENCRYPTION_KEYS', 'PORT', 'REDIS_URL']);
  });

  it('puts the variable name in the error message', () => {
    expect(() => parseEnv({ ...valid, PORT: 'abc' })).toThrow(/PORT/);
  });

  it('rejects short secrets, bad keys and bad origins', () => {
    const problems = problemsOf({
      JWT_SECRET: 'short',
      NOTES_ENCRYPTION_KEYS: 'k1:AAAA',
      CORS_ORIGINS: 'http://ok:4200,not an origin',
    });
    expect(problems['JWT_SECRET']).toMatch(/32/);
    expect(problems['NOTES_ENCRYPTION_KEYS']).toMatch(/32 bytes/);
    expect(problems['CORS_ORIGINS']).toMatch(/not an origin/);
  });

  it('requires MEILI_HOST for the Meilisearch engine', () => {
    expect(problemsOf({ ...valid, SEARCH_ENGINE: 'meilisearch' })).toHaveProperty('MEILI_HOST');
  });

  it('reads on a replica only when DATABASE_READ_URL is a postgres URL, never staying less than the lag after a write', () => {
    expect(parseEnv({ ...valid }).DATABASE_READ_URL).toBe('');
    const config = parseEnv({ ...valid, DATABASE_READ_URL: 'postgres://ponte@replica:5432/ponte', DATABASE_READ_MAX_LAG_MS: '500', DATABASE_READ_STICKY_MS: '2000' });
    expect(config).toMatchObject({ DATABASE_READ_URL: 'postgres://ponte@replica:5432/ponte', DATABASE_READ_MAX_LAG_MS: 500, DATABASE_READ_STICKY_MS: 2000 });
    expect(problemsOf({ ...valid, DATABASE_READ_URL: 'mysql://replica/ponte' })['DATABASE_READ_URL']).toMatch(/postgres/);
    expect(problemsOf({ ...valid, DATABASE_READ_MAX_LAG_MS: '20' })['DATABASE_READ_MAX_LAG_MS']).toMatch(/100/);
    expect(problemsOf({ ...valid, DATABASE_READ_MAX_LAG_MS: '5000', DATABASE_READ_STICKY_MS: '1000' })['DATABASE_READ_STICKY_MS']).toMatch(/DATABASE_READ_MAX_LAG_MS/);
  });

  it('accepts several keys for rotation, the first being current', () => {
    const second = `k2:${Buffer.alloc(32, 9).toString('base64')}`;
    const config = parseEnv({ ...valid, NOTES_ENCRYPTION_KEYS: `${second},${valid.NOTES_ENCRYPTION_KEYS}` });
    expect(config.NOTES_ENCRYPTION_KEYS.map((k) => k.id)).toEqual(['k2', 'k1']);
  });

  it('reads the recomputation settings and refuses what a worker could not run', () => {
    const config = parseEnv({ ...valid, RECOMPUTE_PARTITION_SIZE: '500', RECOMPUTE_CONCURRENCY: '2', RECOMPUTE_STALL_MS: '15000' });
    expect([config.RECOMPUTE_PARTITION_SIZE, config.RECOMPUTE_CONCURRENCY, config.RECOMPUTE_STALL_MS]).toEqual([500, 2, 15000]);
    expect(parseEnv({ ...valid }).RECOMPUTE_PARTITION_SIZE).toBe(1000);
    const problems = problemsOf({ ...valid, RECOMPUTE_PARTITION_SIZE: '0', RECOMPUTE_CONCURRENCY: '1.5', RECOMPUTE_STALL_MS: 'soon' });
    expect(problems['RECOMPUTE_PARTITION_SIZE']).toMatch(/from 10 to 100000/);
    expect(problems['RECOMPUTE_CONCURRENCY']).toMatch(/whole number/);
    expect(problems).toHaveProperty('RECOMPUTE_STALL_MS');
  });
});
