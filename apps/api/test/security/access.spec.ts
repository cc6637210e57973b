import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRequest, MatrixRow } from '../authorization/matrix-row';
import { ACTORS, Actor } from '../authorization/authorization-world';
import { createAccount, secretOf, totpCode } from '../identity-fixtures';
import { BuiltWorld, startBuiltWorld } from './support/built-world';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids an attacker would try: random, sequential-looking, malformed, injected. */
const GUESSES = () => [randomUUID(), '00000000-0000-0000-0000-000000000001', '1', '2', 'abc', "1' OR '1'='1"];
const b64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | null;
}

/**
 * Access from the outside, against the BUILT API: guessed ids and pseudonym codes, tokens
 * replayed, forged or expired, brute force on both sign-in steps, CSRF and CORS on the cookie
 * endpoints, and the security headers. The role × tenant grid itself is the authorization
 * matrix (authorization-matrix.spec.ts); the first test checks it keeps its foreign callers.
 */
describe('access: IDOR, tokens, brute force, CSRF and CORS, headers', () => {
  let world: BuiltWorld;
  let ip = 0;

  const call = async (method: string, path: string, options: { auth?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string>; from?: string } = {}): Promise<Answer> => {
    const headers: Record<string, string> = { 'X-Forwarded-For': options.from ?? `10.88.${Math.floor(++ip / 250) % 250}.${ip % 250}`, ...options.headers };
    if (options.auth) headers['Authorization'] = options.auth;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${world.api.url}${path}`, { method, headers, body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)), redirect: 'manual' });
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  const pathOf = (route: string, params: Record<string, string> = {}, query?: Record<string, string>) =>
    route.split(' ')[1].replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? '')) + (query ? `?${new URLSearchParams(query)}` : '');
  /** A problem document without what differs per request (its instance is the request id). */
  const comparable = (answer: Answer) => ({ status: answer.status, contentType: answer.headers.get('content-type'), body: { ...(answer.json ?? {}), instance: undefined } as Record<string, unknown> });

  beforeAll(async () => {
    world = await startBuiltWorld();
  }, 120_000);
  afterAll(() => world?.close());

  it('the authorization matrix keeps a foreign-tenant caller (404) on every network- or organisation-scoped route', () => {
    expect(ACTORS).toEqual(expect.arrayContaining(['otherCounsellor', 'otherPartner']));
    const scoped: [RegExp, Actor][] = [
      [/^\w+ \/api\/profiles\/:/, 'otherCounsellor'],
      [/^\w+ \/api\/proposals\/:/, 'otherCounsellor'],
      [/^\w+ \/api\/partner\/proposals\/:/, 'otherPartner'],
      [/^(PATCH|POST) \/api\/(offers|courses)\/:/, 'otherPartner'],
      [/^POST \/api\/organisations\/mine\/users\/:/, 'otherPartner'],
    ];
    const weak = AUTHORIZATION_MATRIX.filter((row) => scoped.some(([pattern, actor]) => pattern.test(row.route) && row.expect[actor] !== 404)).map((row) => row.route);
    expect(weak).toEqual([]);
    expect(AUTHORIZATION_MATRIX.filter((row) => row.expect.otherCounsellor === 404 || row.expect.otherPartner === 404).length).toBeGreaterThanOrEqual(20);
  });

  describe('guessed ids (IDOR)', () => {
    const rows = AUTHORIZATION_MATRIX.filter((row) => /:\w+/.test(row.route));

    it.each(rows.map((row) => [row.route, row] as const))('%s: a guessed or foreign id answers the same 404 as a missing record', async (route, row: MatrixRow) => {
      const actor = ACTORS.find((a) => a !== 'anonymous' && row.expect[a] === '2xx');
      if (!actor) return expect(Object.values(row.expect)).not.toContain('2xx');
      const spec: MatrixRequest = (await row.request?.(world.w, actor)) ?? {};
      const idNames = Object.entries(spec.params ?? {}).filter(([, value]) => UUID.test(value)).map(([name]) => name);
      const [method] = route.split(' ');
      const answers: Answer[] = [];
      for (const name of idNames) {
        for (const guess of GUESSES()) {
          answers.push(await call(method, pathOf(route, { ...spec.params, [name]: guess }, spec.query), { auth: world.w.auth(actor), body: spec.body, headers: spec.headers }));
        }
      }
      // Another network's counsellor or another organisation's partner, with the REAL ids.
      for (const foreign of ['otherCounsellor', 'otherPartner'] as const) {
        if (row.expect[foreign] === 404) {
          const foreignSpec: MatrixRequest = (await row.request?.(world.w, foreign)) ?? {};
          answers.push(await call(method, pathOf(route, foreignSpec.params, foreignSpec.query), { auth: world.w.auth(foreign), body: foreignSpec.body, headers: foreignSpec.headers }));
        }
      }
      if (!answers.length) return expect(idNames).toEqual([]);
      const canonical = comparable(answers[0]);
      expect(canonical.status).toBe(404);
      expect(canonical.body.type).toBe('urn:ponte:problem:not-found');
      for (const answer of answers) expect(comparable(answer)).toEqual(canonical);
    });
  });

  it("finds nothing by another network's pseudonym code: same empty page as a code that does not exist", async () => {
    const created = await call('POST', '/api/profiles', { auth: world.w.auth('counsellor'), body: { ageBand: '25-34', homeComune: '015146', weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 10 } });
    expect(created.status).toBe(201);
    const code = String(created.json?.pseudonymCode);
    const own = await call('GET', `/api/profiles?code=${encodeURIComponent(code)}`, { auth: world.w.auth('counsellor') });
    expect(own.json?.total).toBe(1);
    const foreign = await call('GET', `/api/profiles?code=${encodeURIComponent(code)}`, { auth: world.w.auth('otherCounsellor') });
    const missing = await call('GET', `/api/profiles?code=${encodeURIComponent('ZZ-ZZZZ-ZZZ')}`, { auth: world.w.auth('otherCounsellor') });
    expect(foreign.status).toBe(200);
    expect(foreign.json).toEqual(missing.json);
    expect(foreign.json?.total).toBe(0);
    expect(foreign.text).not.toContain(code);
    // The code in place of an id is a 404 like any other guess, for her own counsellor too.
    const byCode = await call('GET', `/api/profiles/${encodeURIComponent(code)}`, { auth: world.w.auth('counsellor') });
    const byRandom = await call('GET', `/api/profiles/${randomUUID()}`, { auth: world.w.auth('counsellor') });
    expect(comparable(byCode)).toEqual(comparable(byRandom));
    expect(byCode.status).toBe(404);
  });

  describe('tokens', () => {
    const signIn = async () => {
      const account = await createAccount(world.w.t, 'partner_member', { organisation: world.w.homeOrganisation });
      const res = await call('POST', '/api/auth/login', { body: { email: account.email, password: account.password } });
      expect(res.status).toBe(200);
      const cookie = /ponte_refresh=[^;]*/.exec(res.headers.getSetCookie().join('\n'))?.[0] ?? '';
      return { account, token: String(res.json?.accessToken), cookie, setCookie: res.headers.getSetCookie().join('\n') };
    };

    it('stops working at sign-out: the access token and the refresh cookie are both refused after', async () => {
      const { token, cookie } = await signIn();
      expect((await call('GET', '/api/auth/me', { auth: `Bearer ${token}` })).status).toBe(200);
      const out = await call('POST', '/api/auth/logout', { auth: `Bearer ${token}`, headers: { 'X-Ponte-CSRF': '1', Cookie: cookie } });
      expect(out.status).toBeLessThan(300);
      const replayed = await call('GET', '/api/auth/me', { auth: `Bearer ${token}` });
      expect(replayed.status).toBe(401);
      expect((await call('POST', '/api/auth/refresh', { headers: { 'X-Ponte-CSRF': '1', Cookie: cookie } })).status).toBe(401);
    });

    it('refuses forged, tampered and expired tokens with the same 401', async () => {
      const { token } = await signIn();
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const coordinator = world.w.users.coordinator;
      const sign = (h: string, p: string, secret: string) => createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
      const secret = world.env.JWT_SECRET;
      const past = Math.floor(Date.now() / 1000) - 3600;
      const forged = {
        algNone: `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
        algNoneNoSignature: `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}`,
        wrongKey: `${header}.${payload}.${sign(header, payload, randomBytes(32).toString('hex'))}`,
        tamperedSub: `${header}.${b64url({ ...claims, sub: coordinator.user.id })}.${signature}`,
        tamperedExp: `${header}.${b64url({ ...claims, exp: claims.exp + 86_400 })}.${signature}`,
        hs512Header: `${b64url({ alg: 'HS512', typ: 'JWT' })}.${payload}.${sign(b64url({ alg: 'HS512', typ: 'JWT' }), payload, secret)}`,
        expired: (() => {
          const p = b64url({ ...claims, iat: past - 600, exp: past });
          return `${header}.${p}.${sign(header, p, secret)}`;
        })(),
        // Well signed, but the session is another user's: a token names a session AND its user.
        otherUsersSession: (() => {
          const p = b64url({ ...claims, sid: coordinator.session.id });
          return `${header}.${p}.${sign(header, p, secret)}`;
        })(),
        garbage: 'not.a.token',
      };
      const answers = await Promise.all(Object.values(forged).map((t) => call('GET', '/api/auth/me', { auth: `Bearer ${t}` })));
      for (const answer of answers) expect(comparable(answer)).toEqual(comparable(answers[0]));
      expect(answers[0].status).toBe(401);
      expect(answers[0].json?.type).toBe('urn:ponte:problem:unauthorized');
    });
  });

  describe('brute force', () => {
    it('on TOTP: 5 wrong codes lock the account (the right code is then refused) and one address is cut off with 429', async () => {
      const account = await createAccount(world.w.t, 'coordinator', { totp: true });
      const from = '10.99.0.1';
      const login = await call('POST', '/api/auth/login', { body: { email: account.email, password: account.password }, from });
      const mfaToken = String(login.json?.mfaToken);
      const statuses: number[] = [];
      for (let i = 0; i < 52; i++) statuses.push((await call('POST', '/api/auth/login/totp', { body: { mfaToken, code: String(100000 + i) }, from })).status);
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
      const limited = await call('POST', '/api/auth/login/totp', { body: { mfaToken, code: totpCode(secretOf(account)) }, from });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // From a fresh address the right code still opens nothing: the account is locked.
      const again = await call('POST', '/api/auth/login', { body: { email: account.email, password: account.password }, from: '10.99.0.2' });
      expect(again.status).toBe(401);
      expect(again.json?.accessToken).toBeUndefined();
    });

    it('on the password, from rotating addresses: the per-account limit (429) and the lockout still hold', async () => {
      const account = await createAccount(world.w.t, 'partner_member', { organisation: world.w.homeOrganisation });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await call('POST', '/api/auth/login', { body: { email: account.email, password: `wrong-${i}` }, from: `10.98.0.${i + 1}` })).status);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      const right = await call('POST', '/api/auth/login', { body: { email: account.email, password: account.password }, from: '10.98.1.1' });
      expect([401, 429]).toContain(right.status);
      expect(right.json?.accessToken).toBeUndefined();
    });
  });

  describe('CSRF and CORS on the cookie endpoints', () => {
    it('refuses refresh and sign-out without the X-Ponte-CSRF header, even with a valid cookie', async () => {
      const account = await createAccount(world.w.t, 'partner_member', { organisation: world.w.homeOrganisation });
      const login = await call('POST', '/api/auth/login', { body: { email: account.email, password: account.password } });
      const setCookie = login.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(/ponte_refresh=[^;]+;.*HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      expect(setCookie).toMatch(/Path=\/api\/auth/i);
      const cookie = /ponte_refresh=[^;]*/.exec(setCookie)?.[0] ?? '';
      for (const path of ['/api/auth/refresh', '/api/auth/logout']) {
        const refused = await call('POST', path, { headers: { Cookie: cookie, Origin: 'https://evil.example' } });
        expect(refused.status).toBe(403);
        expect(refused.json?.type).toBe('urn:ponte:problem:csrf');
      }
      // The session survived both attempts.
      expect((await call('POST', '/api/auth/refresh', { headers: { Cookie: cookie, 'X-Ponte-CSRF': '1' } })).status).toBe(200);
    });

    it('answers a cross-origin preflight from a foreign origin without any CORS grant, and the portals with one', async () => {
      const preflight = (origin: string) =>
        call('OPTIONS', '/api/auth/refresh', { headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-ponte-csrf,content-type' } });
      const evil = await preflight('https://evil.example');
      // Without Access-Control-Allow-Origin the browser refuses the call (the credentials flag alone grants nothing).
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const portal = await preflight('http://localhost:4300');
      expect(portal.headers.get('access-control-allow-origin')).toBe('http://localhost:4300');
      expect(portal.headers.get('access-control-allow-credentials')).toBe('true');
    });

    it('refuses a cross-site form on the public endpoints (415, in Italian): no one else’s page can sign in, register or reset', async () => {
      const account = await createAccount(world.w.t, 'partner_member', { organisation: world.w.homeOrganisation });
      const form = new URLSearchParams({ email: account.email, password: account.password }).toString();
      for (const path of ['/api/auth/login', '/api/auth/password-reset', '/api/organisations/registrations']) {
        for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
          const answer = await call('POST', path, { headers: { 'Content-Type': type, Origin: 'https://evil.example' }, rawBody: form });
          expect({ path, type, status: answer.status, contentType: answer.headers.get('content-type'), problem: answer.json?.type, title: answer.json?.title }).toEqual({
            path,
            type,
            status: 415,
            contentType: 'application/problem+json; charset=utf-8',
            problem: 'urn:ponte:problem:unsupported-media-type',
            title: 'Formato non supportato',
          });
        }
      }
    });
  });

  it('sends the security headers on every kind of API answer, and nothing may be cached', async () => {
    const answers = [
      await call('GET', '/api/auth/me', { auth: world.w.auth('counsellor') }),
      await call('GET', '/api/offers', { auth: world.w.auth('partnerAdmin') }),
      await call('GET', `/api/profiles/${randomUUID()}`, { auth: world.w.auth('counsellor') }),
      await call('POST', '/api/profiles', { auth: world.w.auth('counsellor'), body: { ageBand: 'x' } }),
      await call('GET', '/api/auth/me'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 422, 401]);
    for (const { headers } of answers) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('content-security-policy')).toContain('frame-ancestors');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(headers.get('cross-origin-resource-policy')).toBe('same-site');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('cache-control')).toContain('no-store');
    }
  });
});
