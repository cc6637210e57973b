import { createDataSource, createTestDatabase, type TestDatabase } from '@ponte/persistence';
import { compileMatched, PostgresSearchEngine, type SearchQuery } from '@ponte/search';
import type { DataSource } from 'typeorm';
import { compileMatchedBefore } from '../../test/search/matched-before';
import { answerOf, CONTRACTS, insertOrganisations, OCCUPATIONS, ORGS, randomDocument, randomWords, rng, SKILLS, withRandomFilters } from '../../test/search/random-catalogue';
import { comuni } from '../../test/search/reference-sample';

/**
 * A search with words, occupations or skills tests its strong filters inside the word index
 * (migration SearchFilterTags1765700000000): contract, work mode, organisation kind, shifts and
 * the radius as `filter_tags`, with the publication quarters or days of each slice read newest
 * first (SearchDayTags1765840000000, SearchQuarterTags1765840000100); without them, the newest
 * matches read slice by slice as before. On a real PostgreSQL, for hundreds of generated catalogues' queries, it answers
 * as the statement it replaced (matched-before.ts): the same total, `capped` flag, facets, page
 * and distances, under caps that cut the matches and caps that do not.
 */

describe('PostgreSQL search with words: filters in the word index answer as the filters on each match did', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const towns = comuni().slice(0, 14);
  const r = rng(2023);
  const now = Date.now();

  const document = (n: number) => randomDocument(r, towns, n, { idPrefix: '30000000', worded: true, now });

  const randomQuery = (): SearchQuery => {
    const query: Partial<SearchQuery> = {};
    const what = r.next();
    if (what < 0.7) query.text = randomWords(r);
    if (what >= 0.5 || r.next() < 0.1) query.occupationUris = r.sample(OCCUPATIONS, 2);
    if (what >= 0.85 || r.next() < 0.1) query.skillUris = [r.pick(SKILLS)];
    if (!query.text && !query.occupationUris?.length && !query.skillUris?.length) query.skillUris = [r.pick(SKILLS)];
    return withRandomFilters(r, towns, query, 0.5);
  };
  const answer = (compiled: { sql: string; params: unknown[] }) => answerOf(dataSource, compiled);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-search-matched', poolSize: 2 });
    await dataSource.initialize();
    await insertOrganisations(dataSource);
    engine = new PostgresSearchEngine(dataSource);
  }, 120_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps each document’s filter tags equal to its fields through upserts and moves', async () => {
    const docs = Array.from({ length: 50 }, (_, n) => document(n));
    await engine.reindexAll(docs);
    for (const doc of docs.slice(0, 10)) await engine.index({ ...document(500 + docs.indexOf(doc)), id: doc.id, kind: doc.kind, sourceId: doc.sourceId, version: 2 });
    const differ = await dataSource.query(`
      SELECT d.id FROM search_documents d
      WHERE d.filter_tags IS DISTINCT FROM ARRAY['k:' || d.kind, 'w:' || d.work_mode, 'o:' || d.organisation_kind]
            || CASE WHEN d.contract IS NULL THEN '{}'::text[] ELSE ARRAY['c:' || d.contract] END
            || CASE WHEN d.work_mode = 'remote' THEN ARRAY['p:remote'] ELSE '{}'::text[] END
            || CASE WHEN d.lat IS NULL THEN '{}'::text[] ELSE ARRAY[(SELECT ponte_place_key(pl.lat, pl.lon) FROM search_places pl WHERE pl.lat = d.lat AND pl.lon = d.lon)] END
            || ARRAY(SELECT DISTINCT 's:' || s FROM unnest(d.shifts) s ORDER BY 1)
            || ARRAY['d:' || ((d.published_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01')]
            || ARRAY['q:' || (((d.published_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01') * 4 + extract(hour FROM d.published_at AT TIME ZONE 'UTC')::int / 6)]`);
    expect(differ).toEqual([]);
  });

  it('answers every query as the statement testing the filters on each match did, capped or not', async () => {
    let compared = 0;
    let nonEmptyPages = 0;
    let cappedAnswers = 0;
    for (let round = 0; round < 3; round++) {
      await engine.reindexAll(Array.from({ length: 500 }, (_, n) => document(round * 1000 + n)));
      for (let i = 0; i < 120; i++) {
        const query = randomQuery();
        const cap = r.pick([3, 10, 40, 1000]);
        const ours = await answer(compileMatched(query, cap));
        expect({ query, cap, ...ours }).toEqual({ query, cap, ...(await answer(compileMatchedBefore(query, cap))) });
        compared += 1;
        if (ours.items.length > 0) nonEmptyPages += 1;
        if (ours.capped) cappedAnswers += 1;
      }
    }
    expect(compared).toBe(360);
    // The generated queries reach real pages and cut answers at the cap, not only empty answers.
    expect(nonEmptyPages).toBeGreaterThan(100);
    expect(cappedAnswers).toBeGreaterThan(30);
  });

  it('tests the slices’ days in the word index under a strong filter only', async () => {
    await engine.reindexAll(Array.from({ length: 300 }, (_, n) => document(5000 + n)));
    const slicesDays = (query: SearchQuery) => /filter_tags && ARRAY\(SELECT 'd:'/.test(compileMatched(query, 10).sql);
    // On site, companies, shifts and the kind keep most of a word's matches (every document says "Inserimento protetto").
    const weak: SearchQuery = { text: 'inserimento', remote: false, organisationKinds: ['company', 'union'], shifts: ['morning'], kinds: ['offer'], sort: 'date', page: 1, pageSize: 7 };
    expect(slicesDays(weak)).toBe(false);
    expect(slicesDays({ ...weak, remote: undefined, workModes: ['on_site'] })).toBe(false);
    for (const strong of [{ contracts: ['tirocinio'] }, { remote: true }, { workModes: ['hybrid'] }, { organisationKinds: ['union'] }, { skillUris: [SKILLS[0]] }]) {
      expect(slicesDays({ ...weak, ...strong })).toBe(true);
    }
    expect(await answer(compileMatched(weak, 10))).toEqual(await answer(compileMatchedBefore(weak, 10)));
    expect((await answer(compileMatched(weak, 10))).capped).toBe(true);
  });

  it('answers a word every listing holds within a radius, day slice by day slice, as the statement testing each match did', async () => {
    // Every description says "Inserimento protetto": caps from 3 to 1,000 are passed in the newest
    // slice, in an older one or never; some listings are dated ahead. And listings a minute either
    // side of each slice's bounds and of the UTC midnights and quarters of a day next to them,
    // whatever the time of day: a tag or a bound off by one leaves some out.
    const day = 86_400_000;
    const quarter = day / 4;
    const edges = [0, 0.25, 1, 2, 4, 8, 16].flatMap((days) => {
      const bound = Date.now() - days * day;
      return [bound, Math.floor(bound / day) * day, Math.ceil(bound / day) * day, Math.floor(bound / quarter) * quarter, Math.ceil(bound / quarter) * quarter].flatMap((at) => [at - 60_000, at + 60_000]);
    });
    const atEdges = edges.map((at, n) => ({
      ...document(9000 + n),
      location: { lat: towns[0].lat, lon: towns[0].lon },
      comune: towns[0].code,
      comuneName: towns[0].name,
      workMode: 'on_site' as const,
      publishedAt: new Date(at).toISOString(),
    }));
    await engine.reindexAll([...Array.from({ length: 800 }, (_, n) => document(8000 + n)), ...atEdges]);
    const caps = [3, 20, 60, 150, 1000];
    const cappedAt = new Set<number>();
    for (const town of towns) {
      for (const radiusKm of [3, 10, 30]) {
        // Every cap around the town of the listings at the edges.
        for (const cap of town === towns[0] ? caps : [r.pick(caps)]) {
          const query: SearchQuery = {
            text: r.pick(['inserimento', 'protetto', 'inserimento barista']),
            near: { lat: town.lat, lon: town.lon, radiusKm },
            contracts: r.next() < 0.3 ? [r.pick(CONTRACTS)] : undefined,
            sort: r.pick(['relevance', 'date', 'distance'] as const),
            page: 1 + Math.floor(r.next() * 3),
            pageSize: 7,
          };
          const ours = await answer(compileMatched(query, cap));
          expect({ query, cap, ...ours }).toEqual({ query, cap, ...(await answer(compileMatchedBefore(query, cap))) });
          if (ours.capped) cappedAt.add(cap);
        }
      }
    }
    expect(cappedAt.size).toBeGreaterThanOrEqual(3);
  });

  it('reads past the first 16 days after a newest day dense with matches, and all at once after a sparse one', async () => {
    // A burst of listings in the last hours, few in the 16 days before, most older.
    const hours = [...Array.from({ length: 30 }, () => r.next() * 5), ...Array.from({ length: 8 }, () => 6 + r.next() * 15 * 24), ...Array.from({ length: 120 }, () => 17 * 24 + r.next() * 40 * 24)];
    await engine.reindexAll(
      hours.map((age, n) => ({
        ...document(12_000 + n),
        organisationId: ORGS[0].id,
        organisationKind: 'company',
        location: { lat: towns[0].lat, lon: towns[0].lon },
        comune: towns[0].code,
        comuneName: towns[0].name,
        workMode: 'on_site' as const,
        publishedAt: new Date(Date.now() - age * 3_600_000).toISOString(),
      })),
    );
    // Caps whose 32nd part the burst reaches (the slices) and does not (one read).
    for (const cap of [40, 150, 400, 1000]) {
      const query: SearchQuery = { text: 'inserimento', near: { lat: towns[0].lat, lon: towns[0].lon, radiusKm: 5 }, sort: 'date', page: 1, pageSize: 50 };
      const ours = await answer(compileMatched(query, cap));
      expect({ cap, ...ours }).toEqual({ cap, ...(await answer(compileMatchedBefore(query, cap))) });
      expect(ours.total).toBe(Math.min(cap, hours.length));
    }
  });

  it('never shows nor counts the listings of a suspended organisation', async () => {
    const suspended = ORGS[1].id;
    const result = await engine.search({ text: 'barista', near: { lat: towns[0].lat, lon: towns[0].lon, radiusKm: 30 }, shifts: ['morning', 'evening'], sort: 'date', page: 1, pageSize: 200 });
    expect(result.items.some((item) => item.organisationId === suspended)).toBe(false);
    const [{ shown }] = await dataSource.query(
      `SELECT count(*)::int AS shown FROM search_documents WHERE organisation_id <> $1 AND tsv @@ plainto_tsquery('italian', 'barista') AND shifts && '{morning,evening}'`,
      [suspended],
    );
    expect(result.total).toBeLessThanOrEqual(shown);
  });
});
