import { AuditEntry } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation, SignedIn, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { COMUNI, createProfile, ProfileWorld, profileWorld, SKILLS } from '../../test/profiles/profile-fixtures';

/** A start date months ahead, inside the plausible window whatever day the tests run. */
const LATER_START = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

/** The reads as single statements: what they answer, in which order, for whom, and what they audit. */
describe('profile reads', () => {
  let t: TestApp;
  let w: ProfileWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
  });
  afterAll(() => t.close());

  const audits = (action: string, actorId: string) =>
    t.dataSource.getRepository(AuditEntry).find({ where: { action, actorId }, order: { id: 'ASC' } });

  it('reads every list of a profile in the view order, opens the notes, and audits the read with its network and version', async () => {
    const blocked = [w.organisation.id, (await createOrganisation(t)).id, (await createOrganisation(t)).id];
    const { id } = await createProfile(t, w.counsellor, {
      skills: [
        { uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['volunteering'] },
        { uri: SKILLS.domesticCare, level: 'advanced', acquiredThrough: ['unpaid_care', 'work'], comment: 'Cura della casa' },
        { uri: SKILLS.assistCustomers, level: 'intermediate', acquiredThrough: ['work'] },
      ],
      languages: [
        { code: 'ro', cefr: 'C1' },
        { code: 'it', cefr: 'B1' },
        { code: 'ara', cefr: 'A1' },
        { code: 'ar', cefr: 'A2' },
      ],
      exclusions: [
        { comune: COMUNI.rho, radiusKm: 2.5 },
        { comune: COMUNI.abbiategrasso, radiusKm: 10 },
        { comune: COMUNI.sesto, radiusKm: 0 },
      ],
      blockedOrganisations: [...blocked].reverse(),
      earliestStart: LATER_START,
      notes: 'Preferisce turni del mattino.',
    });

    const res = await request(t.server).get(`/api/profiles/${id}`).set('Authorization', w.colleague.auth).expect(200);
    expect(res.body).toMatchObject({
      id,
      networkId: w.network.id,
      eqfLevel: 3,
      skills: [
        { uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['volunteering'], comment: null },
        { uri: SKILLS.domesticCare, level: 'advanced', acquiredThrough: ['unpaid_care', 'work'], comment: 'Cura della casa' },
        { uri: SKILLS.assistCustomers, level: 'intermediate', acquiredThrough: ['work'], comment: null },
      ],
      languages: [
        { code: 'ar', cefr: 'A2' },
        { code: 'ara', cefr: 'A1' },
        { code: 'it', cefr: 'B1' },
        { code: 'ro', cefr: 'C1' },
      ],
      earliestStart: LATER_START,
      notes: 'Preferisce turni del mattino.',
      safety: {
        exclusions: [
          { comune: COMUNI.abbiategrasso, radiusKm: 10 },
          { comune: COMUNI.rho, radiusKm: 2.5 },
          { comune: COMUNI.sesto, radiusKm: 0 },
        ],
        blockedOrganisations: [...blocked].sort(),
      },
      archivedAt: null,
      version: 1,
    });
    const [entry] = await audits('profile.read', w.colleague.user.id);
    expect(entry).toMatchObject({ targetType: 'profile', targetId: id, networkId: w.network.id, details: { version: 1 } });
  });

  it('answers 404 without reading or auditing anything outside her networks', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const before = await audits('profile.read', w.outsider.user.id);
    const res = await request(t.server).get(`/api/profiles/${id}`).set('Authorization', w.outsider.auth).expect(404);
    expect(res.body.type).toBe('urn:ponte:problem:not-found');
    expect(await audits('profile.read', w.outsider.user.id)).toEqual(before);
  });

  describe('list', () => {
    let first: SignedIn;
    let both: SignedIn;
    let networks: Awaited<ReturnType<typeof createNetwork>>[];
    let inFirst: { id: string }[];
    let inSecond: { id: string };
    beforeAll(async () => {
      networks = [await createNetwork(t), await createNetwork(t)];
      first = await signedInUser(t, 'counsellor', { networks: [networks[0]] });
      both = await signedInUser(t, 'counsellor', { networks });
      inFirst = [await createProfile(t, first), await createProfile(t, first), await createProfile(t, first)];
      inSecond = await createProfile(t, both, { networkId: networks[1].id, counsellorId: both.user.id });
      // Two with the same last activity: the id breaks the tie, in every plan.
      await t.dataSource.query(`UPDATE profiles SET last_activity_at = '2026-03-01T10:00:00Z' WHERE id = ANY($1::uuid[])`, [[inFirst[0].id, inFirst[2].id]]);
      await t.dataSource.query(`UPDATE profiles SET last_activity_at = '2026-02-01T10:00:00Z' WHERE id = $1`, [inFirst[1].id]);
    });
    const list = (who: SignedIn, query: string) =>
      request(t.server)
        .get(`/api/profiles?${query}`)
        .set('Authorization', who.auth)
        .expect(200)
        .then((res) => res.body);
    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
    const tied = () => [inFirst[0].id, inFirst[2].id].sort();

    it('breaks ties of last activity by id, in both directions, across pages', async () => {
      expect(ids(await list(first, 'pageSize=1'))).toEqual([tied()[0]]);
      expect(ids(await list(first, 'pageSize=1&page=2'))).toEqual([tied()[1]]);
      expect(ids(await list(first, 'pageSize=1&page=3'))).toEqual([inFirst[1].id]);
      expect(ids(await list(first, 'sort=lastActivityAt'))).toEqual([inFirst[1].id, ...tied()]);
    });

    it('lists every network of a counsellor of several, or the one she picks, with their totals', async () => {
      const all = await list(both, 'pageSize=2');
      expect(all).toMatchObject({ total: 4, page: 1, pageSize: 2 });
      expect(ids(all)).toEqual([inSecond.id, tied()[0]]);
      // The entry written with the page names the profiles shown, in the order shown.
      expect((await audits('profile.list', both.user.id)).at(-1)?.details).toEqual({ total: 4, page: 1, profileIds: [inSecond.id, tied()[0]] });
      expect(ids(await list(both, 'pageSize=2&page=2'))).toEqual([tied()[1], inFirst[1].id]);
      expect(await list(both, `networkId=${networks[1].id}`)).toMatchObject({ total: 1, items: [{ id: inSecond.id, networkId: networks[1].id }] });
      expect(await list(both, `networkId=${networks[0].id}&pageSize=1&page=3`)).toMatchObject({ total: 3, items: [{ id: inFirst[1].id }] });
      expect(await list(first, `networkId=${networks[1].id}`)).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('counts the filtered total on a page past the end, and audits the page it answered', async () => {
      const earlier = (await audits('profile.list', both.user.id)).length;
      expect(await list(first, 'page=9')).toEqual({ items: [], total: 3, page: 9, pageSize: 20 });
      expect(await list(both, `status=active&comune=${COMUNI.milano}&page=3&pageSize=2`)).toEqual({ items: [], total: 4, page: 3, pageSize: 2 });
      expect(await list(both, 'status=paused&page=2')).toEqual({ items: [], total: 0, page: 2, pageSize: 20 });
      const page = await list(both, 'pageSize=3&page=2');
      expect(page).toMatchObject({ total: 4, items: [{ id: inFirst[1].id, skillCount: 2, matchingConsent: false }] });
      const entries = (await audits('profile.list', both.user.id)).slice(earlier);
      expect(entries.map((e) => e.details)).toEqual([
        { total: 4, page: 3, profileIds: [] },
        { total: 0, page: 2, profileIds: [] },
        { total: 4, page: 2, profileIds: [inFirst[1].id] },
      ]);
    });
  });

  describe('list totals kept per network (network_profile_counts)', () => {
    it('follow creations, status changes, moves between networks and erasures, in single and multi-row statements', async () => {
      const [a, b] = [await createNetwork(t), await createNetwork(t)];
      const counsellor = await signedInUser(t, 'counsellor', { networks: [a, b] });
      const total = async (query: string) => (await request(t.server).get(`/api/profiles?${query}`).set('Authorization', counsellor.auth).expect(200)).body.total;
      // The same totals counted over the profiles themselves: a filter every profile passes takes the counting path.
      const counted = (query: string) => total(`${query}&lastActivityFrom=2000-01-01T00:00:00Z`);
      const expectTotals = async (expected: Record<string, number>) => {
        for (const [query, n] of Object.entries(expected)) {
          expect([query, await total(query)]).toEqual([query, n]);
          expect([query, await counted(query)]).toEqual([query, n]);
        }
      };
      const made = [];
      for (let i = 0; i < 3; i++) made.push(await createProfile(t, counsellor, { networkId: a.id, counsellorId: counsellor.user.id }));
      made.push(await createProfile(t, counsellor, { networkId: b.id, counsellorId: counsellor.user.id }));
      await expectTotals({ [`networkId=${a.id}`]: 3, [`networkId=${b.id}`]: 1, 'status=active': 4, 'status=paused': 0 });

      await t.dataSource.query(`UPDATE profiles SET status = 'paused' WHERE id = $1`, [made[0].id]);
      await t.dataSource.query(`UPDATE profiles SET network_id = $2 WHERE id = $1`, [made[1].id, b.id]);
      // One statement over both networks, changing some rows and leaving others as they were.
      await t.dataSource.query(`UPDATE profiles SET status = CASE WHEN id = $1 THEN 'paused' ELSE status END, last_activity_at = now() WHERE id = ANY($2::uuid[])`, [
        made[3].id,
        made.map((p) => p.id),
      ]);
      await expectTotals({
        [`networkId=${a.id}`]: 2,
        [`networkId=${b.id}`]: 2,
        [`networkId=${a.id}&status=paused`]: 1,
        'status=active&status=paused': 4,
        'status=active': 2,
        'status=paused': 2,
      });

      await t.dataSource.query(`DELETE FROM profiles WHERE id = ANY($1::uuid[])`, [[made[0].id, made[3].id]]);
      await expectTotals({ [`networkId=${a.id}`]: 1, [`networkId=${b.id}`]: 1, 'status=paused': 0, 'status=active': 2 });
    });
  });
});
