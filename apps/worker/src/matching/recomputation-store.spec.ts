import { MatchCache, MatchPrecomputer } from '@ponte/matching-adapter';
import { eraseProfile, loadTargets, PROFILE_ERASERS } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { seedWorld, type SeededWorld } from '../../test/proposals/proposal-seed';
import { createTestWorker, TestWorker } from '../../test/test-worker';

const SKILL = 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614';

/**
 * The guards of a recomputation's store (MatchPrecomputer.storeBatch): it holds the batch's
 * profiles FOR SHARE, and checks the versions of the listings ranked into their lists in one
 * statement per batch, an index-only scan (migration 1765830000000).
 */
describe('recomputation store', () => {
  let w: TestWorker;

  beforeAll(async () => {
    w = await createTestWorker([]);
  });
  afterAll(() => w.close());

  async function fittingProfile(): Promise<SeededWorld> {
    const world = await seedWorld(w.dataSource);
    await w.dataSource.query(`INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, position) VALUES ($1, $2, 'advanced', '{work}', 0)`, [
      world.profileId,
      SKILL,
    ]);
    return world;
  }
  async function offer(organisationId: string): Promise<string> {
    const [{ id }] = await w.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, essential_skills)
       VALUES ($1, 'Offerta', 'Descrizione', 'on_site', '015209', 30, '{morning}', 'tempo_determinato', 2, '2099-12-31', 'published', $2) RETURNING id`,
      [organisationId, [SKILL]],
    );
    return id;
  }
  const storedOf = (profileId: string): Promise<{ targetId: string; profileVersion: number; targetVersion: number }[]> =>
    w.dataSource.query(
      `SELECT target_id AS "targetId", profile_version AS "profileVersion", target_version AS "targetVersion" FROM matches WHERE profile_id = $1 ORDER BY target_id`,
      [profileId],
    );

  /** Runs `change` in a transaction left open until the recomputation of her waits for it, then commits it. */
  async function whileHeld(change: (manager: EntityManager) => Promise<unknown>, recompute: () => Promise<unknown>): Promise<unknown> {
    const held = w.dataSource.createQueryRunner();
    await held.connect();
    await held.startTransaction();
    try {
      await change(held.manager);
      const running = recompute();
      for (let i = 0; i < 100; i++) {
        const [{ waiting }] = await w.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await held.commitTransaction();
      return await running;
    } finally {
      await held.release();
    }
  }

  it('a listing changed after the catalogue was compiled is not stored on its old version', async () => {
    const world = await fittingProfile();
    const kept = await offer(world.organisationId);
    const changed = await offer(world.organisationId);
    const precomputer = new MatchPrecomputer(w.dataSource, new MatchCache());
    const snapshot = await precomputer.cache.catalogue(w.dataSource.manager, { force: true });
    await w.dataSource.query('UPDATE offers SET version = version + 1 WHERE id = $1', [changed]);
    const report = await precomputer.recomputeProfiles([world.profileId], { snapshot });
    expect(report).toMatchObject({ profiles: 1, outdated: 0, staleTargets: 1, stored: 1 });
    expect(await storedOf(world.profileId)).toEqual([{ targetId: kept, profileVersion: 1, targetVersion: 1 }]);
  });

  it('the listing check reads versions from (id, version) indexes, never the listings\' rows', async () => {
    await w.dataSource.query('VACUUM offers, courses');
    for (const table of ['offers', 'courses']) {
      const plan = await w.dataSource.transaction(async (m) => {
        // A test database's few listings would be scanned whole: the plan a region's 200,000 get.
        await m.query('SET LOCAL enable_seqscan = off');
        await m.query('SET LOCAL enable_bitmapscan = off');
        return JSON.stringify(await m.query(`EXPLAIN (FORMAT JSON) SELECT id, version FROM ${table} WHERE id = ANY($1::uuid[])`, [[randomUUID(), randomUUID()]]));
      });
      expect(plan).toContain('"Node Type":"Index Only Scan"');
      expect(plan).toContain(`"Index Name":"${table}_id_version"`);
    }
  });

  it('listings load with their text arrays as stored, whatever characters they hold', async () => {
    const world = await fittingProfile();
    const odd = ['a,b', 'c"d', 'e\\f', '{g}', 'NULL', ' h ', 'è😀', ''];
    const [{ id: offerId }] = await w.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, essential_skills, optional_skills)
       VALUES ($1, 'Offerta', 'Descrizione', 'on_site', '015209', 30, '{morning,evening}', 'tempo_determinato', 2, '2099-12-31', 'published', $2, '{}') RETURNING id`,
      [world.organisationId, odd],
    );
    const [{ id: courseId }] = await w.dataSource.query(
      `INSERT INTO courses (organisation_id, title, description, skills_taught, target_occupations, work_mode, comune, shifts, total_hours, start_date, end_date, deadline, seats, cost, status)
       VALUES ($1, 'Corso', 'Descrizione', $2, $3, 'on_site', '015146', '{}', 80, current_date + 30, current_date + 90, current_date + 20, 10, 'free', 'published') RETURNING id`,
      [world.organisationId, odd, [...odd].reverse()],
    );
    expect(await loadTargets(w.dataSource.manager, 'offer', [offerId])).toEqual([
      expect.objectContaining({ essentialSkills: odd, optionalSkills: [], shifts: ['morning', 'evening'], accommodations: [] }),
    ]);
    expect(await loadTargets(w.dataSource.manager, 'course', [courseId])).toEqual([
      expect.objectContaining({ skillsTaught: odd, courseTargets: [...odd].reverse(), shifts: [] }),
    ]);
  });

  it('a profile changed while her batch waits to be stored gets no row of her old version', async () => {
    const world = await fittingProfile();
    await offer(world.organisationId);
    const precomputer = new MatchPrecomputer(w.dataSource, new MatchCache());
    const report = await whileHeld(
      (m) => m.query('UPDATE profiles SET version = version + 1 WHERE id = $1', [world.profileId]),
      () => precomputer.recomputeProfiles([world.profileId]),
    );
    expect(report).toMatchObject({ outdated: 1, stored: 0 });
    expect(await storedOf(world.profileId)).toEqual([]);
  });

  it('an erasure holding her profile wins over a recomputation storing her: nothing of hers outlives it', async () => {
    const world = await fittingProfile();
    await offer(world.organisationId);
    const precomputer = new MatchPrecomputer(w.dataSource, new MatchCache());
    const report = await whileHeld(
      async (m) => expect(await eraseProfile(m, world.profileId, PROFILE_ERASERS)).not.toBeNull(),
      () => precomputer.recomputeProfiles([world.profileId]),
    );
    expect(report).toMatchObject({ outdated: 1, stored: 0 });
    expect(await w.dataSource.query('SELECT 1 FROM matches WHERE profile_id = $1 UNION ALL SELECT 1 FROM match_states WHERE profile_id = $1', [world.profileId])).toEqual([]);
  });
});
