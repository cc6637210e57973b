import { createDataSource, createTestDatabase, type TestDatabase } from '@ponte/persistence';
import { compileScan, PostgresSearchEngine, searchDocumentId, type SearchDocument, type SearchQuery } from '@ponte/search';
import type { DataSource } from 'typeorm';

/**
 * Searches with words on a real PostgreSQL (issue 23): Italian job titles as they are written
 * (gender-inclusive forms, stop words, accents, a word still being typed), relevance, and the cap
 * on the matches a search reads, with what its total and facets then mean.
 */
describe('PostgreSQL search with words', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const organisationId = '00000000-0000-4000-8000-0000000000a1';
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 10, 30);
  let n = 0;

  const document = (title: string, fields: Partial<SearchDocument> = {}): SearchDocument => {
    n += 1;
    const sourceId = `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    return {
      id: searchDocumentId('offer', sourceId),
      kind: 'offer',
      sourceId,
      version: 1,
      organisationId,
      organisationKind: 'company',
      organisationName: 'Cooperativa Aurora',
      title,
      description: 'Inserimento protetto con referente dedicata.',
      labels: { it: [], en: [] },
      occupationUris: [],
      skillUris: [],
      comune: '015146',
      comuneName: 'Milano',
      location: { lat: 45.46427, lon: 9.18951 },
      workMode: 'on_site',
      contract: 'tempo_determinato',
      shifts: ['morning'],
      accommodations: [],
      cost: null,
      startDate: null,
      deadline: null,
      publishedAt: new Date(start - n * DAY).toISOString(),
      ...fields,
    };
  };
  const query = (text: string, more: Partial<SearchQuery> = {}): SearchQuery => ({ text, sort: 'relevance', page: 1, pageSize: 50, ...more });
  const titles = async (text: string, more: Partial<SearchQuery> = {}, on = engine) => (await on.search(query(text, more))).items.map((item) => item.title);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-search-text', poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(`INSERT INTO organisations (id, kind, legal_name, status) VALUES ($1, 'company', 'Cooperativa Aurora', 'vetted')`, [organisationId]);
    engine = new PostgresSearchEngine(dataSource);
  }, 120_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('Italian titles as they are written', () => {
    beforeAll(async () => {
      await engine.reindexAll(
        [
          'Magazziniere/a con affiancamento',
          'Cuoco/a per mensa scolastica',
          'Collaboratore/trice domestico/a',
          'Operatore/trice di call center',
          'Saldatore/Saldatrice a filo',
          'Corso di saldatura per principianti',
          'Attività di segreteria',
        ].map((title) => document(title)),
      );
    });

    it('finds gender-inclusive titles ("Magazziniere/a") by either form', async () => {
      expect(await titles('magazziniere')).toEqual(['Magazziniere/a con affiancamento']);
      expect(await titles('magazziniera')).toEqual(['Magazziniere/a con affiancamento']);
      expect(await titles('cuoca')).toEqual(['Cuoco/a per mensa scolastica']);
      expect(await titles('collaboratrice domestica')).toEqual(['Collaboratore/trice domestico/a']);
      expect(await titles('operatrice')).toEqual(['Operatore/trice di call center']);
      expect(await titles('saldatrice')).toEqual(['Saldatore/Saldatrice a filo']);
    });

    it('leaves out stop words of either language ("di", "per")', async () => {
      expect(await titles('corso di saldatura')).toEqual(['Corso di saldatura per principianti']);
      expect(await titles('cuoca per mensa')).toEqual(['Cuoco/a per mensa scolastica']);
      expect(await titles('operatrice di call center')).toEqual(['Operatore/trice di call center']);
    });

    it('ignores accents and case, and stems plurals', async () => {
      expect(await titles('ATTIVITA')).toEqual(['Attività di segreteria']);
      expect(await titles('attività')).toEqual(['Attività di segreteria']);
      // The lexicon holds no plural: typo tolerance adds its nearest word too ("saldatura").
      expect(await titles('saldatori')).toEqual(['Saldatore/Saldatrice a filo', 'Corso di saldatura per principianti']);
    });

    it('completes a word still being typed from the lexicon ("magazz", "segret")', async () => {
      expect(await titles('magazz')).toEqual(['Magazziniere/a con affiancamento']);
      expect(await titles('segret')).toEqual(['Attività di segreteria']);
    });

    it('returns the public fields of a listing only', async () => {
      const [hit] = (await engine.search(query('segreteria'))).items;
      expect(Object.keys(hit).sort()).toEqual(
        ['comune', 'comuneName', 'contract', 'cost', 'deadline', 'distanceKm', 'id', 'kind', 'organisationId', 'organisationKind', 'organisationName', 'publishedAt', 'shifts', 'sourceId', 'startDate', 'title', 'workMode'].sort(),
      );
    });
  });

  describe('relevance and the cap on matches read', () => {
    const capped = () => new PostgresSearchEngine(dataSource, undefined, 5);

    beforeAll(async () => {
      n = 0;
      const description = (text: string) => ({ description: text });
      await engine.reindexAll([
        // Newest first: two that say "barista" in the description only, then four titles.
        document('Aiuto in sala', description('Affiancherai il barista al banco.')),
        document('Addetta alla caffetteria', { ...description('Turni da barista.'), contract: 'apprendistato', shifts: ['evening'] }),
        document('Barista part time'),
        document('Barista con affiancamento', { contract: 'apprendistato' }),
        document('Barista esperta', { kind: 'course', contract: null, organisationKind: 'training_body' }),
        document('Barista per colazioni', { shifts: ['morning', 'weekend'] }),
        document('Cuoca per asilo'),
      ]);
    });

    it('puts the listings whose title holds every word first, then the newest', async () => {
      expect(await titles('barista')).toEqual(['Barista part time', 'Barista con affiancamento', 'Barista esperta', 'Barista per colazioni', 'Aiuto in sala', 'Addetta alla caffetteria']);
      expect(await titles('barista', { sort: 'date' })).toEqual(['Aiuto in sala', 'Addetta alla caffetteria', 'Barista part time', 'Barista con affiancamento', 'Barista esperta', 'Barista per colazioni']);
    });

    it('counts every match while they fit under the cap', async () => {
      const result = await capped().search(query('barista', { kinds: ['offer'] }));
      expect(result).toMatchObject({ total: 5, capped: false });
      expect(result.facets.contract).toEqual({ tempo_determinato: 3, apprendistato: 2 });
    });

    it('beyond the cap reads the newest matches only, says so, and counts its facets over them', async () => {
      const result = await capped().search(query('barista', { sort: 'date', pageSize: 2 }));
      expect(result).toMatchObject({ total: 5, capped: true });
      expect(result.items.map((item) => item.title)).toEqual(['Aiuto in sala', 'Addetta alla caffetteria']);
      expect(result.facets.kind).toEqual({ offer: 4, course: 1 });
      expect(result.facets.shifts).toEqual({ morning: 4, evening: 1 });
      const last = await capped().search(query('barista', { sort: 'date', page: 3, pageSize: 2 }));
      expect(last.items.map((item) => item.title)).toEqual(['Barista esperta']);
      // Relevance orders the matches read: the oldest title ("per colazioni") was not read.
      expect(await titles('barista', {}, capped())).toEqual(['Barista part time', 'Barista con affiancamento', 'Barista esperta', 'Aiuto in sala', 'Addetta alla caffetteria']);
    });

    it('answers as the statement reading every match does, when the matches fit under the cap', async () => {
      for (const text of ['barista', 'cuoca', 'barista affiancamento', 'caffetteria']) {
        for (const more of [{}, { kinds: ['offer' as const] }, { shifts: ['morning'] }, { near: { lat: 45.46, lon: 9.19, radiusKm: 5 } }, { excludeOrganisationIds: [organisationId] }]) {
          const q = query(text, { ...more, sort: 'date' });
          const ours = await engine.search(q);
          const [reference] = await dataSource.query(compileScan(q).sql, compileScan(q).params);
          const facets: Record<string, number> = {};
          for (const f of reference.facets as { facet: string; value: string; count: number }[]) facets[`${f.facet}=${f.value}`] = f.count;
          const ourFacets = Object.fromEntries(Object.entries(ours.facets).flatMap(([facet, counts]) => Object.entries(counts).map(([value, count]) => [`${facet}=${value}`, count])));
          expect({ text, more, total: ours.total, capped: ours.capped, facets: ourFacets, ids: ours.items.map((item) => item.id) }).toEqual({
            text,
            more,
            total: reference.total,
            capped: false,
            facets,
            ids: (reference.items as { id: string }[]).map((item) => item.id),
          });
        }
      }
    });
  });
});
