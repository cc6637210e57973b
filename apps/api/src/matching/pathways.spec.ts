import { Course, Offer, type Organisation } from '@ponte/persistence';
import request from 'supertest';
import { profileBody } from '../../test/profiles/profile-fixtures';
import { createCourse, createOffer, recordConsent } from '../../test/proposals/proposal-world';
import { builtinSeedSource } from '../reference/import/builtin-source';
import { ReferenceImportService } from '../reference/import/reference-import.service';
import { createNetwork, createOrganisation, signedInUser, type SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { getMatches, ids, runMatchingJobs, testPrecomputer } from '../../test/matching/match-world';

const MILANO = '015146';
const RHO = '015182';

/**
 * On the built-in reference set (25 ESCO occupations of protected placement with their
 * essential skills and skill hierarchy, imported by the reference feature's importer): the
 * library's ESCO property mirrored through the API, then pathways and skill gaps.
 */
describe('matching on real ESCO reference data: ranking, pathways, skill gaps', () => {
  let t: TestApp;
  let counsellor: SignedIn;
  let company: Organisation;
  let school: Organisation;
  /** Occupation URI → its essential skills (from the imported relations). */
  const essentials = new Map<string, string[]>();
  /** Occupation URI → the offer built from its essential skills. */
  const offerOf = new Map<string, Offer>();

  beforeAll(async () => {
    t = await createTestApp();
    await new ReferenceImportService(t.dataSource).import([builtinSeedSource()]);
    const rows: { occupation: string; skills: string[] }[] = await t.dataSource.query(
      `SELECT occupation_uri AS occupation, array_agg(skill_uri ORDER BY skill_uri) AS skills
       FROM esco_occupation_skills WHERE relation = 'essential' GROUP BY occupation_uri ORDER BY occupation_uri`,
    );
    for (const r of rows) essentials.set(r.occupation, r.skills);
    const network = await createNetwork(t);
    counsellor = await signedInUser(t, 'counsellor', { networks: [network] });
    company = await createOrganisation(t, { legalName: 'Servizi Integrati Lombardi S.p.A.' });
    school = await createOrganisation(t, { kind: 'training_body', legalName: 'Centro di Formazione Professionale Milano' });
    for (const [occupation, skills] of essentials) {
      offerOf.set(
        occupation,
        await createOffer(t, company, {
          title: `Offerta ${occupation.slice(-6)}`,
          occupationUri: occupation,
          essentialSkills: skills,
          optionalSkills: [],
          comune: MILANO,
          shifts: ['morning'],
          weeklyHours: 30,
          contract: 'tempo_indeterminato',
          accommodations: [],
        }),
      );
    }
  }, 120_000);
  afterAll(() => t.close());

  async function profileHolding(skills: string[], overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', counsellor.auth)
      .send(
        profileBody({
          homeComune: MILANO,
          maxCommuteKm: 10,
          targetOccupations: [],
          skills: skills.map((uri) => ({ uri, level: 'intermediate', acquiredThrough: ['work'] })),
          shifts: ['morning'],
          weeklyHours: 30,
          notes: null,
          ...overrides,
        }),
      )
      .expect(201);
    await recordConsent(t, counsellor, res.body.id, 'matching');
    return res.body.id;
  }

  it('the offer built from an occupation\'s essential skills ranks first for a profile holding them (every occupation of the set)', async () => {
    // An occupation whose essential skills are a subset of another's would tie with it: left out, as in the library test.
    const subset = (a: string[], b: string[]) => a.every((s) => b.includes(s));
    const pool = [...essentials.keys()].filter((u) => essentials.get(u)?.length && ![...essentials.keys()].some((v) => v !== u && subset(essentials.get(u) as string[], essentials.get(v) as string[])));
    expect(pool.length).toBeGreaterThanOrEqual(20);
    const profiles = new Map<string, string>();
    for (const occupation of pool) profiles.set(occupation, await profileHolding(essentials.get(occupation) as string[]));
    await runMatchingJobs(t, testPrecomputer(t));
    for (const [occupation, profileId] of profiles) {
      const res = await getMatches(t, counsellor, profileId, { pageSize: 2 }).expect(200);
      const [first, second] = res.body.items;
      expect(first.listing.id).toBe(offerOf.get(occupation)?.id);
      expect(first.explanation.essentialCoverage).toBe(1);
      expect(first.score).toBeGreaterThan(second.score);
    }
  }, 120_000);

  describe('pathways and skill gaps', () => {
    let target: string;
    let gaps: string[];
    let both: Course;
    let one: Course;
    let unrelated: Course;

    beforeAll(async () => {
      // The occupation with the most essential skills; just over a fifth of them missing leave her below the reach threshold (0.8).
      target = [...essentials.keys()].sort((a, b) => (essentials.get(b)?.length ?? 0) - (essentials.get(a)?.length ?? 0))[0];
      const all = essentials.get(target) as string[];
      gaps = all.slice(0, Math.floor(all.length * 0.2) + 1);
      const other = [...essentials.keys()].find((u) => !(essentials.get(u) as string[]).some((s) => gaps.includes(s))) as string;
      const course = (fields: Partial<Course>) =>
        createCourse(t, school, { comune: MILANO, shifts: ['morning'], skillsTaught: [], targetOccupations: [], ...fields });
      both = await course({ title: 'Corso completo', skillsTaught: gaps });
      one = await course({ title: 'Modulo breve', skillsTaught: [gaps[0]], comune: RHO });
      unrelated = await course({ title: 'Altro corso', skillsTaught: (essentials.get(other) as string[]).slice(0, 2) });
    });

    const pathways = (profileId: string, query: Record<string, string>) =>
      request(t.server).get(`/api/profiles/${profileId}/pathways`).query(query).set('Authorization', counsellor.auth);

    it('for a target offer: courses closing her missing essential skills, most gaps first, each with the offers it unlocks', async () => {
      const profileId = await profileHolding((essentials.get(target) as string[]).filter((s) => !gaps.includes(s)), { maxCommuteKm: 20 });
      const offer = offerOf.get(target) as Offer;
      const res = await pathways(profileId, { offerId: offer.id }).expect(200);
      expect(res.body.target).toEqual({ offerId: offer.id, filteredBy: null });
      expect([...res.body.gaps].sort()).toEqual([...gaps].sort());
      expect(res.body.pathways.map((p: { course: { id: string } }) => p.course.id)).toEqual([both.id, one.id]);
      const [first, second] = res.body.pathways;
      expect([...first.closes].sort()).toEqual([...gaps].sort());
      expect(first).toMatchObject({ remainingGaps: [], targetReachable: true, course: { title: 'Corso completo' } });
      expect(first.reachableOffers.map((o: { id: string }) => o.id)).toContain(offer.id);
      expect(second).toMatchObject({ closes: [gaps[0]], remainingGaps: gaps.slice(1) });
      expect(JSON.stringify(res.body)).not.toContain(unrelated.id);

      // The same target named as an occupation.
      const byOccupation = await pathways(profileId, { occupation: target }).expect(200);
      expect(byOccupation.body.pathways.map((p: { course: { id: string } }) => p.course.id)).toEqual([both.id, one.id]);
    });

    it('her safety constraints hold in pathways: a course inside an exclusion area is never listed', async () => {
      const profileId = await profileHolding((essentials.get(target) as string[]).filter((s) => !gaps.includes(s)), {
        maxCommuteKm: 20,
      });
      await request(t.server)
        .put(`/api/profiles/${profileId}/safety`)
        .set('Authorization', counsellor.auth)
        .send({ exclusions: [{ comune: RHO, radiusKm: 2 }], blockedOrganisations: [] })
        .expect(200);
      const res = await pathways(profileId, { offerId: (offerOf.get(target) as Offer).id }).expect(200);
      expect(res.body.pathways.map((p: { course: { id: string } }) => p.course.id)).toEqual([both.id]);
      expect(Object.keys(res.body.filteredCourses)).not.toContain('exclusion_area');
      expect(res.body.filteredCourses.unavailable).toBeGreaterThan(0);
    });

    it('skill gaps: her missing skills ranked by the offers closing each would unlock, with the courses teaching it', async () => {
      const profileId = await profileHolding((essentials.get(target) as string[]).filter((s) => !gaps.includes(s)), { maxCommuteKm: 20 });
      const res = await request(t.server).get(`/api/profiles/${profileId}/skill-gaps`).query({ limit: 50 }).set('Authorization', counsellor.auth).expect(200);
      expect(res.body.reachThreshold).toBe(0.8);
      // Closing any one of her gaps for the target makes it reachable: each unlocks it, and the course teaching it is named.
      for (const gap of gaps) {
        const entry = res.body.gaps.find((g: { skill: string }) => g.skill === gap);
        expect(entry.unlocks).toBeGreaterThanOrEqual(1);
        expect(entry.offers).toContain((offerOf.get(target) as Offer).id);
        expect(entry.courses).toContain(both.id);
      }
      expect(res.body.gaps[0].unlocks).toBeGreaterThanOrEqual(1);
      const unlocks = res.body.gaps.map((g: { unlocks: number }) => g.unlocks);
      expect(unlocks).toEqual([...unlocks].sort((a, b) => b - a));
    });

    it('validation and scope: exactly one target, a known occupation, a visible offer; 404 out of scope, for partners too', async () => {
      const profileId = await profileHolding(gaps);
      expect((await pathways(profileId, {}).expect(422)).body.errors[0].field).toBe('offerId');
      await pathways(profileId, { offerId: (offerOf.get(target) as Offer).id, occupation: target }).expect(422);
      const unknown = await pathways(profileId, { occupation: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'occupation', code: 'unknownEscoOccupation' })]);
      const closed = await createOffer(t, company, { status: 'closed' });
      await pathways(profileId, { offerId: closed.id }).expect(404);
      const other = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
      await request(t.server).get(`/api/profiles/${profileId}/skill-gaps`).set('Authorization', other.auth).expect(404);
      const partner = await signedInUser(t, 'partner_admin', { organisation: company });
      await request(t.server).get(`/api/profiles/${profileId}/skill-gaps`).set('Authorization', partner.auth).expect(404);
    });
  });

  it('ids of the offers listed in matches stay inside what she may see', async () => {
    const profileId = await profileHolding(essentials.values().next().value as string[]);
    await runMatchingJobs(t, testPrecomputer(t));
    const res = await getMatches(t, counsellor, profileId, { pageSize: 100 }).expect(200);
    expect(ids(res).length).toBeGreaterThan(0);
    const open: { id: string }[] = await t.dataSource.query(`SELECT id FROM offers WHERE status = 'published' AND id = ANY($1::uuid[])`, [ids(res)]);
    expect(open).toHaveLength(ids(res).length);
  });
});
