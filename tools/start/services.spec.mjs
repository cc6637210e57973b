// Real fallbacks: an embedded PostgreSQL in a temp folder and a spawned redis-server, each on
// a free port, reached the way the start command reaches them.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedDatabaseUrl } from './plan.mjs';
import { ensureDatabase, freePort, postgresAnswers, redisAnswers } from './probe.mjs';
import { findExecutable, startEmbeddedPostgres, startRedisServer } from './services.mjs';

describe('embedded PostgreSQL fallback', () => {
  let dir;
  let cluster;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ponte-pg-'));
    chmodSync(dir, 0o755); // when run as root, initdb runs as `postgres` and must reach it
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('initialises a new folder, starts, creates the ponte database and answers queries', async () => {
    const port = await freePort();
    const url = embeddedDatabaseUrl(port);
    expect(await postgresAnswers(url)).toBe(false);

    cluster = await startEmbeddedPostgres({ databaseDir: join(dir, 'pg'), port });
    expect(cluster.initialisedNow).toBe(true);
    expect(existsSync(join(dir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(await postgresAnswers(url)).toBe(true);
    expect(await ensureDatabase(url)).toBe(true);
    expect(await ensureDatabase(url)).toBe(false);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('select current_database() as db, 6 * 7 as answer');
    await client.end();
    expect(rows).toEqual([{ db: 'ponte', answer: 42 }]);
  }, 30000);

  it('restarts on the existing folder without initialising it again, keeping its data', async () => {
    await cluster.stop();
    const port = await freePort();
    cluster = await startEmbeddedPostgres({ databaseDir: join(dir, 'pg'), port });
    expect(cluster.initialisedNow).toBe(false);
    expect(await ensureDatabase(embeddedDatabaseUrl(port))).toBe(false);
  }, 30000);
});

describe('redis-server fallback', () => {
  it('finds executables on PATH only', () => {
    expect(findExecutable('redis-server', '')).toBeUndefined();
    expect(findExecutable('sh', '/nonexistent:/bin:/usr/bin')).toMatch(/\/sh$/);
  });

  it('spawns redis-server on a free port, answers PING, and stops', async () => {
    const bin = findExecutable('redis-server');
    expect(bin).toBeDefined(); // .ci/run installs it (apt-get install redis-server)
    const port = await freePort();
    const server = await startRedisServer({ bin, port });
    expect(server.url).toBe(`redis://127.0.0.1:${port}`);
    expect(await redisAnswers(server.url)).toBe(true);
    await server.stop();
    expect(await redisAnswers(server.url, 300)).toBe(false);
  }, 15000);

  it('fails, naming the port, when another server already holds it', async () => {
    const bin = findExecutable('redis-server');
    const port = await freePort();
    const first = await startRedisServer({ bin, port });
    try {
      await expect(startRedisServer({ bin, port, timeoutMs: 3000 })).rejects.toThrow(
        new RegExp(`did not start on port ${port}`),
      );
      expect(await redisAnswers(first.url)).toBe(true);
    } finally {
      await first.stop();
    }
  }, 15000);
});
