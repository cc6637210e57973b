import { MatchCache, MatchPrecomputer } from '@ponte/matching-adapter';
import request from 'supertest';
import { COMUNI, createProfile, SKILLS } from '../../test/profiles/profile-fixtures';
import { tablesContaining } from '../../test/profiles/scan-database';
import { createOffer, proposalWorld, recordConsent, type ProposalWorld } from '../../test/proposals/proposal-world';
import { createOrganisation } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { getMatches, ids, runMatchingJobs, testPrecomputer } from '../../test/matching/match-world';

describe('matches: why-not, new-match notifications, erasure', () => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  async function matchedProfile(precomputer = testPrecomputer(t)): Promise<{ id: string; pseudonymCode: string }> {
    const profile = await createProfile(t, w.counsellor);
    await recordConsent(t, w.counsellor, profile.id, 'matching');
    await runMatchingJobs(t, precomputer);
    return profile;
  }
  const whyNot = (profileId: string, offerId: string, who = w.counsellor) =>
    request(t.server).get(`/api/profiles/${profileId}/matches/why-not/${offerId}`).set('Authorization', who.auth);

  describe('why-not', () => {
    it('names the hard filter that removes an offer she expected', async () => {
      const { id } = await matchedProfile();
      const far = await createOffer(t, w.company.organisation, { comune: COMUNI.abbiategrasso });
      const night = await createOffer(t, w.company.organisation, { shifts: ['night'] });
      const german = await createOffer(t, w.company.organisation, { languages: [{ code: 'de', cefr: 'B1' }] });
      expect((await whyNot(id, far.id).expect(200)).body).toEqual({ offerId: far.id, passed: false, reason: 'beyond_commute' });
      expect((await whyNot(id, night.id).expect(200)).body).toMatchObject({ passed: false, reason: 'schedule' });
      expect((await whyNot(id, german.id).expect(200)).body).toMatchObject({ passed: false, reason: 'language' });
      const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'match.read' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [id]);
      expect(audit.details).toEqual({ view: 'why_not', offerId: german.id, passed: false, reason: 'language' });
    });

    it('answers her own constraints by their code: a blocked organisation, an exclusion area', async () => {
      const { id } = await matchedProfile();
      await request(t.server)
        .put(`/api/profiles/${id}/safety`)
        .set('Authorization', w.counsellor.auth)
        .send({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 1 }], blockedOrganisations: [w.otherCompany.organisation.id] })
        .expect(200);
      expect((await whyNot(id, w.otherOffer.id).expect(200)).body).toMatchObject({ passed: false, reason: 'exclusion_area' });
      const inRho = await createOffer(t, w.otherCompany.organisation, { comune: COMUNI.rho });
      expect((await whyNot(id, inRho.id).expect(200)).body).toMatchObject({ passed: false, reason: 'organisation_blocked' });
    });

    it('for a passing offer: its score, explanation and place in her list, or that it ranks below the stored cut', async () => {
      const narrow = new MatchPrecomputer(t.dataSource, new MatchCache({ checkEveryMs: 0, rebuildEveryMs: 0 }), { offerLimit: 1 });
      const weaker = await createOffer(t, w.company.organisation, { essentialSkills: [SKILLS.domesticCare, SKILLS.wordProcessing, SKILLS.sewFabric], optionalSkills: [] });
      const { id } = await matchedProfile(narrow);
      const res = await getMatches(t, w.counsellor, id).expect(200);
      expect(res.body.total).toBe(1);
      const best = res.body.items[0];
      expect((await whyNot(id, best.listing.id).expect(200)).body).toMatchObject({ passed: true, rank: 1, score: best.score });
      const below = (await whyNot(id, weaker.id).expect(200)).body;
      expect(below).toMatchObject({ passed: true, belowCut: true });
      expect(below.score).toBeLessThan(best.score);
      expect(below.explanation.missingEssential).toEqual([SKILLS.wordProcessing, SKILLS.sewFabric]);
    });

    it('never reveals an offer she may not see: closed, draft or of a suspended organisation is 404, like a missing one', async () => {
      const { id } = await matchedProfile();
      const closed = await createOffer(t, w.company.organisation, { status: 'closed' });
      const draft = await createOffer(t, w.company.organisation, { status: 'draft', publishedAt: null });
      const suspended = await createOffer(t, await createOrganisation(t, { status: 'suspended' }));
      for (const offer of [closed, draft, suspended]) await whyNot(id, offer.id).expect(404);
      await whyNot(id, '7f1c3a9e-0000-4000-8000-000000000000').expect(404);
      await whyNot(id, w.offer.id, w.outsider).expect(404);
      await whyNot(id, w.offer.id, w.company.admin).expect(404);
    });

    it('without a matching consent the reason is the missing consent', async () => {
      const { id } = await createProfile(t, w.counsellor);
      expect((await whyNot(id, w.offer.id).expect(200)).body).toEqual({ offerId: w.offer.id, passed: false, reason: 'matching_consent_missing' });
    });
  });

  describe('new-match notifications', () => {
    const notifications = async (profileId: string) =>
      t.dataSource.query(`SELECT recipient_id AS "recipientId", kind, target_type AS "targetType", read_at AS "readAt" FROM notifications WHERE target_id = $1`, [profileId]);

    it('once per new offer above the threshold, never on a recompute, and none while one is unread', async () => {
      const precomputer = testPrecomputer(t, 50);
      const { id, pseudonymCode } = await matchedProfile(precomputer);
      expect(await notifications(id)).toEqual([{ recipientId: w.counsellor.user.id, kind: 'new_matches', targetType: 'profile', readAt: null }]);
      // A recompute of the same list: no new offer id, no notification.
      await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ weeklyHours: 26 }).expect(200);
      await runMatchingJobs(t, precomputer);
      expect(await notifications(id)).toHaveLength(1);

      const list = await request(t.server).get('/api/notifications').set('Authorization', w.counsellor.auth).expect(200);
      const mine = list.body.items.find((n: { targetId: string }) => n.targetId === id);
      // One new_matches notification so far: its item groups one.
      expect(mine).toMatchObject({ kind: 'new_matches', targetType: 'profile', pseudonymCode, link: `/profiles/${id}/matches`, count: 1 });
      // Nothing else about her: the notification is a kind, a code, a link and how many it groups.
      expect(Object.keys(mine).sort()).toEqual(['count', 'createdAt', 'id', 'kind', 'link', 'pseudonymCode', 'readAt', 'targetId', 'targetType']);
      expect((await request(t.server).get('/api/notifications').set('Authorization', w.colleague.auth)).body.items.some((n: { targetId: string }) => n.targetId === id)).toBe(false);

      // Read, then a new high offer: one more.
      await request(t.server).post(`/api/notifications/${mine.id}/read`).set('Authorization', w.counsellor.auth).expect(204);
      const fresh = await createOffer(t, w.company.organisation, { title: 'Assistente familiare, nuova sede' });
      await precomputer.recomputeOffer(fresh.id);
      expect(ids(await getMatches(t, w.counsellor, id))).toContain(fresh.id);
      expect(await notifications(id)).toHaveLength(2);
      // The same offer recomputed again: no third.
      await precomputer.recomputeOffer(fresh.id);
      expect(await notifications(id)).toHaveLength(2);
    });

    it('nothing below the threshold', async () => {
      const { id } = await matchedProfile(testPrecomputer(t, 99));
      expect(await notifications(id)).toEqual([]);
    });
  });

  it('erasure removes her matches, list state, notices and notifications: nothing names her afterwards', async () => {
    const { id, pseudonymCode } = await matchedProfile(testPrecomputer(t, 50));
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM matches WHERE profile_id = $1', [id]);
    expect(count).toBeGreaterThan(0);
    await request(t.server).delete(`/api/profiles/${id}`).query({ reason: 'woman_request' }).set('Authorization', w.counsellor.auth).expect(204);
    expect(await tablesContaining(t.dataSource, id)).toEqual({ audit_log: expect.any(Number) });
    expect(await tablesContaining(t.dataSource, pseudonymCode)).toEqual({});
  });
});
