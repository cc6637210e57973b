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
