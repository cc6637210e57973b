import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRequest, MatrixRow } from '../authorization/matrix-row';
import { ACTORS, MatrixWorld } from '../authorization/authorization-world';
import { createTestApp, TestApp } from '../test-app';

/**
 * A request must never need two pool connections at once: code that queries through the
 * DataSource while its own transaction holds a connection deadlocks the pool as soon as every
 * connection is held by such transactions (found by the load benchmark: offer writes answered
 * 503 from 20 req/s). With a pool of ONE connection that code cannot finish at all, so every
 * endpoint, called as the matrix's first allowed caller with its valid request, must still
 * succeed here. A new endpoint is covered by its matrix row.
 */
describe('fault: a pool of one connection (no request holds two connections)', () => {
  let t: TestApp;
  let w: MatrixWorld;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '1', PARTNER_PORTAL_URL: 'https://partner.ponte.test', NETWORK_PORTAL_URL: 'https://rete.ponte.test' });
    w = await MatrixWorld.create(t);
  });
  afterAll(() => t.close());

  const rows = AUTHORIZATION_MATRIX.filter((row) => ACTORS.some((actor) => row.expect[actor] === '2xx'));

  it.each(rows.map((row) => [row.route, row] as const))('%s', async (route, row: MatrixRow) => {
    const actor = ACTORS.find((a) => row.expect[a] === '2xx') ?? 'anonymous';
    const spec: MatrixRequest = (await row.request?.(w, actor)) ?? {};
    const [method, template] = route.split(' ');
    const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(spec.params?.[name] ?? ''));
    let req = request(t.server)[method.toLowerCase() as 'get'](path).set('X-Forwarded-For', `10.33.0.${randomBytes(1)[0]}`);
    const auth = w.auth(actor);
    if (auth) req = req.set('Authorization', auth);
    if (method === 'POST') req = req.set('Idempotency-Key', `pool-${randomBytes(6).toString('hex')}`);
    for (const [name, value] of Object.entries(spec.headers ?? {})) req = req.set(name, value);
    if (spec.query) req = req.query(spec.query);
    const res = await (spec.body === undefined ? req : req.send(spec.body as object));
    if (res.status < 200 || res.status >= 300) throw new Error(`${route} as ${actor}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  });
});
