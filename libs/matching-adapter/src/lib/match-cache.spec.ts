import { createDataSource, createTestDatabase, OPEN_TARGET_SQL, seedMatchingVolume, type TestDatabase } from '@ponte/persistence';
import type { DataSource } from 'typeorm';
import { MatchCache } from './match-cache';

/**
 * A recomputation partition extends its job lock in `beforeCompile` (the worker's
 * RecomputationWorker): it must run after every load and right before each synchronous build,
 * and only when something is built.
 */
describe('MatchCache.catalogue: beforeCompile', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-match-cache', poolSize: 2 });
    await ds.initialize();
    await seedMatchingVolume(ds, { profiles: 20, offers: 60, courses: 10 });
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('runs right before the taxonomy and catalogue builds, and not when nothing changed', async () => {
    const cache = new MatchCache();
    const seen: { taxonomyBuilds: number; catalogueBuilds: number }[] = [];
    const beforeCompile = async () => {
      seen.push({ taxonomyBuilds: cache.stats.taxonomyBuilds, catalogueBuilds: cache.stats.catalogueBuilds });
    };

    // A fresh cache: the taxonomy, then the catalogue, each announced just before it is built.
    await cache.catalogue(ds.manager, { force: true, beforeCompile });
    expect(seen).toEqual([
      { taxonomyBuilds: 0, catalogueBuilds: 0 },
      { taxonomyBuilds: 1, catalogueBuilds: 0 },
    ]);
    expect(cache.stats).toMatchObject({ taxonomyBuilds: 1, catalogueBuilds: 1 });

    // Nothing changed: nothing built, nothing announced.
    await cache.catalogue(ds.manager, { force: true, beforeCompile });
    expect(seen).toHaveLength(2);

    // One open listing changed: the catalogue alone is built again, announced first. (Ids are random:
    // the first published offer may be closed, which the catalogue rightly ignores.)
    await ds.query(
      `UPDATE offers SET version = version + 1 WHERE id = (SELECT t.id FROM offers t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL} ORDER BY t.id LIMIT 1)`,
    );
    await cache.catalogue(ds.manager, { force: true, beforeCompile });
    expect(seen).toEqual([
      { taxonomyBuilds: 0, catalogueBuilds: 0 },
      { taxonomyBuilds: 1, catalogueBuilds: 0 },
      { taxonomyBuilds: 1, catalogueBuilds: 1 },
    ]);
    expect(cache.stats.catalogueBuilds).toBe(2);
  });
});

/**
 * The catalogue's change check (catalogueChangesSince) stands in for the full comparison of
 * versions: it must never hide a change, even one committed after a newer transaction's.
 */
describe('MatchCache.catalogue: change check', () => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection for the cache, one for a writer holding its transaction open, one for another writer.
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-match-cache-mark', poolSize: 3 });
    await ds.initialize();
    await seedMatchingVolume(ds, { profiles: 10, offers: 60, courses: 10 });
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  const open = async (kind: 'offers' | 'courses', where = 'true'): Promise<{ id: string; organisationId: string }[]> =>
    ds.query(
      `SELECT t.id, t.organisation_id AS "organisationId" FROM ${kind} t JOIN organisations o ON o.id = t.organisation_id
        WHERE ${OPEN_TARGET_SQL} AND ${where} ORDER BY t.id`,
    );
  /** Compiled on every check, so the snapshot shows what the check loaded. */
  const freshCache = () => new MatchCache({ checkEveryMs: 0, rebuildEveryMs: 0 });

  it.each([
    ['a check', false, 'version = version + 1'],
    ['a forced check', true, `status = 'closed', version = version + 1`],
  ])('%s misses no transaction that began before a newer one and committed after it', async (_, force, change) => {
    const cache = freshCache();
    const [first, newer] = (await open('offers')).slice(force ? 2 : 0);
    const versionOf = async (id: string) => (await cache.catalogue(ds.manager, { force })).listings.offer.get(id)?.version;
    const before = { first: await versionOf(first.id), newer: await versionOf(newer.id) };
    expect(before.first).toBeDefined();

    const writer = ds.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(`UPDATE offers SET ${change} WHERE id = $1`, [first.id]);
      // A newer transaction commits first: a check keeping the largest id it saw would skip the writer's.
      await ds.query('UPDATE offers SET version = version + 1 WHERE id = $1', [newer.id]);
      const comparisons = cache.stats.targetComparisons;
      expect(await versionOf(newer.id)).toBe((before.newer as number) + 1);
      expect(await versionOf(first.id)).toBe(before.first);
      // Nothing new committed: checked, not compared; the mark taken here must still cover the writer.
      expect(await versionOf(first.id)).toBe(before.first);
      expect(cache.stats.targetComparisons).toBe(comparisons + 1);

      await writer.commitTransaction();
      expect(await versionOf(first.id)).toBe(force ? undefined : (before.first as number) + 1);
      expect(cache.stats.targetComparisons).toBe(comparisons + 2);
    } finally {
      await writer.release();
    }
  });

  it("drops an organisation's listings at the next check once it is suspended", async () => {
    const cache = freshCache();
    const [{ organisationId }] = await open('offers');
    const owned = (listings: ReadonlyMap<string, { organisationId: string }>) => [...listings.values()].filter((l) => l.organisationId === organisationId).length;
    const snapshot = await cache.catalogue(ds.manager);
    expect(owned(snapshot.listings.offer)).toBe((await open('offers', `t.organisation_id = '${organisationId}'`)).length);

    await ds.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [organisationId]);
    const after = await cache.catalogue(ds.manager);
    expect([owned(after.listings.offer), owned(after.listings.course)]).toEqual([0, 0]);
  });

  it('compares nothing while no listing changed, forced or not, whatever else is written', async () => {
    const cache = freshCache();
    await cache.catalogue(ds.manager, { force: true });
    expect(cache.stats).toMatchObject({ targetChecks: 1, targetComparisons: 1 });

    await ds.query('UPDATE profiles SET version = version + 1');
    await cache.catalogue(ds.manager);
    await cache.catalogue(ds.manager, { force: true });
    await cache.catalogue(ds.manager, { force: true });
    expect(cache.stats).toMatchObject({ targetChecks: 4, targetComparisons: 1, catalogueBuilds: 1 });
  });
});
