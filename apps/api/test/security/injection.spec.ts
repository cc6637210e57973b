import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRow } from '../authorization/matrix-row';
import { Actor } from '../authorization/authorization-world';
import { recordSection } from '../resilience/support/resilience-report';
import { createOrganisation, signedInUser } from '../fixtures';
import { BuiltWorld, startBuiltWorld } from './support/built-world';
import { INJECTIONS } from './support/openapi-arbitraries';

/** SQL, script and template injections in one text, as a hostile partner or a careless paste would send it. */
const HOSTILE_TEXT = `${INJECTIONS.join(' ')} ünïcödé 😀`;
const SQL = INJECTIONS[0];

interface Stored {
  field: string;
  sent: string;
  returned: unknown;
  contentType: string;
  exact: boolean;
  jsonEncoded: boolean;
}

/**
 * SQL and script injection strings go wherever the API accepts free text (offers, courses,
 * profile notes, shortlist notes, cover messages, network names) and come back EXACTLY as sent:
 * JSON-encoded, `application/json`, `nosniff`, never executed nor altering a query (the tables
 * are still there, the row holds the literal text). Queries with them never fail either.
 */
describe('hostile input: injection strings are stored and returned inert', () => {
  let world: BuiltWorld;
  const stored: Stored[] = [];
  const queries: { path: string; status: number }[] = [];

  const call = async (method: string, path: string, auth: string | null, body?: unknown) => {
    const headers: Record<string, string> = { 'X-Forwarded-For': '10.55.0.1' };
    if (auth) headers['Authorization'] = auth;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${world.api.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : null };
  };
  const rowSpec = async (route: string, actor: Actor) => (await (AUTHORIZATION_MATRIX.find((r) => r.route === route) as MatrixRow).request?.(world.w, actor)) ?? {};
  const path = (route: string, params: Record<string, string> = {}) => route.split(' ')[1].replace(/:(\w+)/g, (_, name: string) => params[name]);

  /** Reads the record back and checks the field came back byte for byte, JSON-encoded. */
  const expectInert = async (field: string, read: { status: number; headers: Headers; text: string; json: unknown }, value: unknown, sent = HOSTILE_TEXT) => {
    const contentType = read.headers.get('content-type') ?? '';
    const entry: Stored = { field, sent, returned: value, contentType, exact: value === sent, jsonEncoded: read.text.includes(JSON.stringify(sent)) };
    stored.push(entry);
    expect(read.status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(entry).toMatchObject({ exact: true, jsonEncoded: true });
  };

  beforeAll(async () => {
    world = await startBuiltWorld();
  }, 120_000);
  afterAll(async () => {
    recordSection({
      id: 'fuzz-injection',
      kind: 'fuzz',
      title: 'SQL and script injection strings in free text (built API)',
      figures: {
        freeTextFields: stored.length,
        returnedExactly: stored.filter((s) => s.exact && s.jsonEncoded).length,
        queriesWithInjections: queries.length,
        queriesAnswered5xx: queries.filter((q) => q.status >= 500).length,
      },
      checks: [
        `text sent: ${JSON.stringify(HOSTILE_TEXT)}`,
        'read back exactly, JSON-encoded, application/json with nosniff; the profiles table still exists; the literal text is in the row',
        'search, autocomplete and list filters given the same strings answer 200 or 422, never 5xx',
      ],
      details: { stored, queries },
    });
    await world?.close();
  });

  it('offer title and description', async () => {
    const spec = await rowSpec('POST /api/offers', 'partnerAdmin');
    const created = await call('POST', '/api/offers', world.w.auth('partnerAdmin'), { ...(spec.body as object), title: HOSTILE_TEXT, description: HOSTILE_TEXT });
    expect(created.status).toBe(201);
    const read = await call('GET', `/api/offers/${created.json.id}`, world.w.auth('partnerAdmin'));
    await expectInert('offer.title', read, read.json.title);
    await expectInert('offer.description', read, read.json.description);
    const [row] = await world.dataSource.query('SELECT title FROM offers WHERE id = $1', [created.json.id]);
    expect(row.title).toBe(HOSTILE_TEXT);
  });

  it('course title, schedule and certification', async () => {
    const trainingBody = await createOrganisation(world.w.t, { kind: 'training_body' });
    const author = await signedInUser(world.w.t, 'partner_admin', { organisation: trainingBody });
    const spec = await rowSpec('POST /api/courses', 'partnerAdmin');
    const created = await call('POST', '/api/courses', author.auth, { ...(spec.body as object), title: HOSTILE_TEXT, schedule: HOSTILE_TEXT.slice(0, 300), certification: HOSTILE_TEXT.slice(0, 200) });
    expect(created.status).toBe(201);
    const read = await call('GET', `/api/courses/${created.json.id}`, author.auth);
    await expectInert('course.title', read, read.json.title);
  });

  it('profile notes (encrypted at rest, read back by her counsellor)', async () => {
    const created = await call('POST', '/api/profiles', world.w.auth('counsellor'), { ageBand: '25-34', homeComune: '015146', weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 10, notes: HOSTILE_TEXT });
    expect(created.status).toBe(201);
    const read = await call('GET', `/api/profiles/${created.json.id}`, world.w.auth('counsellor'));
    await expectInert('profile.notes', read, read.json.notes);
  });

  it('network name', async () => {
    const spec = await rowSpec('POST /api/networks', 'coordinator');
    // Names are at most 120 characters: the injections without the tail.
    const name = INJECTIONS.slice(0, 4).join(' ');
    const created = await call('POST', '/api/networks', world.w.auth('coordinator'), { ...(spec.body as object), name });
    expect(created.status).toBe(201);
    const read = await call('GET', `/api/networks/${created.json.id}`, world.w.auth('coordinator'));
    await expectInert('network.name', read, read.json.name, name);
  });

  it('shortlist note and the cover message the partner reads', async () => {
    const shortlist = await rowSpec('POST /api/profiles/:profileId/shortlist', 'counsellor');
    const entry = await call('POST', path('POST /api/profiles/:profileId/shortlist', shortlist.params), world.w.auth('counsellor'), { ...(shortlist.body as object), note: HOSTILE_TEXT });
    expect(entry.status).toBe(201);
    const list = await call('GET', path('GET /api/profiles/:profileId/shortlist', shortlist.params), world.w.auth('counsellor'));
    const items = (list.json.items ?? list.json) as { id: string; note: string }[];
    await expectInert('shortlist.note', list, items.find((i) => i.id === entry.json.id)?.note);

    const proposal = await rowSpec('POST /api/profiles/:profileId/proposals', 'counsellor');
    const created = await call('POST', path('POST /api/profiles/:profileId/proposals', proposal.params), world.w.auth('counsellor'), { ...(proposal.body as object), coverMessage: HOSTILE_TEXT });
    expect(created.status).toBe(201);
    const card = await call('GET', `/api/partner/proposals/${created.json.id}`, world.w.auth('partnerAdmin'));
    await expectInert('proposal.coverMessage', card, card.json.coverMessage);
  });

  it('never fails a query, and the tables are all still there', async () => {
    const tablesBefore = Number((await world.dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))[0].n);
    const reads: [string, string | null][] = [];
    for (const text of [...INJECTIONS, HOSTILE_TEXT]) {
      const q = encodeURIComponent(text);
      reads.push(
        [`/api/search?q=${q}`, world.w.auth('counsellor')],
        [`/api/reference/skills?q=${q}`, world.w.auth('counsellor')],
        [`/api/reference/comuni?q=${q}`, world.w.auth('partnerAdmin')],
        [`/api/profiles?code=${q}`, world.w.auth('counsellor')],
        [`/api/offers?status=${q}`, world.w.auth('partnerAdmin')],
        [`/api/audit?action=${q}`, world.w.auth('coordinator')],
      );
    }
    for (const [p, auth] of reads) {
      const answer = await call('GET', p, auth);
      queries.push({ path: p.split('?')[0], status: answer.status });
      expect([200, 422]).toContain(answer.status);
    }
    const [{ profiles }] = await world.dataSource.query(`SELECT to_regclass('public.profiles')::text AS profiles`);
    expect(profiles).toBe('profiles');
    expect(Number((await world.dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))[0].n)).toBe(tablesBefore);
    expect(Number((await world.dataSource.query('SELECT count(*)::int AS n FROM profiles'))[0].n)).toBeGreaterThan(0);
    expect(SQL).toContain('DROP TABLE');
  });
});
