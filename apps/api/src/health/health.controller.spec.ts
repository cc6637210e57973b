import request from 'supertest';
import { createTestApp, TestApp } from '../../test/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with every dependency up on a migrated database', async () => {
    const res = await request(t.server).get('/api/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'up' } },
    });
  });

  it('answers 503 naming the migrations when one is not applied', async () => {
    const [last] = await t.dataSource.query('SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1');
    await t.dataSource.query('DELETE FROM schema_migrations WHERE name = $1', [last.name]);
    try {
      const res = await request(t.server).get('/api/health').expect(503);
      expect(res.body.checks.migrations).toEqual({ status: 'down', pending: [last.name] });
      expect(res.body.checks.database.status).toBe('up');
    } finally {
      await t.dataSource.query('INSERT INTO schema_migrations (timestamp, name) VALUES ($1, $2)', [
        Number(last.name.match(/\d{13}/)[0]),
        last.name,
      ]);
    }
  });

  it('sets security headers and a request id, and never a powered-by header', async () => {
    const res = await request(t.server).get('/api/health').set('X-Request-Id', 'trace-12345678');
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only from the portals', async () => {
    const allowed = await request(t.server).options('/api/health').set('Origin', 'http://localhost:4300').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4300');
    const refused = await request(t.server).options('/api/health').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(t.server).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });
});
