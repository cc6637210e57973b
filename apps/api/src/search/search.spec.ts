import { Organisation } from '@ponte/persistence';
import { SEARCH_ENGINE, SearchDocumentBuilder, type SearchEngine } from '@ponte/search';
import request from 'supertest';
import { catalogueWorld, CatalogueWorld, inDays } from '../../test/catalogue/catalogue-world';
import type { SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/** GET /api/search over offers and courses published through the API and indexed as the worker does. */
describe('GET /api/search', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  let builder: SearchDocumentBuilder;
  const ids: Record<string, string> = {};

  const offer = (overrides: Record<string, unknown>) => ({
    description: 'Inserimento lavorativo protetto con tutor aziendale e orari concordati.',
    workMode: 'on_site',
    weeklyHours: 30,
    shifts: ['morning'],
    contract: 'tempo_determinato',
    seats: 1,
    deadline: inDays(20),
    ...overrides,
  });
  const publishAndIndex = async (who: SignedIn, path: 'offers' | 'courses', body: Record<string, unknown>) => {
    const created = (await request(t.server).post(`/api/${path}`).set('Authorization', who.auth).send(body).expect(201)).body;
    await request(t.server).post(`/api/${path}/${created.id}/publish`).set('Authorization', who.auth).expect(200);
    const document = await builder.build(path === 'offers' ? 'offer' : 'course', created.id);
    if (!document) throw new Error('a published record must build a document');
    await t.app.get<SearchEngine>(SEARCH_ENGINE).index(document);
    return created.id as string;
  };
  const search = (query: string, who: SignedIn = w.counsellor) => request(t.server).get(`/api/search?${query}`).set('Authorization', who.auth);
  const hitIds = (res: request.Response) => res.body.items.map((i: { sourceId: string }) => i.sourceId).sort();

  beforeAll(async () => {
    t = await createTestApp();
    w = await catalogueWorld(t);
    builder = new SearchDocumentBuilder(t.dataSource);
    ids['welder'] = await publishAndIndex(
      w.company.admin,
      'offers',
      offer({ title: 'Saldatore a filo continuo', occupationUri: w.uri.welder, essentialSkills: w.uri.welderSkills, comune: '015209', shifts: ['morning', 'afternoon'] }),
    );
    ids['barista'] = await publishAndIndex(
      w.otherCompany.admin,
      'offers',
      offer({ title: 'Barista per caffè e colazioni', occupationUri: w.uri.barista, essentialSkills: w.uri.baristaSkills, comune: '015146', contract: 'apprendistato' }),
    );
    ids['cook'] = await publishAndIndex(w.union.admin, 'courses', {
      title: 'Aiuto cuoca: corso professionale',
      description: 'Igiene HACCP, preparazioni di base, organizzazione della cucina.',
      skillsTaught: w.uri.cookSkills,
      targetOccupations: [w.uri.cook],
      workMode: 'on_site',
      comune: '015070',
      shifts: ['night'],
      totalHours: 120,
      startDate: inDays(30),
      endDate: inDays(120),
      deadline: inDays(25),
      seats: 10,
      cost: 'free',
    });
  }, 90_000);
  afterAll(() => t.close());

  it('finds published offers by Italian text, English ESCO labels and the Italian ISCO group', async () => {
    expect(hitIds(await search('q=saldatori').expect(200))).toEqual([ids['welder']]);
    expect(hitIds(await search('q=welder').expect(200))).toEqual([ids['welder']]);
    expect(hitIds(await search('q=cuochi').expect(200))).toEqual([ids['cook']]);
    const [hit] = (await search('q=caffe').expect(200)).body.items;
    expect(hit).toMatchObject({ kind: 'offer', organisationName: 'Bar Centrale S.n.c.', comuneName: 'Milano', contract: 'apprendistato' });
  });

  it('does not index drafts', async () => {
    const draft = (
      await request(t.server)
        .post('/api/offers')
        .set('Authorization', w.company.admin.auth)
        .send(offer({ title: 'Saldatrice in bozza', essentialSkills: w.uri.welderSkills, comune: '015146' }))
        .expect(201)
    ).body;
    expect(await builder.build('offer', draft.id)).toBeNull();
  });

  it('filters, counts facets and accepts repeated or comma-separated list parameters', async () => {
    const res = await search('shift=night&shift=afternoon').expect(200);
    expect(hitIds(res)).toEqual([ids['welder'], ids['cook']].sort());
    expect(res.body.facets.kind).toEqual({ offer: 1, course: 1 });
    expect(res.body.facets.shifts).toEqual({ morning: 1, afternoon: 1, night: 1 });
    expect(hitIds(await search('kind=offer&contract=apprendistato,tempo_determinato').expect(200))).toEqual([ids['welder'], ids['barista']].sort());
    expect(hitIds(await search(`occupation=${encodeURIComponent(w.uri.cook)}`).expect(200))).toEqual([ids['cook']]);
    expect(hitIds(await search(`skill=${encodeURIComponent(w.uri.welderSkills[0])}`).expect(200))).toEqual([ids['welder']]);
    expect(hitIds(await search('organisationKind=union').expect(200))).toEqual([ids['cook']]);
    expect((await search('pageSize=2&sort=date').expect(200)).body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
  });

  it('keeps what lies within the radius of a comune and sorts by distance', async () => {
    const near = await search('comune=015146&radiusKm=10&sort=distance').expect(200);
    expect(near.body.items.map((i: { sourceId: string }) => i.sourceId)).toEqual([ids['barista'], ids['welder']]);
    expect(near.body.items[0].distanceKm).toBe(0);
    expect(hitIds(await search('comune=015146&radiusKm=15').expect(200))).toHaveLength(3);
  });

  it('answers 422 naming the bad parameters', async () => {
    const res = await search('comune=015999&kind=job&sort=distance').expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind']);
    const db = await search('comune=015999').expect(422);
    expect(db.body.errors).toEqual([expect.objectContaining({ field: 'comune', code: 'unknownComune' })]);
    const missing = await search('sort=distance&radiusKm=5').expect(422);
    expect(missing.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'radiusKm:radiusNeedsComune',
      'sort:distanceNeedsComune',
    ]);
  });

  it('is for staff with search:use: partners get 403, anonymous callers 401', async () => {
    await search('q=saldatore', w.coordinator).expect(200);
    await search('q=saldatore', w.company.admin).expect(403);
    await request(t.server).get('/api/search?q=saldatore').expect(401);
  });

  it("hides a suspended organisation's offers at once, before the index catches up", async () => {
    await t.dataSource.getRepository(Organisation).update(w.company.organisation.id, { status: 'suspended' });
    try {
      const res = await search('q=saldatori').expect(200);
      expect(res.body.total).toBe(0);
      expect((await search('').expect(200)).body.facets.organisationKind).toEqual({ company: 1, union: 1 });
    } finally {
      await t.dataSource.getRepository(Organisation).update(w.company.organisation.id, { status: 'vetted' });
    }
    expect(hitIds(await search('q=saldatori').expect(200))).toEqual([ids['welder']]);
  });
});
