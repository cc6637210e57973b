import { detectIdentifiers, PROPOSAL_STATES, proposalStatesOf } from '@ponte/domain';
import { OPEN_TARGET_SQL, SEALED_WITH } from '@ponte/persistence';
import { authenticator } from 'otplib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EncryptionService } from '../common/crypto/encryption.service';
import { METROPOLITAN_COMUNI } from '../networks/metropolitan-networks';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../organisations/demo-identity.seeder';
import { DEMO_PROFILE_SKILLS } from '../profiles/demo-profiles.seeder';
import { SEEDERS } from '../seed/seeders';
import { createTestApp, TestApp } from '../../test/test-app';
import { planCatalogue, type PlannedOrganisation } from './demo-catalogue';
import { DemoRandom } from './demo-random';
import { loadDemoReference } from './demo-reference';
import { planProfiles } from './showcase-profiles';

/**
 * The demo seed `npm start` loads, on the built-in reference set (the occupations it uses are
 * in both that set and the full ESCO data): counts, every proposal state, consents, real
 * reference URIs, identifier-free texts, idempotency, and indicators that show numbers.
 */
describe('demo showcase seed', () => {
  let t: TestApp;
  const lines: string[] = [];
  const saved = { shared: process.env['PONTE_SHARED_DATA'], esco: process.env['ESCO_DIR'] };
  const seedAll = async () => {
    for (const seeder of SEEDERS) await seeder.run({ dataSource: t.dataSource, log: (line) => lines.push(`${seeder.name}: ${line}`) });
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
  const TABLES = ['organisations', 'users', 'offers', 'courses', 'profiles', 'profile_skills', 'consents', 'proposals', 'proposal_history', 'shortlist_entries', 'notifications'];
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = await count(`SELECT count(*)::int AS n FROM ${table}`);
    counts['indicators'] = await count('SELECT coalesce(sum(count), 0)::int AS n FROM indicator_counts');
    return counts;
  };

  beforeAll(async () => {
    process.env['PONTE_SHARED_DATA'] = join(tmpdir(), 'no-shared-data-here');
    delete process.env['ESCO_DIR'];
    t = await createTestApp({ PONTE_SHARED_DATA: join(tmpdir(), 'no-shared-data-here') });
    await seedAll();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (saved.shared === undefined) delete process.env['PONTE_SHARED_DATA'];
    else process.env['PONTE_SHARED_DATA'] = saved.shared;
    if (saved.esco !== undefined) process.env['ESCO_DIR'] = saved.esco;
  });

  it('holds the promised volumes: organisations of every kind and status, listings, profiles in all six networks', async () => {
    expect(await count('SELECT count(*)::int AS n FROM organisations')).toBeGreaterThanOrEqual(40);
    expect(await count(`SELECT count(*)::int AS n FROM offers WHERE status = 'published'`)).toBeGreaterThanOrEqual(250);
    expect(await count('SELECT count(*)::int AS n FROM offers')).toBeGreaterThanOrEqual(300);
    // What the issue promises: 300 open offers from 40 vetted organisations.
    expect(await count(`SELECT count(*)::int AS n FROM offers t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL}`)).toBeGreaterThanOrEqual(300);
    expect(await count(`SELECT count(*)::int AS n FROM organisations WHERE status = 'vetted'`)).toBeGreaterThanOrEqual(40);
    expect(await count('SELECT count(*)::int AS n FROM courses')).toBeGreaterThanOrEqual(80);
    expect(await count('SELECT count(*)::int AS n FROM profiles')).toBeGreaterThanOrEqual(60);
    const statuses = await t.dataSource.query(`SELECT kind, status, count(*)::int AS n FROM organisations GROUP BY kind, status`);
    const of = (kind: string, status: string) => statuses.find((r: { kind: string; status: string }) => r.kind === kind && r.status === status)?.n ?? 0;
    for (const kind of ['company', 'training_body', 'union']) expect(of(kind, 'vetted')).toBeGreaterThanOrEqual(4);
    expect(of('company', 'pending') + of('training_body', 'pending')).toBeGreaterThanOrEqual(3);
    expect(of('company', 'suspended')).toBeGreaterThanOrEqual(2);
    const perNetwork: { n: number }[] = await t.dataSource.query('SELECT count(p.id)::int AS n FROM networks n LEFT JOIN profiles p ON p.network_id = n.id GROUP BY n.id');
    expect(perNetwork).toHaveLength(6);
    for (const row of perNetwork) expect(row.n).toBeGreaterThanOrEqual(8);
  });

  it('has proposals in every state, at the demo partners’ own listings too, each backed by her consents', async () => {
    const states: { kind: string; state: string; organisation: string }[] = await t.dataSource.query(
      `SELECT DISTINCT p.kind, p.state, o.legal_name AS organisation FROM proposals p JOIN organisations o ON o.id = p.organisation_id`,
    );
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(PROPOSAL_STATES));
    const at = (organisation: string, kind: string) => new Set(states.filter((s) => s.organisation === organisation && s.kind === kind).map((s) => s.state));
    expect(at('Acme Servizi S.r.l.', 'offer')).toEqual(new Set(proposalStatesOf('offer')));
    expect(at('ENAIP Lombardia – sede demo', 'course')).toEqual(new Set(proposalStatesOf('course')));
    expect(at('CGIL Camera del Lavoro Metropolitana – demo', 'offer').size).toBeGreaterThanOrEqual(2);
    expect(await count('SELECT count(*)::int AS n FROM proposals')).toBeGreaterThanOrEqual(100);
    expect(
      await count(`SELECT count(*)::int AS n FROM proposals p WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE c.profile_id = p.profile_id AND c.kind = 'share_card'
                   AND c.organisation_id = p.organisation_id AND c.revoked_at IS NULL)
                   OR NOT EXISTS (SELECT 1 FROM consents c WHERE c.profile_id = p.profile_id AND c.kind = 'matching' AND c.revoked_at IS NULL)`),
    ).toBe(0);
    // Each step is in the history, in order; withdrawals say why; hires have their contract and follow-ups.
    expect(await count(`SELECT count(*)::int AS n FROM proposals p WHERE version <> (SELECT count(*) FROM proposal_history h WHERE h.proposal_id = p.id)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM proposals WHERE state = 'hired' AND (contract IS NULL OR start_date IS NULL)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM proposals p WHERE state = 'hired' AND NOT EXISTS (SELECT 1 FROM proposal_follow_ups f WHERE f.proposal_id = p.id)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM proposals WHERE created_at > now() OR updated_at > now()`)).toBe(0);
  });

  it('cites only ESCO concepts and comuni that the loaded reference holds', async () => {
    const missing = async (sql: string, kind: 'skill' | 'occupation') =>
      count(`SELECT count(*)::int AS n FROM (${sql}) u(uri) WHERE NOT EXISTS (SELECT 1 FROM esco_concepts c WHERE c.uri = u.uri AND c.kind = '${kind}')`);
    expect(await missing('SELECT occupation_uri FROM offers', 'occupation')).toBe(0);
    expect(await missing('SELECT unnest(essential_skills || optional_skills) FROM offers', 'skill')).toBe(0);
    expect(await missing('SELECT unnest(skills_taught) FROM courses', 'skill')).toBe(0);
    expect(await missing('SELECT unnest(target_occupations) FROM courses', 'occupation')).toBe(0);
    expect(await missing('SELECT unnest(target_occupations) FROM profiles', 'occupation')).toBe(0);
    // The small seed's hand-picked skills are all in the full ESCO data, not all in the built-in set.
    expect(await missing(`SELECT skill_uri FROM profile_skills WHERE skill_uri <> ALL('${`{${Object.values(DEMO_PROFILE_SKILLS).join(',')}}`}')`, 'skill')).toBe(0);
    const places: { comune: string }[] = await t.dataSource.query(
      `SELECT comune FROM offers WHERE comune IS NOT NULL UNION SELECT comune FROM courses WHERE comune IS NOT NULL
       UNION SELECT home_comune FROM profiles UNION SELECT comune FROM profile_exclusions UNION SELECT seat_comune FROM organisations`,
    );
    for (const { comune } of places) expect(METROPOLITAN_COMUNI.has(comune)).toBe(true);
  });

  it('writes every free text without an identifier', async () => {
    const crypto = t.app.get(EncryptionService);
    const texts: string[] = [];
    const collect = async (sql: string) => texts.push(...(await t.dataSource.query(sql)).map((r: { text: string }) => r.text));
    await collect('SELECT title AS text FROM offers UNION ALL SELECT description FROM offers UNION ALL SELECT title FROM courses UNION ALL SELECT description FROM courses');
    await collect('SELECT legal_name AS text FROM organisations UNION ALL SELECT reason FROM organisation_vetting_decisions UNION ALL SELECT contact_name FROM organisations WHERE contact_name IS NOT NULL');
    await collect('SELECT interview_place AS text FROM proposals WHERE interview_place IS NOT NULL');
    for (const p of await t.dataSource.query('SELECT id, notes_encrypted FROM profiles WHERE notes_encrypted IS NOT NULL')) texts.push(crypto.decrypt(p.notes_encrypted, SEALED_WITH.profileNotes(p.id)));
    for (const s of await t.dataSource.query('SELECT profile_id, skill_uri, comment_encrypted FROM profile_skills WHERE comment_encrypted IS NOT NULL')) {
      texts.push(crypto.open(SEALED_WITH.skillComment(s.profile_id, s.skill_uri), s.comment_encrypted) ?? '');
    }
    for (const p of await t.dataSource.query('SELECT id, cover_message_encrypted FROM proposals WHERE cover_message_encrypted IS NOT NULL')) {
      texts.push(crypto.open(SEALED_WITH.coverMessage(p.id), p.cover_message_encrypted) ?? '');
    }
    expect(texts.length).toBeGreaterThan(900);
    const flagged = texts.filter((text) => detectIdentifiers(text).length > 0);
    expect(flagged).toEqual([]);
  });

  it('is deterministic: the same seed plans the same listings and profiles', async () => {
    const reference = await loadDemoReference(t.dataSource.manager);
    const organisations: PlannedOrganisation[] = [{ id: 'o', kind: 'company', seatComune: '015182', sectors: ['care', 'retail'], offers: 6, courses: 2 }];
    const plan = (seed: number) => JSON.stringify([planCatalogue(new DemoRandom(seed), reference, organisations), planProfiles(new DemoRandom(seed), reference)]);
    expect(plan(19)).toEqual(plan(19));
    expect(plan(19)).not.toEqual(plan(20));
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await snapshot();
    await seedAll();
    expect(await snapshot()).toEqual(before);
    expect(lines).toContain('demo showcase (organisations, offers, courses, profiles, proposals): already there');
  });

  it('gives the coordinator’s indicators numbers, not zeros or suppressed cells', async () => {
    const step = await request(t.server).post('/api/auth/login').send({ email: 'coordinatrice@ponte.demo', password: DEMO_PASSWORD }).expect(200);
    const signedIn = await request(t.server).post('/api/auth/login/totp').send({ mfaToken: step.body.mfaToken, code: authenticator.generate(DEMO_TOTP_SECRET) }).expect(200);
    const indicators = await request(t.server).get('/api/indicators').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(200);
    const total = (metric: string) => indicators.body.series.find((s: { metric: string }) => s.metric === metric)?.total;
    for (const metric of ['proposalsSent', 'interviews', 'hires', 'courseEnrolments']) {
      expect({ metric, total: total(metric) }).toEqual({ metric, total: expect.objectContaining({ value: expect.any(Number) }) });
      expect(total(metric).value).toBeGreaterThanOrEqual(5);
    }
    expect(indicators.body.activeProfiles.value).toBeGreaterThanOrEqual(60);
  });
});
