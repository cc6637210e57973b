import { testEnvironment } from '@ponte/config';
import { createTestDatabase, TestDatabase } from '@ponte/persistence';
import { BuiltApp, startBuiltApi, until } from '../../test/resilience/support/built-apps';

/**
 * What the built API writes to its log for a request: the request id, method, path without the
 * query string, and the status. Never the query string, headers, cookies or body, which can
 * carry tokens and free text about a woman.
 */
describe('request log lines', () => {
  let database: TestDatabase;
  let api: BuiltApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startBuiltApi(testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('hold the id, method, path and status only', async () => {
    const secret = 'Mariarosa-Bianchi-via-Padova-12';
    const res = await fetch(`${api.url}/api/auth/login?note=${secret}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'trace-log-0001', Cookie: `ponte_refresh=${secret}`, Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ email: `${secret}@example.org`, password: secret }),
    });
    expect(res.status).toBe(401);
    await until('the request line', () => api.log().includes('trace-log-0001'), 5000);
    const line = api.log().split('\n').find((l) => l.includes('trace-log-0001')) as string;
    const entry = JSON.parse(line);
    expect(entry.req).toEqual({ id: 'trace-log-0001', method: 'POST', path: '/api/auth/login' });
    expect(entry.res).toEqual({ statusCode: 401 });
    expect(entry).toEqual(expect.objectContaining({ level: 30, msg: 'request completed', responseTime: expect.any(Number) }));
    expect(api.log()).not.toContain(secret);
  });

  it('leave out the health probe, which a load balancer calls every few seconds', async () => {
    await fetch(`${api.url}/api/health`, { headers: { 'X-Request-Id': 'trace-health-0001' } });
    await fetch(`${api.url}/api/auth/me`, { headers: { 'X-Request-Id': 'trace-after-0001' } });
    await until('the request after the probe', () => api.log().includes('trace-after-0001'), 5000);
    expect(api.log()).not.toContain('trace-health-0001');
  });
});
