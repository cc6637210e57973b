import { blocks, builtInComuni, safetyCheck, type SafetyConstraints } from '@ponte/matching';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { loadProfileForMatch, loadProfiles } from '../matching/match-sources.sql';
import { seedMatchingVolume, type MatchingVolume } from '../matching/matching-volume';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { blockedOrganisationsSql, exclusionsSql, organisationBlockedSql, safetyConstraintsSql } from './safety-constraints.sql';

/**
 * Rule 2's SQL fragments against its one home (@ponte/matching lib/safety.ts), on random
 * data: what the fragments aggregate is what was stored, and the SQL block filter keeps exactly
 * the rows the pure predicate keeps.
 */
describe('safety rule 2 in SQL agrees with the pure rule', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let volume: MatchingVolume;
  /** What the test stored per profile, built independently of the fragments. */
  const stored = new Map<string, { exclusions: { comune: string; radiusKm: number }[]; blockedOrganisations: string[] }>();

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-safety-sql', poolSize: 2 });
    await ds.initialize();
    volume = await seedMatchingVolume(ds, { profiles: 40, offers: 120, courses: 10, organisations: 10 });
    await ds.query('DELETE FROM profile_exclusions');
    await ds.query('DELETE FROM profile_blocked_organisations');
    // Seeded draws: several areas (radius 0 to 15 km, tenths) and up to three blocks per profile.
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const comuni = builtInComuni().codes.slice(0, 40);
    for (const profileId of volume.profileIds) {
      const exclusions = [...new Set(Array.from({ length: Math.floor(next() * 3) }, () => comuni[Math.floor(next() * comuni.length)]))].map((comune) => ({
        comune,
        radiusKm: Math.round(next() * 150) / 10,
      }));
      const blocked = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => volume.organisationIds[Math.floor(next() * volume.organisationIds.length)]))];
      for (const e of exclusions) await ds.query('INSERT INTO profile_exclusions (profile_id, comune, radius_km) VALUES ($1, $2, $3)', [profileId, e.comune, e.radiusKm]);
      for (const o of blocked) await ds.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [profileId, o]);
      stored.set(profileId, { exclusions: exclusions.sort((a, b) => (a.comune < b.comune ? -1 : 1)), blockedOrganisations: blocked.sort() });
    }
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('aggregates her constraints as stored, in every loader and inside JSON', async () => {
    const rows: ({ id: string; json: SafetyConstraints } & SafetyConstraints)[] = await ds.query(
      `SELECT p.id, ${safetyConstraintsSql('p.id')},
              json_build_object('exclusions', ${exclusionsSql('p.id')}, 'blockedOrganisations', ${blockedOrganisationsSql('p.id')}) AS json
       FROM profiles p WHERE p.network_id = $1`,
      [volume.networkId],
    );
    expect(rows).toHaveLength(volume.profileIds.length);
    const loaded = new Map((await loadProfiles(ds.manager, volume.profileIds)).map((p) => [p.id, p]));
    for (const row of rows) {
      const expected = stored.get(row.id);
      expect({ exclusions: row.exclusions, blockedOrganisations: row.blockedOrganisations }).toEqual(expected);
      expect(row.json).toEqual(expected);
      expect(loaded.get(row.id)).toMatchObject(expected as object);
      expect(await loadProfileForMatch(ds.manager, row.id)).toMatchObject(expected as object);
    }
    expect([...stored.values()].some((s) => s.exclusions.length > 1 && s.blockedOrganisations.length > 1)).toBe(true);
  });

  it('filters in SQL exactly the pairs the pure rule says are blocked', async () => {
    const pairs: { profileId: string; organisationId: string; comune: string | null; blocked: boolean }[] = await ds.query(
      `SELECT p.id AS "profileId", t.organisation_id AS "organisationId", t.comune, ${organisationBlockedSql('p.id', 't.organisation_id')} AS blocked
       FROM profiles p CROSS JOIN offers t WHERE p.network_id = $1`,
      [volume.networkId],
    );
    const comuni = builtInComuni();
    const checks = new Map([...stored].map(([id, constraints]) => [id, safetyCheck(constraints, comuni)]));
    let blockedPairs = 0;
    for (const pair of pairs) {
      const constraints = stored.get(pair.profileId) as SafetyConstraints;
      expect(pair.blocked).toBe(blocks(constraints, pair.organisationId));
      if (pair.blocked) {
        blockedPairs++;
        expect(checks.get(pair.profileId)?.(pair)).toBe('organisation_blocked');
      }
    }
    expect(blockedPairs).toBeGreaterThan(0);
    expect(blockedPairs).toBeLessThan(pairs.length);
  });
});
