import { chooseDatabase, chooseMail, chooseRedis, DEFAULTS, embeddedDatabaseUrl, INSTALL_HINTS } from './plan.mjs';
import { adminDatabaseUrl, databaseName } from './probe.mjs';
import { redactUrl } from './banner.mjs';

/** A probe that answers only for the given URLs, recording what it was asked. */
function answeringOnly(...urls) {
  const asked = [];
  const probe = async (url) => {
    asked.push(url);
    return urls.includes(url);
  };
  return Object.assign(probe, { asked });
}

describe('chooseDatabase', () => {
  it('uses DATABASE_URL as given, without probing the defaults', async () => {
    const probe = answeringOnly(DEFAULTS.databaseUrl);
    const plan = await chooseDatabase({ DATABASE_URL: 'postgres://u:p@db:5432/x' }, { postgresAnswers: probe });
    expect(plan).toEqual({ source: 'env', url: 'postgres://u:p@db:5432/x' });
    expect(probe.asked).toEqual([]);
  });

  it('prefers the local server on 5432 when it answers', async () => {
    const plan = await chooseDatabase({}, { postgresAnswers: answeringOnly(DEFAULTS.databaseUrl) });
    expect(plan).toEqual({ source: 'local', url: 'postgres://postgres@127.0.0.1:5432/ponte' });
  });

  it('reuses an embedded cluster still running from an earlier start', async () => {
    const plan = await chooseDatabase({}, { postgresAnswers: answeringOnly(embeddedDatabaseUrl()) });
    expect(plan.source).toBe('embedded-running');
  });

  it('falls back to starting the embedded cluster on 5544', async () => {
    const plan = await chooseDatabase({ DATABASE_URL: '' }, { postgresAnswers: answeringOnly() });
    expect(plan).toEqual({ source: 'embedded', url: 'postgres://postgres:postgres@127.0.0.1:5544/ponte', port: 5544 });
  });
});

describe('chooseRedis', () => {
  const which = (found) => (name) => (found && name === 'redis-server' ? '/usr/bin/redis-server' : undefined);

  it('uses REDIS_URL as given', async () => {
    const plan = await chooseRedis({ REDIS_URL: 'redis://cache:6379/2' }, { redisAnswers: answeringOnly(), findExecutable: which(true) });
    expect(plan).toEqual({ source: 'env', url: 'redis://cache:6379/2' });
  });

  it('prefers the local server on 6379', async () => {
    const plan = await chooseRedis({}, { redisAnswers: answeringOnly(DEFAULTS.redisUrl), findExecutable: which(true) });
    expect(plan).toEqual({ source: 'local', url: 'redis://127.0.0.1:6379' });
  });

  it('reuses a redis-server spawned by an earlier start on 6380', async () => {
    const plan = await chooseRedis({}, { redisAnswers: answeringOnly('redis://127.0.0.1:6380'), findExecutable: which(false) });
    expect(plan.source).toBe('spawned-running');
  });

  it('spawns redis-server on 6380 when it is on PATH', async () => {
    const plan = await chooseRedis({}, { redisAnswers: answeringOnly(), findExecutable: which(true) });
    expect(plan).toEqual({ source: 'spawn', url: 'redis://127.0.0.1:6380', port: 6380, bin: '/usr/bin/redis-server' });
  });

  it('reports missing when nothing answers and redis-server is not installed', async () => {
    const plan = await chooseRedis({}, { redisAnswers: answeringOnly(), findExecutable: which(false) });
    expect(plan).toEqual({ source: 'missing' });
    expect(INSTALL_HINTS.redis).toContain('apt-get install redis-server');
    expect(INSTALL_HINTS.redis).toContain('REDIS_URL');
  });
});

describe('chooseMail', () => {
  it('uses SMTP_URL as given', async () => {
    const plan = await chooseMail({ SMTP_URL: 'smtp://mail:25' }, { portIsFree: async () => true });
    expect(plan).toEqual({ source: 'env', url: 'smtp://mail:25' });
  });

  it('runs the dev mailbox on 1025, or leaves a busy 1025 to whoever listens', async () => {
    expect(await chooseMail({}, { portIsFree: async () => true })).toEqual({ source: 'mailbox', url: DEFAULTS.smtpUrl, port: 1025 });
    expect((await chooseMail({}, { portIsFree: async () => false })).source).toBe('mailbox-running');
  });
});

describe('URL helpers', () => {
  it('points at the maintenance database and reads the database name', () => {
    expect(adminDatabaseUrl('postgres://u:p@h:5433/ponte?sslmode=require')).toBe('postgres://u:p@h:5433/postgres?sslmode=require');
    expect(databaseName('postgres://u@h/ponte_demo')).toBe('ponte_demo');
    expect(databaseName('postgres://u@h')).toBe('postgres');
  });

  it('hides passwords in status lines', () => {
    expect(redactUrl('postgres://postgres:secret@127.0.0.1:5544/ponte')).toBe('postgres://postgres:***@127.0.0.1:5544/ponte');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
