/**
 * The load benchmark's data: on top of the demo seed (networks, demo accounts, reference set),
 * a realistic volume written straight in SQL (deterministic PRNG): organisations, published
 * offers and courses across the 133 comuni, profiles across the six networks with skills,
 * languages and matching consent. Proposals are then made through the real API (shortlist +
 * proposal), so their frozen cards are exactly what the API builds.
 */
import { generatePseudonymCode, SHIFTS } from '@ponte/domain';
import { blockedOrganisationsSql, ELIGIBLE_PROFILE_SQL, exclusionsSql, OPEN_TARGET_SQL } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rng } from '../test/search/random-catalogue';

export interface LoadVolume {
  profiles: number;
  offers: number;
  courses: number;
  proposals: number;
}

const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato', 'other'];
const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64'];
const LEVELS = ['basic', 'intermediate', 'advanced'];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Reference {
  skills: string[];
  occupations: { uri: string; essential: string[] }[];
  networks: { id: string; code: string; comuni: string[] }[];
}

async function reference(ds: DataSource): Promise<Reference> {
  const skills = (await ds.query(`SELECT uri FROM esco_concepts WHERE kind = 'skill' ORDER BY uri`)).map((r: { uri: string }) => r.uri);
  const occupations = await ds.query(
    `SELECT occupation_uri AS uri, array_agg(skill_uri ORDER BY skill_uri) AS essential FROM esco_occupation_skills WHERE relation = 'essential' GROUP BY occupation_uri ORDER BY 1`,
  );
  const networks = await ds.query(`SELECT n.id, n.code, array_agg(c.comune::text ORDER BY c.comune) AS comuni FROM networks n JOIN network_comuni c ON c.network_id = n.id GROUP BY n.id ORDER BY n.code`);
  return { skills, occupations, networks };
}

