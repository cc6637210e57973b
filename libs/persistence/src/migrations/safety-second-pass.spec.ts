import { openValue } from '@ponte/config';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from '../lib/data-source';
import { SEALED_WITH } from '../lib/profiles/sealed-text';
import { createTestDatabase, TestDatabase } from '../lib/test-database';
import { SealedProfileText1765100000000 } from './1765100000000-sealed-profile-text';
import { FoldedFilterCounts1765100000300 } from './1765100000300-folded-filter-counts';
import { MIGRATIONS } from './index';

/** The migrations of issue 20 (the first is SealedProfileText) and any after them: reverted to seed the data they migrate. */
const REVERTED = MIGRATIONS.length - MIGRATIONS.indexOf(SealedProfileText1765100000000);
/** Issue 20's own migrations: run on the seeded data without the later ones (which may drop derived data). */
const SAFETY = MIGRATIONS.slice(0, MIGRATIONS.indexOf(FoldedFilterCounts1765100000300) + 1);
const SAFETY_COUNT = SAFETY.length - MIGRATIONS.indexOf(SealedProfileText1765100000000);

/**
 * The data migrations of issue 20 on data written before them: skill comments and cover
 * messages sealed (normalised), per-organisation candidate codes on the frozen cards,
 * implausible start dates cleared, stored filter counts folded. Then back down and up again.
 */
