import request from 'supertest';
import { createTestApp, TestApp } from '../test-app';
import { AUTHORIZATION_MATRIX, EXEMPT_ROUTES } from './authorization-matrix';
import type { MatrixRequest, MatrixRow, Outcome } from './matrix-row';
import { ACTORS, Actor, MatrixWorld } from './authorization-world';

/**
 * Every `METHOD /path` the API serves, as registered on Fastify (what Nest actually
 * registered). Not endpoints of their own: the HEAD route Fastify adds beside each GET, and
 * the CORS plugin's `OPTIONS *`, which answers preflights for every path.
 */
function registeredRoutes(t: TestApp): string[] {
  const gets = new Set(t.routes.filter((route) => route.startsWith('GET ')).map((route) => route.slice('GET '.length)));
  const implied = (route: string) => route === 'OPTIONS *' || (route.startsWith('HEAD ') && gets.has(route.slice('HEAD '.length)));
  return [...new Set(t.routes)].filter((route) => !implied(route)).sort();
}

function matches(outcome: Outcome, status: number): boolean {
  return outcome === '2xx' ? status >= 200 && status < 300 : status === outcome;
}

let ip = 0;
async function call(t: TestApp, w: MatrixWorld, row: MatrixRow, actor: Actor): Promise<request.Response> {
  const spec: MatrixRequest = (await row.request?.(w, actor)) ?? {};
  const [method, template] = row.route.split(' ');
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const value = spec.params?.[name];
    if (value === undefined) throw new Error(`row "${row.route}" gives no value for :${name}`);
    return encodeURIComponent(value);
  });
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  // A fresh client address per call: the sign-in rate limits must not decide a cell.
  let req = request(t.server)[verb](path).set('X-Forwarded-For', `10.200.${Math.floor(++ip / 250) % 250}.${ip % 250}`);
  const auth = w.auth(actor);
  if (auth) req = req.set('Authorization', auth);
  for (const [name, value] of Object.entries(spec.headers ?? {})) req = req.set(name, value);
  if (spec.query) req = req.query(spec.query);
  return spec.body === undefined ? req : req.send(spec.body as object);
}

describe('authorization matrix (every endpoint × every caller)', () => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp({ PARTNER_PORTAL_URL: 'https://partner.ponte.test', NETWORK_PORTAL_URL: 'https://rete.ponte.test' });
    w = await MatrixWorld.create(t);
  });
  afterAll(() => t.close());

  it('has exactly one row for every route the API registers (and no row for a route that is gone)', () => {
    const registered = registeredRoutes(t).filter((route) => !EXEMPT_ROUTES.some((exempt) => exempt.test(route)));
    const rows = AUTHORIZATION_MATRIX.map((row) => row.route);
    const duplicates = rows.filter((route, i) => rows.indexOf(route) !== i);
    const missing = registered.filter((route) => !rows.includes(route));
    const stale = rows.filter((route) => !registered.includes(route));
    const problems = [
      ...missing.map((route) => `no row for ${route}: add one to apps/api/test/authorization/authorization-matrix.ts`),
      ...stale.map((route) => `row for ${route}, which the API no longer registers`),
      ...duplicates.map((route) => `more than one row for ${route}`),
    ];
    expect(problems).toEqual([]);
  });

  describe.each(AUTHORIZATION_MATRIX.map((row) => [row.route, row] as const))('%s', (_route, row) => {
    it.each([...ACTORS])('%s', async (actor) => {
      const res = await call(t, w, row, actor);
      const expected = row.expect[actor];
      if (!matches(expected, res.status)) {
        throw new Error(`${row.route} as ${actor}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      }
    });
  });
});
