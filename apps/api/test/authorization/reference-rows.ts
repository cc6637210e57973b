/**
 * Matrix rows of the reference endpoints (issue 4: ESCO autocomplete, lookups, comuni): open to
 * every signed-in caller (reference:read), 401 without a session; what is loaded (status,
 * issue 19) to coordinators only (reference:status). The concepts they read are
 * inserted once per world. Spread into AUTHORIZATION_MATRIX.
 */
import { only, signedIn, type MatrixRow } from './matrix-row';
import type { MatrixWorld } from './authorization-world';

const SKILL_ID = '0a0a0a0a-0000-4000-8000-00000000a001';
const OCCUPATION_ID = '0a0a0a0a-0000-4000-8000-00000000a002';
const SKILL = `http://data.europa.eu/esco/skill/${SKILL_ID}`;
const OCCUPATION = `http://data.europa.eu/esco/occupation/${OCCUPATION_ID}`;

const SIGNED_IN = signedIn();
const coordinators = only({ coordinator: '2xx' });

const loaded = new WeakSet<MatrixWorld>();
/** A comune, a skill and an occupation needing it, as an import would leave them. */
async function referenceData(w: MatrixWorld): Promise<void> {
  if (loaded.has(w)) return;
  loaded.add(w);
  const q = (sql: string, params: unknown[]) => w.t.dataSource.query(sql, params);
  await q(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015146', 'Milano', 45.4668, 9.1905) ON CONFLICT DO NOTHING`, []);
  await q(`INSERT INTO esco_concepts (uri, kind, skill_type) VALUES ($1, 'skill', 'skill/competence') ON CONFLICT DO NOTHING`, [SKILL]);
  await q(`INSERT INTO esco_concepts (uri, kind, isco_group) VALUES ($1, 'occupation', '7212') ON CONFLICT DO NOTHING`, [OCCUPATION]);
  await q(
    `INSERT INTO esco_labels (uri, language, label, label_kind, kind)
     VALUES ($1, 'en', 'matrix welding', 'preferred', 'skill'), ($2, 'en', 'matrix welder', 'preferred', 'occupation') ON CONFLICT DO NOTHING`,
    [SKILL, OCCUPATION],
  );
  await q(`INSERT INTO esco_occupation_skills VALUES ($1, $2, 'essential') ON CONFLICT DO NOTHING`, [OCCUPATION, SKILL]);
}

const withData =
  (spec: Awaited<ReturnType<NonNullable<MatrixRow['request']>>>) =>
  async (w: MatrixWorld) => {
    await referenceData(w);
    return spec;
  };

export const REFERENCE_ROWS: MatrixRow[] = [
  { route: 'GET /api/reference/skills', expect: SIGNED_IN, request: withData({ query: { q: 'matrix weld' } }) },
  { route: 'GET /api/reference/occupations', expect: SIGNED_IN, request: withData({ query: { q: 'matrix' } }) },
  { route: 'GET /api/reference/isco-groups', expect: SIGNED_IN, request: withData({ query: { q: '7212' } }) },
  { route: 'GET /api/reference/comuni', expect: SIGNED_IN, request: withData({ query: { q: 'Milano' } }) },
  { route: 'GET /api/reference/comuni/:istatCode', expect: SIGNED_IN, request: withData({ params: { istatCode: '015146' } }) },
  { route: 'GET /api/reference/skills/:id', expect: SIGNED_IN, request: withData({ params: { id: SKILL_ID } }) },
  { route: 'GET /api/reference/occupations/:id', expect: SIGNED_IN, request: withData({ params: { id: OCCUPATION_ID } }) },
  { route: 'POST /api/reference/concepts/lookup', expect: SIGNED_IN, request: withData({ body: { uris: [SKILL, OCCUPATION] } }) },
  { route: 'GET /api/reference/status', expect: coordinators, request: withData({}) },
];