describe('migrations of the safety second pass, on existing data', () => {
  let database: TestDatabase;
  let ds: DataSource;
  const key = { id: 'mig1', key: randomBytes(32) };
  const keysBefore = process.env['NOTES_ENCRYPTION_KEYS'];

  beforeAll(async () => {
    database = await createTestDatabase();
    const all = createDataSource({ url: database.url, applicationName: 'test-safety-migrations', poolSize: 1 });
    await all.initialize();
    for (let i = 0; i < REVERTED; i++) await all.undoLastMigration({ transaction: 'each' });
    await all.destroy();
    ds = new DataSource({ ...dataSourceOptions({ url: database.url, applicationName: 'test-safety-migrations', poolSize: 1 }), migrations: SAFETY });
    await ds.initialize();
  }, 60_000);
  afterAll(async () => {
    process.env['NOTES_ENCRYPTION_KEYS'] = keysBefore;
    if (keysBefore === undefined) delete process.env['NOTES_ENCRYPTION_KEYS'];
    await ds?.destroy();
    await database?.drop();
  }, 60_000);

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await ds.query(sql, params))[0] as T;

  it('migrates what was stored before, refusing to run without the keys it needs', async () => {
    const network = await one<{ id: string }>(`INSERT INTO networks (code, name, lead_comune) VALUES ('rete-m', 'Rete', '015146') RETURNING id`);
    const counsellor = await one<{ id: string }>(`INSERT INTO users (email, display_name, role) VALUES ('c.m@ponte.test', 'C', 'counsellor') RETURNING id`);
    const organisation = async (name: string) => (await one<{ id: string }>(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', $1, 'vetted') RETURNING id`, [name])).id;
    const [a, b] = [await organisation('Impresa A'), await organisation('Impresa B')];
    const profile = await one<{ id: string }>(
      `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km, earliest_start)
       VALUES ('MI-2345-6789-ACD', $1, $2, '25-34', '015146', 30, '{morning}', 20, '1900-01-01') RETURNING id`,
      [network.id, counsellor.id],
    );
    const skill = 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614';
    await ds.query(`INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, comment, position) VALUES ($1, $2, 'advanced', '{work}', $3, 0)`, [
      profile.id,
      skill,
      'Cucina per 80 coperti\u00a0in mensa\u200b',
    ]);
    const proposals: string[] = [];
    for (const org of [a, a, b]) {
      const offer = await one<{ id: string }>(
        `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, contract, seats, deadline, status)
         VALUES ($1, 'Offerta', 'Descrizione', 'on_site', '015146', 30, 'tempo_determinato', 5, current_date + 30, 'published') RETURNING id`,
        [org],
      );
      const card = { pseudonymCode: 'MI-2345-6789-ACD', availability: { weeklyHours: 30, shifts: ['morning'], earliestStart: '1900-01-01' } };
      proposals.push(
        (
          await one<{ id: string }>(
            `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, card, match, cover_message)
             VALUES ($1, $2, $3, $4, 'offer', $5, $6, '{"score": 50, "explanation": {}, "at": "2026-01-01T00:00:00Z"}', 'Persona affidabile di Lambrate') RETURNING id`,
            [profile.id, network.id, counsellor.id, org, offer.id, JSON.stringify(card)],
          )
        ).id,
      );
    }
    await ds.query(`INSERT INTO match_states (profile_id, profile_version, eligible, filtered, passed) VALUES ($1, 1, true, $2, '{}')`, [
      profile.id,
      JSON.stringify({ exclusion_area: 3, organisation_blocked: 1, not_open: 2, beyond_commute: 5, schedule: 0 }),
    ]);

    delete process.env['NOTES_ENCRYPTION_KEYS'];
    await expect(ds.runMigrations({ transaction: 'each' })).rejects.toThrow(/NOTES_ENCRYPTION_KEYS/);
    process.env['NOTES_ENCRYPTION_KEYS'] = `${key.id}:${key.key.toString('base64')}`;
    expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(SAFETY_COUNT);

    // Sealed, normalised, bound to the row; no clear column left.
    const comment = await one<{ comment_encrypted: string }>('SELECT comment_encrypted FROM profile_skills WHERE profile_id = $1', [profile.id]);
    expect(openValue([key], comment.comment_encrypted, SEALED_WITH.skillComment(profile.id, skill))).toBe('Cucina per 80 coperti in mensa');
    const covers: { id: string; cover_message_encrypted: string; card: Record<string, unknown> & { availability: { earliestStart: string | null } }; organisation_id: string }[] =
      await ds.query('SELECT id, cover_message_encrypted, card, organisation_id FROM proposals ORDER BY created_at, id');
    for (const p of covers) expect(openValue([key], p.cover_message_encrypted, SEALED_WITH.coverMessage(p.id))).toBe('Persona affidabile di Lambrate');
    const clear = await ds.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name IN ('comment', 'cover_message')`,
    );
    expect(clear).toEqual([]);
    expect(JSON.stringify(await ds.query('SELECT * FROM proposals'))).not.toContain('Lambrate');

    // One code per organisation, the same on its two cards, never the pseudonym code.
    const codes = new Map(covers.map((p) => [p.organisation_id, new Set<unknown>()]));
    for (const p of covers) {
      expect(p.card).not.toHaveProperty('pseudonymCode');
      codes.get(p.organisation_id)?.add(p.card['candidateCode']);
    }
    expect([...(codes.get(a) ?? [])]).toHaveLength(1);
    expect([...(codes.get(b) ?? [])]).toHaveLength(1);
    expect([...(codes.get(a) ?? [])][0]).not.toEqual([...(codes.get(b) ?? [])][0]);
    expect(await ds.query('SELECT count(*)::int AS n FROM candidate_codes')).toEqual([{ n: 2 }]);

    // A start date that could only be a birth date is gone, from the profile and the cards.
    expect(await one('SELECT earliest_start FROM profiles WHERE id = $1', [profile.id])).toEqual({ earliest_start: null });
    for (const p of covers) expect(p.card.availability.earliestStart).toBeNull();

    // Stored counts never single out her safety constraints.
    expect(await one('SELECT filtered FROM match_states WHERE profile_id = $1', [profile.id])).toEqual({ filtered: { beyond_commute: 5, schedule: 0, unavailable: 6 } });

    // Down opens the texts again and puts the pseudonym back on the cards; up seals them anew.
    for (let i = 0; i < SAFETY_COUNT; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await one('SELECT comment FROM profile_skills WHERE profile_id = $1', [profile.id])).toEqual({ comment: 'Cucina per 80 coperti in mensa' });
    expect(await one('SELECT cover_message, card->>\'pseudonymCode\' AS code FROM proposals WHERE id = $1', [proposals[0]])).toEqual({
      cover_message: 'Persona affidabile di Lambrate',
      code: 'MI-2345-6789-ACD',
    });
    expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(SAFETY_COUNT);
    const resealed = await one<{ comment_encrypted: string }>('SELECT comment_encrypted FROM profile_skills WHERE profile_id = $1', [profile.id]);
    expect(resealed.comment_encrypted).not.toBe(comment.comment_encrypted);
    expect(openValue([key], resealed.comment_encrypted, SEALED_WITH.skillComment(profile.id, skill))).toBe('Cucina per 80 coperti in mensa');
  }, 60_000);
});
