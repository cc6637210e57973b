// Which PostgreSQL, Redis and SMTP the start command uses. Decisions only: the probes are
// passed in, so the order of preference is unit-tested without any server.

export const DEFAULTS = Object.freeze({
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/ponte',
  redisUrl: 'redis://127.0.0.1:6379',
  smtpUrl: 'smtp://127.0.0.1:1025',
  embeddedPostgresPort: 5544,
  spawnedRedisPort: 6380,
});

export const embeddedDatabaseUrl = (port = DEFAULTS.embeddedPostgresPort) =>
  `postgres://postgres:postgres@127.0.0.1:${port}/ponte`;

export const spawnedRedisUrl = (port = DEFAULTS.spawnedRedisPort) => `redis://127.0.0.1:${port}`;

/**
 * DATABASE_URL if set; else the local default; else an embedded cluster (reused when one
 * from an earlier start still answers on its port).
 */
export async function chooseDatabase(env, { postgresAnswers }) {
  if (env.DATABASE_URL) return { source: 'env', url: env.DATABASE_URL };
  if (await postgresAnswers(DEFAULTS.databaseUrl)) {
    return { source: 'local', url: DEFAULTS.databaseUrl };
  }
  const url = embeddedDatabaseUrl();
  if (await postgresAnswers(url)) return { source: 'embedded-running', url };
  return { source: 'embedded', url, port: DEFAULTS.embeddedPostgresPort };
}

/**
 * REDIS_URL if set; else the local default; else a redis-server we spawn (reused when one
 * from an earlier start still answers); else missing.
 */
export async function chooseRedis(env, { redisAnswers, findExecutable }) {
  if (env.REDIS_URL) return { source: 'env', url: env.REDIS_URL };
  if (await redisAnswers(DEFAULTS.redisUrl)) return { source: 'local', url: DEFAULTS.redisUrl };
  const url = spawnedRedisUrl();
  if (await redisAnswers(url)) return { source: 'spawned-running', url };
  const bin = findExecutable('redis-server');
  if (!bin) return { source: 'missing' };
  return { source: 'spawn', url, port: DEFAULTS.spawnedRedisPort, bin };
}

/** SMTP_URL if set; else the development mailbox on the default port (reused when busy). */
export async function chooseMail(env, { portIsFree }) {
  if (env.SMTP_URL) return { source: 'env', url: env.SMTP_URL };
  const { hostname, port } = new URL(DEFAULTS.smtpUrl);
  const source = (await portIsFree(Number(port), hostname)) ? 'mailbox' : 'mailbox-running';
  return { source, url: DEFAULTS.smtpUrl, port: Number(port) };
}

/** What to say when a dependency cannot be found or started: one sentence per language. */
export const INSTALL_HINTS = Object.freeze({
  postgres:
    'PostgreSQL non disponibile: installa PostgreSQL 15 (apt-get install postgresql) o imposta DATABASE_URL. / ' +
    'PostgreSQL unavailable: install PostgreSQL 15 (apt-get install postgresql) or set DATABASE_URL.',
  redis:
    'Redis non disponibile: installa Redis 7 (apt-get install redis-server) o imposta REDIS_URL. / ' +
    'Redis unavailable: install Redis 7 (apt-get install redis-server) or set REDIS_URL.',
});
