import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRequest, MatrixRow } from '../authorization/matrix-row';
import { ACTORS, Actor, MatrixWorld } from '../authorization/authorization-world';
import { createOrganisation, signedInUser } from '../fixtures';
import { createTestApp, TestApp } from '../test-app';
import { recordSection } from './support/resilience-report';

/**
 * A duplicated or replayed request (a client retrying after a timeout, a double click, a proxy
 * resending): EVERY POST of the API, sent twice with the same Idempotency-Key by a caller
 * allowed to make it, runs once. The replay answers the first status and body
 * (`Idempotent-Replayed: true`) and changes no table at all. The POSTs and their valid bodies
 * come from the authorization matrix, so a new endpoint is covered by its row.
 * /api/auth answers carry secrets and are never stored: there the key is ignored (checked below).
 */

/** Exact row counts of every table of the schema, as one JSON object. */
async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables: { name: string }[] = await t.dataSource.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const [row] = await t.dataSource.query(`SELECT ${tables.map((x) => `(SELECT count(*) FROM "${x.name}")::int AS "${x.name}"`).join(', ')}`);
  return row;
}

function changed(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]).map((table) => `${table} ${before[table]}→${after[table]}`);
}

interface Replay {
  route: string;
  actor: Actor;
  first: number;
  replay: number;
  replayed: boolean;
  sameBody: boolean;
  createdByFirst: string[];
  changedByReplay: string[];
}

describe('fault: duplicated and replayed creating requests (Idempotency-Key on every POST)', () => {
  let t: TestApp;
  let w: MatrixWorld;
  const replays: Replay[] = [];

  beforeAll(async () => {
    t = await createTestApp({ PARTNER_PORTAL_URL: 'https://partner.ponte.test', NETWORK_PORTAL_URL: 'https://rete.ponte.test' });
    w = await MatrixWorld.create(t);
  });
  afterAll(async () => {
    const creating = replays.filter((r) => r.createdByFirst.length > 0);
    recordSection({
      id: 'fault-idempotent-replays',
      kind: 'fault',
      title: 'Duplicated and replayed POSTs with the same Idempotency-Key',
      figures: {
        postRoutes: replays.length,
        creatingRoutes: creating.length,
        replaysAnsweredFirstResponse: replays.filter((r) => r.replayed && r.sameBody && r.replay === r.first).length,
        replaysThatChangedATable: replays.filter((r) => r.changedByReplay.length > 0).length,
      },
      checks: [
        'every POST route of the authorization matrix outside /api/auth, by an allowed caller, sent twice with one key',
        'the replay answers the first status and body with Idempotent-Replayed: true',
        'row counts of every table are identical before and after the replay',
      ],
      details: replays,
    });
    await t.close();
  });

  const send = (row: Pick<MatrixRow, 'route'>, spec: MatrixRequest, auth: string | null, key: string) => {
    const [method, template] = row.route.split(' ');
    const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(spec.params?.[name] ?? ''));
    let req = request(t.server)[method.toLowerCase() as 'post'](path).set('Idempotency-Key', key).set('X-Forwarded-For', '10.77.0.1');
    if (auth) req = req.set('Authorization', auth);
    for (const [name, value] of Object.entries(spec.headers ?? {})) req = req.set(name, value);
    if (spec.query) req = req.query(spec.query);
    return spec.body === undefined ? req : req.send(spec.body as object);
  };

  async function replayOnce(route: string, actor: Actor, auth: string | null, spec: MatrixRequest): Promise<Replay> {
    const key = `replay-${randomBytes(8).toString('hex')}`;
    const start = await tableCounts(t);
    const first = await send({ route }, spec, auth, key);
    const afterFirst = await tableCounts(t);
    const replay = await send({ route }, spec, auth, key);
    const afterReplay = await tableCounts(t);
    const result: Replay = {
      route,
      actor,
      first: first.status,
      replay: replay.status,
      replayed: replay.headers['idempotent-replayed'] === 'true',
      // Compared as values: the store keeps the body as jsonb, which orders keys its own way.
      sameBody: isDeepStrictEqual(replay.body, first.body),
      createdByFirst: changed(start, afterFirst).filter((c) => !c.startsWith('idempotency_keys') && !c.startsWith('audit_log')),
      changedByReplay: changed(afterFirst, afterReplay),
    };
    replays.push(result);
    return result;
  }

  const posts = AUTHORIZATION_MATRIX.filter((row) => row.route.startsWith('POST ') && !row.route.startsWith('POST /api/auth/'));
  const allowed = (row: MatrixRow) => ACTORS.find((actor) => row.expect[actor] === '2xx');

  it.each(posts.filter(allowed).map((row) => [row.route, row] as const))('%s runs once', async (route, row) => {
    const actor = allowed(row) as Actor;
    const spec = (await row.request?.(w, actor)) ?? {};
    const result = await replayOnce(route, actor, w.auth(actor), spec);
    expect(result.first).toBeGreaterThanOrEqual(200);
    expect(result.first).toBeLessThan(300);
    expect(result).toMatchObject({ replay: result.first, replayed: true, sameBody: true, changedByReplay: [] });
  });

  // The matrix's organisations are companies, which may not create courses: a training body does.
  it('POST /api/courses runs once', async () => {
    const trainingBody = await createOrganisation(t, { kind: 'training_body' });
    const partner = await signedInUser(t, 'partner_admin', { organisation: trainingBody });
    const courseRow = AUTHORIZATION_MATRIX.find((row) => row.route === 'POST /api/courses') as MatrixRow;
    const spec = (await courseRow.request?.(w, 'partnerAdmin')) ?? {};
    const result = await replayOnce('POST /api/courses', 'partnerAdmin', partner.auth, spec);
    expect(result.first).toBe(201);
    expect(result.createdByFirst).toEqual(expect.arrayContaining([expect.stringMatching(/^courses /)]));
    expect(result).toMatchObject({ replay: 201, replayed: true, sameBody: true, changedByReplay: [] });
  });

  it('covers every creating POST the issue names', () => {
    const creating = replays.filter((r) => r.createdByFirst.length > 0).map((r) => r.route);
    for (const route of [
      'POST /api/profiles',
      'POST /api/offers',
      'POST /api/courses',
      'POST /api/organisations/registrations',
      'POST /api/profiles/:profileId/proposals',
      'POST /api/profiles/:profileId/shortlist',
      'POST /api/profiles/:profileId/consents',
    ]) {
      expect(creating).toContain(route);
    }
  });

  // Routing ignores case and a trailing slash: so must the rule, or /API/AUTH/LOGIN stored the token.
  it.each(['POST /api/auth/login', 'POST /API/AUTH/LOGIN', 'POST /api/Auth/login/'])(
    'never stores nor replays /api/auth answers (tokens, TOTP secrets): the key is ignored on %s',
    async (route) => {
      const spec = { body: await w.partnerCredentials() };
      const key = `replay-${randomBytes(8).toString('hex')}`;
      const first = await send({ route }, spec, null, key).expect(200);
      const second = await send({ route }, spec, null, key).expect(200);
      expect(second.headers['idempotent-replayed']).toBeUndefined();
      expect(second.body.accessToken).not.toEqual(first.body.accessToken);
      const stored = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1 OR response::text LIKE '%' || $2 || '%'`, [key, first.body.accessToken]);
      expect(stored[0].n).toBe(0);
    },
  );
});
