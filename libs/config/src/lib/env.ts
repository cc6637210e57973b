import { bool, cleanEnv, num, port, str, url, makeValidator, EnvError, EnvMissingError } from 'envalid';

/** Raised when the environment is unusable; lists every bad or missing variable at once. */
export class ConfigError extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      'Configurazione non valida / invalid configuration:\n' +
        Object.entries(problems)
          .map(([name, why]) => `  - ${name}: ${why}`)
          .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const postgresUrl = makeValidator<string>((value) => {
  if (!/^postgres(ql)?:\/\/.+/.test(value)) throw new Error('must be a postgres:// URL');
  return value;
});

const redisUrl = makeValidator<string>((value) => {
  if (!/^rediss?:\/\/.+/.test(value)) throw new Error('must be a redis:// URL');
  return value;
});

const secret = makeValidator<string>((value) => {
  if (value.length < 32) throw new Error('must be at least 32 characters');
  return value;
});

/**
 * NOTES_ENCRYPTION_KEYS: `id:base64` pairs; the first key encrypts, all of them decrypt
 * (rotation). Alone, for the migrations that encrypt existing rows; throws on a bad value.
 */
export function parseEncryptionKeys(value: string): { id: string; key: Buffer }[] {
  const keys = value.split(',').map((entry) => {
    const [id, b64] = entry.trim().split(':');
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!id || !/^[a-zA-Z0-9_-]+$/.test(id) || key.length !== 32) {
      throw new Error('each key must be "id:base64" of exactly 32 bytes');
    }
    return { id, key };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('key ids must be unique');
  return keys;
}

const encryptionKeys = makeValidator<{ id: string; key: Buffer }[]>(parseEncryptionKeys);

const origins = makeValidator<string[]>((value) => {
  const list = value.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`"${origin}" is not an origin (scheme://host[:port])`);
  }
  return list;
});

export function parseEnv(env: NodeJS.ProcessEnv) {
  const problems: Record<string, string> = {};
  const parsed = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
      PORT: port({ default: 3000 }),
      DATABASE_URL: postgresUrl({ default: 'postgres://postgres@127.0.0.1:5432/ponte' }),
      // A streaming replica for the reads that tolerate its lag (apps/api/src/database/read-database.ts); empty: none.
      DATABASE_READ_URL: str({ default: '' }),
      // The replica is read only while it has replayed everything the primary committed this long ago.
      DATABASE_READ_MAX_LAG_MS: num({ default: 1000 }),
      // After a write, the caller's reads stay on the primary this long (read-your-writes).
      DATABASE_READ_STICKY_MS: num({ default: 3000 }),
      REDIS_URL: redisUrl({ default: 'redis://127.0.0.1:6379' }),
      QUEUE_PREFIX: str({ default: 'ponte' }),
      CORS_ORIGINS: origins({ default: ['http://localhost:4200', 'http://localhost:4300'] }),
      JWT_SECRET: secret(),
      NOTES_ENCRYPTION_KEYS: encryptionKeys(),
      SEARCH_ENGINE: str({ choices: ['postgres', 'meilisearch'], default: 'postgres' }),
      MEILI_HOST: str({ default: '' }),
      MEILI_API_KEY: str({ default: '' }),
      SMTP_URL: url({ default: 'smtp://127.0.0.1:1025' }),
      MAIL_FROM: str({ default: 'Ponte <no-reply@ponte.local>' }),
      PARTNER_PORTAL_URL: url({ default: 'http://localhost:4200' }),
      NETWORK_PORTAL_URL: url({ default: 'http://localhost:4300' }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      RETENTION_INACTIVE_DAYS: num({ default: 365 }),
      RETENTION_ARCHIVED_DAYS: num({ default: 180 }),
      MATCH_NOTIFY_THRESHOLD: num({ default: 70 }),
      ESCO_DIR: str({ default: '' }),
      DEMO_SEED: bool({ default: false }),
      // PostgreSQL connections per API process; API processes (Node cluster) sharing the port.
      DATABASE_POOL_SIZE: num({ default: 10 }),
      API_WORKERS: num({ default: 1 }),
      // Recomputations of matches (QUEUES.recomputation): profiles per partition; partitions one
      // worker process runs at once; how long a partition's lock outlives its worker before
      // another process takes it over (a killed worker's partition waits this long).
      RECOMPUTE_PARTITION_SIZE: num({ default: 1000 }),
      RECOMPUTE_CONCURRENCY: num({ default: 1 }),
      RECOMPUTE_STALL_MS: num({ default: 60_000 }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) {
          problems[name] =
            error instanceof EnvMissingError ? 'missing / mancante' : (error as EnvError).message || 'invalid';
        }
      },
    },
  );
  if (parsed.SEARCH_ENGINE === 'meilisearch' && !parsed.MEILI_HOST) {
    problems['MEILI_HOST'] = 'required when SEARCH_ENGINE=meilisearch';
  }
  if (parsed.DATABASE_READ_URL && !/^postgres(ql)?:\/\/.+/.test(parsed.DATABASE_READ_URL)) {
    problems['DATABASE_READ_URL'] = 'must be a postgres:// URL, or empty for no replica';
  }
  if (!problems['DATABASE_READ_MAX_LAG_MS'] && !(Number.isInteger(parsed.DATABASE_READ_MAX_LAG_MS) && parsed.DATABASE_READ_MAX_LAG_MS >= 100)) {
    problems['DATABASE_READ_MAX_LAG_MS'] = 'must be a whole number of milliseconds, at least 100';
  } else if (!problems['DATABASE_READ_STICKY_MS'] && !(parsed.DATABASE_READ_STICKY_MS >= parsed.DATABASE_READ_MAX_LAG_MS)) {
    // A shorter window would let a caller read the replica before it replayed her own write.
    problems['DATABASE_READ_STICKY_MS'] = 'must be at least DATABASE_READ_MAX_LAG_MS';
  }
  for (const name of ['RETENTION_INACTIVE_DAYS', 'RETENTION_ARCHIVED_DAYS'] as const) {
    if (!problems[name] && !(parsed[name] > 0)) problems[name] = 'must be a positive number of days';
  }
  for (const [name, min, max] of [
    ['DATABASE_POOL_SIZE', 1, 200],
    ['API_WORKERS', 1, 64],
    ['RECOMPUTE_PARTITION_SIZE', 10, 100_000],
    ['RECOMPUTE_CONCURRENCY', 1, 16],
    ['RECOMPUTE_STALL_MS', 1000, 3_600_000],
  ] as const) {
    if (!problems[name] && !(Number.isInteger(parsed[name]) && parsed[name] >= min && parsed[name] <= max)) problems[name] = `must be a whole number from ${min} to ${max}`;
  }
  if (!problems['MATCH_NOTIFY_THRESHOLD'] && (parsed.MATCH_NOTIFY_THRESHOLD < 0 || parsed.MATCH_NOTIFY_THRESHOLD > 100)) {
    problems['MATCH_NOTIFY_THRESHOLD'] = 'must be between 0 and 100';
  }
  if (Object.keys(problems).length > 0) throw new ConfigError(problems);
  // A plain object: envalid's strict proxy throws on the property probes Nest makes on providers.
  return Object.freeze({ ...parsed });
}

export type AppConfig = ReturnType<typeof parseEnv>;