/** Inserts rows in batches through jsonb_to_recordset (JSON arrays become PostgreSQL arrays). */
async function insert(ds: DataSource, table: string, columns: [string, string][], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    const batch = rows.slice(start, start + 2000).map((row) => Object.fromEntries(columns.map(([name], i) => [name, row[i]])));
    const names = columns.map(([name]) => name).join(', ');
    await ds.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`, [JSON.stringify(batch)]);
  }
}

async function organisations(ds: DataSource, kind: string, count: number): Promise<string[]> {
  const rows = await ds.query(
    `INSERT INTO organisations (kind, legal_name, status, seat_comune, anti_harassment_declared_at)
     SELECT $1, initcap($1) || ' carico ' || g || ' S.r.l.', 'vetted', '015146', now() FROM generate_series(1, $2) g RETURNING id`,
    [kind, count],
  );
  return rows.map((r: { id: string }) => r.id);
}

const demoOrganisation = async (ds: DataSource, contact: string): Promise<string> => (await ds.query('SELECT id FROM organisations WHERE contact_email = $1', [contact]))[0].id;

/** Published offers and courses of generated and demo organisations, 10% of offers at Acme (the demo employer). */
export async function generateCatalogue(ds: DataSource, volume: LoadVolume): Promise<void> {
  const r = rng(20261125);
  const ref = await reference(ds);
  const comuni = ref.networks.flatMap((n) => n.comuni);
  const [acme, enaip, cgil] = [await demoOrganisation(ds, 'hr@acme.demo'), await demoOrganisation(ds, 'formazione@enaip.demo'), await demoOrganisation(ds, 'sindacato@cgil.demo')];
  const companies = [...(await organisations(ds, 'company', 300)), acme];
  const trainers = [...(await organisations(ds, 'training_body', 40)), enaip];
  const unions = [...(await organisations(ds, 'union', 10)), cgil];

  const offers = Array.from({ length: volume.offers }, (_, i) => {
    const occupation = r.pick(ref.occupations);
    const remote = r.next() < 0.08;
    const organisation = i % 10 === 0 ? acme : r.next() < 0.1 ? r.pick(unions) : r.pick(companies);
    return [
      organisation,
      `Addetta/o ${occupation.uri.slice(-6)} — inserimento protetto`,
      'Ambiente accogliente, referente dedicata, orari concordati con attenzione alle udienze.',
      occupation.uri,
      r.some(occupation.essential, 1, 4),
      r.some(ref.skills, 0, 3),
      remote ? 'remote' : 'on_site',
      remote ? null : r.pick(comuni),
      r.int(15, 40),
      r.some(SHIFTS, 1, 3),
      r.pick(CONTRACTS),
      r.int(1, 5),
      day(r.int(10, 120)),
      'published',
      new Date(Date.now() - r.int(0, 60) * 86_400_000),
    ];
  });
  await insert(
    ds,
    'offers',
    [
      ['organisation_id', 'uuid'], ['title', 'text'], ['description', 'text'], ['occupation_uri', 'text'], ['essential_skills', 'text[]'],
      ['optional_skills', 'text[]'], ['work_mode', 'text'], ['comune', 'char(6)'], ['weekly_hours', 'smallint'], ['shifts', 'text[]'],
      ['contract', 'text'], ['seats', 'int'], ['deadline', 'date'], ['status', 'text'], ['published_at', 'timestamptz'],
    ].map(([n, t]) => [n, t] as [string, string]),
    offers,
  );
  const courses = Array.from({ length: volume.courses }, () => {
    const occupation = r.pick(ref.occupations);
    const start = r.int(20, 90);
    return [
      r.next() < 0.15 ? r.pick(unions) : r.pick(trainers),
      `Corso ${occupation.uri.slice(-6)} con tirocinio`,
      'Percorso con attestato, tutoraggio e supporto per la cura dei figli.',
      r.some(occupation.essential, 1, 5),
      [occupation.uri],
      'on_site',
      r.pick(comuni),
      r.some(SHIFTS, 1, 2),
      r.int(40, 400),
      day(start),
      day(start + r.int(30, 180)),
      day(start - 5),
      r.int(5, 20),
      r.pick(['free', 'funded']),
      'published',
      new Date(Date.now() - r.int(0, 30) * 86_400_000),
    ];
  });
  await insert(
    ds,
    'courses',
    [
      ['organisation_id', 'uuid'], ['title', 'text'], ['description', 'text'], ['skills_taught', 'text[]'], ['target_occupations', 'text[]'],
      ['work_mode', 'text'], ['comune', 'char(6)'], ['shifts', 'text[]'], ['total_hours', 'int'], ['start_date', 'date'], ['end_date', 'date'],
      ['deadline', 'date'], ['seats', 'int'], ['cost', 'text'], ['status', 'text'], ['published_at', 'timestamptz'],
    ].map(([n, t]) => [n, t] as [string, string]),
    courses,
  );
}

/**
 * Profiles across the six networks: the two demo counsellors' networks hold 70%, the rest go to
 * one generated counsellor per other network. Each has 3–8 skills, Italian, a matching consent.
 */
export async function generateProfiles(ds: DataSource, volume: LoadVolume): Promise<void> {
  const r = rng(4242);
  const ref = await reference(ds);
  const demo: Record<string, string> = Object.fromEntries(
    (await ds.query(`SELECT n.code, u.id FROM users u JOIN network_memberships m ON m.user_id = u.id JOIN networks n ON n.id = m.network_id WHERE u.email IN ('consulente.nord@ponte.demo', 'consulente.milano@ponte.demo')`)).map(
      (row: { code: string; id: string }) => [row.code, row.id],
    ),
  );
  const owner = new Map<string, string>();
  for (const network of ref.networks) {
    if (demo[network.code]) owner.set(network.id, demo[network.code]);
    else {
      const [{ id }] = await ds.query(`INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ($1, 'Consulente carico', 'counsellor', now()) RETURNING id`, [`carico.${network.code}@ponte.bench`]);
      await ds.query('INSERT INTO network_memberships (user_id, network_id) VALUES ($1, $2)', [id, network.id]);
      owner.set(network.id, id);
    }
  }
  const busy = ref.networks.filter((n) => demo[n.code]);
  const others = ref.networks.filter((n) => !demo[n.code]);
  const profiles: unknown[][] = [];
  const skills: unknown[][] = [];
  const languages: unknown[][] = [];
  const consents: unknown[][] = [];
  const codes = new Set<string>();
  for (let i = 0; i < volume.profiles; i++) {
    const network = r.next() < 0.7 ? r.pick(busy) : r.pick(others);
    const id = randomUUID();
    let code = generatePseudonymCode();
    while (codes.has(code)) code = generatePseudonymCode();
    codes.add(code);
    const counsellor = owner.get(network.id) as string;
    profiles.push([id, code, network.id, counsellor, r.pick(AGE_BANDS), r.pick(network.comuni), r.int(2, 6), r.some(SHIFTS, 2, 4), r.int(10, 40), r.int(15, 38)]);
    r.some(ref.skills, 3, 8).forEach((skill, position) => skills.push([id, skill, r.pick(LEVELS), ['work'], position]));
    languages.push([id, 'it', r.pick(['B1', 'B2', 'C1', 'C2'])]);
    consents.push([id, 'matching', 'explicit_verbal', counsellor]);
  }
  await insert(ds, 'profiles', [['id', 'uuid'], ['pseudonym_code', 'text'], ['network_id', 'uuid'], ['counsellor_id', 'uuid'], ['age_band', 'text'], ['home_comune', 'char(6)'], ['eqf_level', 'smallint'], ['shifts', 'text[]'], ['max_commute_km', 'smallint'], ['weekly_hours', 'smallint']], profiles);
  await insert(ds, 'profile_skills', [['profile_id', 'uuid'], ['skill_uri', 'text'], ['level', 'text'], ['acquired_through', 'text[]'], ['position', 'smallint']], skills);
  await insert(ds, 'profile_languages', [['profile_id', 'uuid'], ['language', 'text'], ['cefr', 'text']], languages);
  await insert(ds, 'consents', [['profile_id', 'uuid'], ['kind', 'text'], ['basis', 'text'], ['recorded_by', 'uuid']], consents);
}

export interface ProposalTarget {
  profileId: string;
  offerId: string;
}

/**
 * Profiles of the demo counsellors, each with a share_card consent for Acme and an Acme offer in
 * her own comune open to all her shifts (so no hard filter refuses the proposal).
 */
export async function prepareProposals(ds: DataSource, count: number): Promise<{ byCounsellor: Record<string, ProposalTarget[]> }> {
  const acme = await demoOrganisation(ds, 'hr@acme.demo');
  const rows: { id: string; home: string; counsellor: string; email: string }[] = await ds.query(
    `SELECT p.id, p.home_comune::text AS home, p.counsellor_id AS counsellor, u.email FROM profiles p JOIN users u ON u.id = p.counsellor_id
     WHERE u.email LIKE 'consulente.%@ponte.demo' AND ${ELIGIBLE_PROFILE_SQL}
       -- generated profiles only: the demo ones carry their own consents and safety constraints.
       -- NOT IN is one hashed subplan: as NOT EXISTS, estimated at one candidate row, it became a
       -- scan of every consent per profile (over 10 minutes at region size).
       AND p.id NOT IN (SELECT c.profile_id FROM consents c WHERE c.kind <> 'matching')
       AND ${exclusionsSql('p.id')}::text = '[]' AND ${blockedOrganisationsSql('p.id')} = '{}'
     ORDER BY p.pseudonym_code LIMIT $1`,
    [count],
  );
  const offerOf = new Map<string, string>();
  for (const comune of new Set(rows.map((row) => row.home))) {
    const [{ id }] = await ds.query(
      `INSERT INTO offers (organisation_id, title, description, essential_skills, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at)
       VALUES ($1, 'Addetta accoglienza clienti', 'Sede raggiungibile con i mezzi pubblici.', '{}', 'on_site', $2, 20, '{morning,afternoon,evening,night,weekend}', 'tempo_determinato', 1000, $3, 'published', now()) RETURNING id`,
      [acme, comune, day(90)],
    );
    offerOf.set(comune, id);
  }
  await insert(ds, 'consents', [['profile_id', 'uuid'], ['kind', 'text'], ['organisation_id', 'uuid'], ['basis', 'text'], ['recorded_by', 'uuid']], rows.map((row) => [row.id, 'share_card', acme, 'signed_form', row.counsellor]));
  const byCounsellor: Record<string, ProposalTarget[]> = {};
  for (const row of rows) (byCounsellor[row.email] ??= []).push({ profileId: row.id, offerId: offerOf.get(row.home) as string });
  return { byCounsellor };
}

/** Rows the engine stores per profile and kind at most (MatchPrecomputer's offerLimit and courseLimit). */
export const STORED_PER_KIND = 50;

/**
 * Stored matches at region size without the engine: every eligible profile gets a list of up to
 * STORED_PER_KIND offers and as many courses, open listings of her network's comuni (offers also
 * remote), in the stored format (an offer's explanation packed as packOfferExplanation writes it,
 * built from the offer's own skills, shifts, hours and contract; a course's as the engine builds
 * it), at her and the listing's current versions, plus her match_states row, so the worker's sweep
 * finds nothing to compute. Synthetic, not ranked: the scores fall with the position, the
 * explanations' points are fixed figures, and courses unlock no offers. Per-profile counts are
 * the engine's at metro size, where profiles all but fill both lists (~199,800 rows for 2,000
 * profiles). All in SQL (INSERT ... SELECT over generate_series, in ranges of profiles), the
 * matches' secondary indexes built after the rows and the foreign-key trigger skipped
 * (session_replication_role: the profiles exist by construction). Returns the rows of `matches`.
 */
export async function synthesiseMatches(ds: DataSource, log: (line: string) => void): Promise<number> {
  const q = ds.createQueryRunner();
  const esco = 'http://data.europa.eu/esco/skill/';
  const short = (uri: string) => `CASE WHEN ${uri} LIKE '${esco}%' AND substr(${uri}, ${esco.length + 1}, 1) <> '=' THEN substr(${uri}, ${esco.length + 1}) ELSE '=' || ${uri} END`;
  // A deterministic fraction 0-1 of an id (three decimals).
  const frac = (id: string) => `round((abs(hashtext(${id}::text)) % 1000) / 1000.0, 3)`;
  try {
    await q.query('SET session_replication_role = replica');
    await q.query(`
      CREATE TEMP TABLE listing AS
      SELECT 'offer'::text AS kind, t.id, t.organisation_id, t.version, t.comune::text AS comune,
        jsonb_build_object(
          'points', jsonb_build_object('skills', 30.25, 'use', 12.5, 'occupation', 0, 'distance', 2.67, 'schedule', 1.5, 'accommodations', 0, 'contract', 0.5),
          'fit', ${frac('t.id')}, 'evidence', ${frac(`t.id::text || 'e'`)},
          'skills', (SELECT coalesce(jsonb_agg(jsonb_build_array(CASE WHEN s.ord % 2 = 1 THEN 'x' ELSE 'n' END || s.e || ${short('s.uri')}, s.w) ORDER BY s.e, s.ord), '[]'::jsonb)
                     FROM (SELECT u AS uri, ord, 'e' AS e, 2 AS w FROM unnest(t.essential_skills) WITH ORDINALITY AS a(u, ord)
                           UNION ALL SELECT u, ord, 'o', 1 FROM unnest(t.optional_skills) WITH ORDINALITY AS b(u, ord)) s),
          'essentialCoverage', 0.5, 'usedSkills', jsonb_build_object('used', 1, 'of', 5), 'occupation', 'none',
          'km', CASE WHEN t.work_mode = 'remote' THEN NULL ELSE round((abs(hashtext(t.id::text)) % 250) / 10.0, 1) END, 'remote', t.work_mode = 'remote',
          'schedule', jsonb_build_object('sharedShifts', to_jsonb(t.shifts[1:1]), 'offerHours', t.weekly_hours, 'profileHours', 30, 'hoursFit', 1),
          'contract', jsonb_build_object('offered', t.contract, 'fit', 'no_preference'),
          'accommodations', jsonb_build_object('met', '[]'::jsonb, 'unmet', '[]'::jsonb)) AS explanation
      FROM offers t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL}
      UNION ALL
      SELECT 'course', t.id, t.organisation_id, t.version, t.comune::text,
        jsonb_build_object(
          'points', jsonb_build_object('gaps', 45, 'distance', 4, 'schedule', 2), 'maxPoints', jsonb_build_object('gaps', 90, 'distance', 6, 'schedule', 4),
          'progress', 0.5, 'towards', CASE WHEN cardinality(t.target_occupations) > 0 THEN jsonb_build_object('occupation', t.target_occupations[1]) END,
          'closes', to_jsonb(t.skills_taught[1:2]), 'km', round((abs(hashtext(t.id::text)) % 250) / 10.0, 1), 'remote', t.work_mode = 'remote',
          'sharedShifts', to_jsonb(t.shifts), 'startDate', to_char(t.start_date, 'YYYY-MM-DD'), 'seats', t.seats,
          'unlocksOffers', '[]'::jsonb, 'unlocksCount', 0)
      FROM courses t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL}`);
    // Each network's pool: its comuni's listings and the remote offers, numbered per kind.
    await q.query(`
      CREATE TEMP TABLE pool AS
      SELECT n.id AS network_id, l.kind, (row_number() OVER (PARTITION BY n.id, l.kind ORDER BY l.id) - 1)::int AS n, l.id, l.organisation_id, l.version, l.explanation
      FROM listing l JOIN networks n ON l.comune IS NULL OR EXISTS (SELECT 1 FROM network_comuni c WHERE c.network_id = n.id AND c.comune::text = l.comune)`);
    await q.query('CREATE INDEX ON pool (network_id, kind, n)');
    await q.query('CREATE TEMP TABLE sizes AS SELECT network_id, kind, count(*)::int AS c FROM pool GROUP BY 1, 2');
    await q.query(`CREATE TEMP TABLE her AS SELECT p.id, p.version, p.network_id, (row_number() OVER (ORDER BY p.id) - 1)::int AS i, abs(hashtext(p.id::text)) AS h FROM profiles p WHERE ${ELIGIBLE_PROFILE_SQL}`);
    await q.query('ANALYZE listing, pool, sizes, her');
    const [{ eligible }] = await q.query('SELECT count(*)::int AS eligible FROM her');
    await q.query('DROP INDEX IF EXISTS matches_target');
    const step = 5000;
    for (let from = 0; from < eligible; from += step) {
      // Her window of consecutive listings of each pool, from a place of her own: no target twice.
      await q.query(
        `INSERT INTO matches (profile_id, kind, target_id, organisation_id, score, explanation, profile_version, target_version)
         SELECT h.id, z.kind, l.id, l.organisation_id, round((95 - j * 0.8 - (h.h % 7) * 0.3)::numeric, 2), l.explanation, h.version, l.version
         FROM her h JOIN sizes z ON z.network_id = h.network_id
         CROSS JOIN LATERAL generate_series(0, LEAST(z.c, ${STORED_PER_KIND}) - 1) j
         JOIN pool l ON l.network_id = h.network_id AND l.kind = z.kind AND l.n = (h.h + j) % z.c
         WHERE h.i >= $1 AND h.i < $2
         ON CONFLICT DO NOTHING`,
        [from, from + step],
      );
      if ((from / step) % 5 === 4) log(`synthesised lists: ${Math.min(eligible, from + step)}/${eligible} profiles`);
    }
    await q.query('CREATE INDEX matches_target ON matches (kind, target_id)');
    // Her list state at her version; eligible as the sweep reads it, passed as many as her lists hold.
    await q.query(`
      INSERT INTO match_states (profile_id, profile_version, eligible, filtered, passed)
      SELECT p.id, p.version, h.id IS NOT NULL, '{}'::jsonb,
        CASE WHEN h.id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object(
          'offers', (SELECT LEAST(z.c, ${STORED_PER_KIND}) FROM sizes z WHERE z.network_id = p.network_id AND z.kind = 'offer'),
          'courses', (SELECT LEAST(z.c, ${STORED_PER_KIND}) FROM sizes z WHERE z.network_id = p.network_id AND z.kind = 'course')) END
      FROM profiles p LEFT JOIN her h ON h.id = p.id WHERE p.status = 'active'
      ON CONFLICT (profile_id) DO NOTHING`);
    await q.query('DROP TABLE listing, pool, sizes, her');
    const [{ rows }] = await q.query(`SELECT count(*)::int AS rows FROM matches`);
    return rows;
  } finally {
    await q.query('RESET session_replication_role').catch(() => undefined);
    await q.release();
  }
}
