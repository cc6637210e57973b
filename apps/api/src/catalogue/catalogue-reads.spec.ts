import request from 'supertest';
import { createOrganisation, SignedIn, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { catalogueWorld, CatalogueWorld, inDays } from '../../test/catalogue/catalogue-world';

/** Lists and reads of offers and courses as single statements: order, totals, scope and the view's fields. */
describe('catalogue reads', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  let partner: SignedIn;
  let offers: string[];
  beforeAll(async () => {
    t = await createTestApp();
    w = await catalogueWorld(t);
    partner = await signedInUser(t, 'partner_member', { organisation: await createOrganisation(t, { legalName: 'Cooperativa Aurora', kind: 'company' }) });
    offers = [];
    for (const title of ['Uno', 'Due', 'Tre', 'Quattro', 'Cinque']) offers.push(await createOffer(partner, title));
    for (const id of offers.slice(3)) await request(t.server).post(`/api/offers/${id}/publish`).set('Authorization', partner.auth).expect(200);
    // Newest change first; two changed at the same instant are ordered by id.
    const at = ['2026-05-01T10:00:00Z', '2026-05-03T10:00:00Z', '2026-05-03T10:00:00Z', '2026-05-02T10:00:00Z', '2026-04-01T10:00:00Z'];
    for (const [i, id] of offers.entries()) await t.dataSource.query('UPDATE offers SET updated_at = $2 WHERE id = $1', [id, at[i]]);
  }, 60_000);
  afterAll(() => t.close());

  async function createOffer(who: SignedIn, title: string): Promise<string> {
    const body = {
      title,
      description: 'Inserimento protetto con referente dedicata.',
      essentialSkills: w.uri.cookSkills.slice(0, 2),
      workMode: 'on_site',
      comune: '015146',
      weeklyHours: 30,
      shifts: ['morning'],
      contract: 'tempo_determinato',
      seats: 2,
      deadline: inDays(30),
    };
    return (await request(t.server).post('/api/offers').set('Authorization', who.auth).send(body).expect(201)).body.id;
  }
  const list = (who: SignedIn, path: string) =>
    request(t.server)
      .get(path)
      .set('Authorization', who.auth)
      .expect(200)
      .then((res) => res.body);
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
  const byRecency = () => [...[offers[1], offers[2]].sort(), offers[3], offers[0], offers[4]];

  it("pages a partner's offers newest change first, ties by id, with the total on every page and past the end", async () => {
    expect(ids(await list(partner, '/api/offers'))).toEqual(byRecency());
    const pages = [await list(partner, '/api/offers?pageSize=2'), await list(partner, '/api/offers?pageSize=2&page=2'), await list(partner, '/api/offers?pageSize=2&page=3')];
    expect(pages.flatMap(ids)).toEqual(byRecency());
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
    expect(await list(partner, '/api/offers?page=4&pageSize=2')).toEqual({ items: [], total: 5, page: 4, pageSize: 2 });
  });

  it('filters a partner list by status, counting only that status', async () => {
    expect(await list(partner, '/api/offers?status=published')).toMatchObject({ total: 2, items: [{ id: offers[3] }, { id: offers[4] }] });
    const drafts = await list(partner, '/api/offers?status=draft&pageSize=2&page=2');
    expect(drafts).toMatchObject({ total: 3, page: 2 });
    expect(ids(drafts)).toEqual([offers[0]]);
    expect(await list(partner, '/api/offers?status=closed')).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(await list(w.otherCompany.member, '/api/offers?pageSize=100').then(ids)).not.toContain(offers[3]);
  });

  it('counts for staff only the published records of vetted organisations', async () => {
    const [{ offers: publishedOffers, courses: publishedCourses }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM offers r JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'published' AND o.status = 'vetted') AS offers,
              (SELECT count(*)::int FROM courses r JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'published' AND o.status = 'vetted') AS courses`,
    );
    const staffOffers = await list(w.counsellor, '/api/offers?pageSize=100');
    expect(staffOffers.total).toBe(publishedOffers);
    expect(ids(staffOffers)).toEqual(expect.arrayContaining([offers[3], offers[4]]));
    expect(ids(staffOffers)).not.toContain(offers[0]);
    expect(await list(w.coordinator, '/api/offers?page=1000')).toEqual({ items: [], total: publishedOffers, page: 1000, pageSize: 20 });
    expect((await list(w.counsellor, '/api/courses')).total).toBe(publishedCourses);
    expect(await list(w.counsellor, '/api/offers?status=draft')).toMatchObject({ items: [], total: 0 });
  });

  it('answers the view fields in the entity order, the organisation last, and neither the author nor the owner id', async () => {
    const [listed] = (await list(partner, '/api/offers?status=published')).items;
    const read = await list(w.counsellor, `/api/offers/${offers[3]}`);
    expect(read).toEqual(listed);
    expect(Object.keys(read)).toEqual([
      'id', 'status', 'version', 'title', 'description', 'languages', 'minEqf', 'workMode', 'comune', 'shifts', 'seats', 'seatsFilled',
      'deadline', 'publishedAt', 'closedAt', 'closedReason', 'createdAt', 'updatedAt',
      'occupationUri', 'essentialSkills', 'optionalSkills', 'weeklyHours', 'contract', 'startDate', 'accommodations', 'organisation',
    ]);
    expect(read).toMatchObject({
      id: offers[3],
      status: 'published',
      version: 2,
      title: 'Quattro',
      languages: [],
      minEqf: null,
      comune: '015146',
      seatsFilled: 0,
      deadline: inDays(30),
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      closedAt: null,
      updatedAt: '2026-05-02T10:00:00.000Z',
      essentialSkills: w.uri.cookSkills.slice(0, 2),
      startDate: null,
      organisation: { id: expect.any(String), name: 'Cooperativa Aurora', kind: 'company' },
    });
  });
});
