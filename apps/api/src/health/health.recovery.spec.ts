import { createDataSource } from '@ponte/persistence';
import request from 'supertest';
import { DisposableServer, startDisposablePostgres, startDisposableRedis } from '../../test/disposable-services';
import { createTestApp, TestApp } from '../../test/test-app';

/** Waits until the health endpoint answers `status` (recovery is asynchronous: pools reconnect). */
async function healthBecomes(t: TestApp, status: number, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(t.server).get('/api/health');
    if (res.status === status) return res;
    if (Date.now() > deadline) throw new Error(`health stayed ${res.status}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('health when PostgreSQL or Redis stops, and recovery without restart', () => {
  let pg: DisposableServer;
  let redis: DisposableServer;
  let t: TestApp;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startDisposablePostgres(), startDisposableRedis()]);
    const migrate = createDataSource({ url: pg.url, applicationName: 'test', poolSize: 1 });
    await migrate.initialize();
    await migrate.runMigrations();
    await migrate.destroy();
    t = await createTestApp({ DATABASE_URL: pg.url, REDIS_URL: redis.url });
  }, 60000);

  afterAll(async () => {
    // Not t.app.close(): t.close() also drops createTestApp's own database (unused here, left behind before).
    await t?.close();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('names Redis when it is down, then recovers by itself', async () => {
    await healthBecomes(t, 200);
    await redis.stop();
    const down = await healthBecomes(t, 503);
    expect(down.body.checks.redis.status).toBe('down');
    expect(down.body.checks.database.status).toBe('up');
    await redis.start();
    const up = await healthBecomes(t, 200);
    expect(up.body.status).toBe('ok');
  }, 60000);

  it('names PostgreSQL when it is down, then recovers by itself', async () => {
    await healthBecomes(t, 200);
    await pg.stop();
    const down = await healthBecomes(t, 503);
    expect(down.body.checks.database.status).toBe('down');
    expect(down.body.checks.redis.status).toBe('up');
    await pg.start();
    const up = await healthBecomes(t, 200);
    expect(up.body.checks.migrations.status).toBe('up');
  }, 60000);
});
