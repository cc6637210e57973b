import { JOBS, recomputeCourseJobId, recomputeOfferJobId, recomputeProfileJobId } from '@ponte/jobs';
import { unpackOfferExplanation } from '@ponte/matching';
import type { MatchPrecomputer } from '@ponte/matching-adapter';
import request from 'supertest';
import { createCourse, createOffer, inDays, proposalWorld, recordConsent, type ProposalWorld } from '../../test/proposals/proposal-world';
import { COMUNI, createProfile, SKILLS } from '../../test/profiles/profile-fixtures';
import { createOrganisation, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { getMatches, ids, matchingQueue, runMatchingJobs, testPrecomputer } from '../../test/matching/match-world';

describe('matches: precomputation through the jobs, and reads that never serve anything stale', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let precomputer: MatchPrecomputer;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    precomputer = testPrecomputer(t);
  }, 60_000);
  afterAll(() => t.close());

  /** A profile of the counsellor with a matching consent, its jobs run: her lists are stored. */
  async function matchedProfile(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await createProfile(t, w.counsellor, overrides);
    await recordConsent(t, w.counsellor, id, 'matching');
    await runMatchingJobs(t, precomputer);
    return id;
  }
  const storedRow = async (profileId: string, targetId: string) =>
    (
      await t.dataSource.query(
        `SELECT profile_version AS "profileVersion", target_version AS "targetVersion", score::float8 AS score, explanation
         FROM matches WHERE profile_id = $1 AND target_id = $2`,
        [profileId, targetId],
      )
    )[0];

  it('a profile change queues its job; the job stores her ranked offers and courses with score, explanation and versions', async () => {
    const { id } = await createProfile(t, w.counsellor);
    await recordConsent(t, w.counsellor, id, 'matching');
    const job = await matchingQueue(t).getJob(recomputeProfileJobId(id, 2));
    expect(job).toMatchObject({ name: JOBS.matching.recomputeProfile, data: { profileId: id, version: 2 } });
    const { names } = await runMatchingJobs(t, precomputer);
    expect(names).toContain(JOBS.matching.recomputeProfile);

    const row = await storedRow(id, w.offer.id);
    expect(row).toMatchObject({ profileVersion: 2, targetVersion: w.offer.version });
    // Stored packed (the prefix-less URI, no derived list), answered as the engine explained it.
    expect(row.explanation.skills.map((s: unknown[]) => s[0])).toContain(`xe${SKILLS.domesticCare.slice(SKILLS.domesticCare.lastIndexOf('/') + 1)}`);
    expect(row.explanation.missingEssential).toBeUndefined();
    const explained = unpackOfferExplanation(row.explanation);
    expect(explained.points.skills).toBeGreaterThan(0);
    expect(explained.skills).toContainEqual(expect.objectContaining({ uri: SKILLS.domesticCare, essential: true, tier: 'exact', credit: 1 }));
    expect(explained.maxPoints).toMatchObject({ skills: 55, use: 25, occupation: 10 });
    expect(explained.missingEssential).toEqual([SKILLS.assistCustomers]);

    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(res.body).toMatchObject({ stale: false, recomputing: false, profileVersion: 2, page: 1, pageSize: 20 });
    expect(ids(res)).toEqual(expect.arrayContaining([w.offer.id, w.otherOffer.id]));
    const first = res.body.items[0];
    expect(first).toMatchObject({ kind: 'offer', rank: 1, listing: { title: expect.any(String), organisation: { id: expect.any(String) } } });
    expect(first.score).toBe(row.score);
    expect(first.explanation.km).toBeGreaterThan(0);
    expect(res.body.items.find((item: { listing: { id: string } }) => item.listing.id === w.offer.id).explanation).toEqual(explained);
    // Hard-filter diagnostics of the computation are part of the answer.
    expect(res.body.filtered).toEqual(expect.any(Object));

    const courses = await getMatches(t, w.counsellor, id, { kind: 'course' }).expect(200);
    expect(ids(courses)).toEqual([w.course.id]);
    expect(courses.body.items[0].explanation.closes).toEqual([SKILLS.assistCustomers]);
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'match.read' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [id]);
    expect(audit.details).toMatchObject({ kind: 'course', total: 1 });
  });

  it('a stale list is never served: after a change only current results show, flagged stale, and a recompute is queued', async () => {
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(w.offer.id);
    await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ weeklyHours: 30 }).expect(200);
    await matchingQueue(t).obliterate({ force: true }); // as if Redis lost the profile's job
    const stale = await getMatches(t, w.counsellor, id).expect(200);
    expect(stale.body).toMatchObject({ items: [], total: 0, stale: true, recomputing: true, profileVersion: 3, computedAt: null });
    // The read queued the job of the current version itself.
    expect(await matchingQueue(t).getJob(recomputeProfileJobId(id, 3))).toBeDefined();
    await runMatchingJobs(t, precomputer);
    const fresh = await getMatches(t, w.counsellor, id).expect(200);
    expect(fresh.body).toMatchObject({ stale: false, recomputing: false, profileVersion: 3 });
    expect(ids(fresh)).toContain(w.offer.id);
    expect((await storedRow(id, w.offer.id)).explanation.schedule).toMatchObject({ profileHours: 30 });
  });

  it('an offer whose version moved on is left out (stale) until its own job stores the current version', async () => {
    const offer = await createOffer(t, w.company.organisation, { title: 'Assistente domiciliare, turno del mattino' });
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(offer.id);
    await t.dataSource.query('UPDATE offers SET version = version + 1, seats = 3 WHERE id = $1', [offer.id]);
    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(ids(res)).not.toContain(offer.id);
    expect(res.body).toMatchObject({ stale: true, recomputing: true });
    expect(await matchingQueue(t).getJob(recomputeOfferJobId(offer.id, offer.version + 1))).toBeDefined();
    await runMatchingJobs(t, precomputer);
    expect(await storedRow(id, offer.id)).toMatchObject({ targetVersion: offer.version + 1 });
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(offer.id);
  });

  it('an offer published through the API reaches the fitting profiles by its job, and only them', async () => {
    const fitting = await matchedProfile();
    const farAway = await matchedProfile({ homeComune: COMUNI.abbiategrasso, maxCommuteKm: 5 });
    const created = await request(t.server)
      .post('/api/offers')
      .set('Authorization', w.company.admin.auth)
      .send({
        title: 'Addetta all\'assistenza familiare',
        description: 'Assistenza a domicilio, con tutor nelle prime settimane.',
        essentialSkills: [SKILLS.domesticCare],
        optionalSkills: [SKILLS.cleanSurfaces],
        workMode: 'on_site',
        comune: COMUNI.sesto,
        weeklyHours: 25,
        shifts: ['morning'],
        contract: 'tempo_indeterminato',
        seats: 1,
        deadline: inDays(30),
        accommodations: ['flexible_hours', 'childcare'],
      })
      .expect(201);
    await request(t.server).post(`/api/offers/${created.body.id}/publish`).set('Authorization', w.company.admin.auth).expect(200);
    expect(await matchingQueue(t).getJob(recomputeOfferJobId(created.body.id, 2))).toMatchObject({ data: { offerId: created.body.id, version: 2 } });
    await runMatchingJobs(t, precomputer);
    expect(ids(await getMatches(t, w.counsellor, fitting))).toContain(created.body.id);
    expect(ids(await getMatches(t, w.counsellor, farAway))).not.toContain(created.body.id);
    expect(await storedRow(farAway, created.body.id)).toBeUndefined();
  });

  it('a closed offer is gone from the API at once, before any job, and its job removes the stored rows', async () => {
    const offer = await createOffer(t, w.company.organisation, { title: 'Assistente domiciliare, chiusura' });
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(offer.id);
    await request(t.server).post(`/api/offers/${offer.id}/close`).set('Authorization', w.company.admin.auth).expect(200);
    expect(ids(await getMatches(t, w.counsellor, id))).not.toContain(offer.id);
    expect(await storedRow(id, offer.id)).toBeDefined(); // the worker has not run yet
    await runMatchingJobs(t, precomputer);
    expect(await storedRow(id, offer.id)).toBeUndefined();
  });

  it('a closed course queues its job and leaves the course lists, at once and in storage', async () => {
    const course = await createCourse(t, w.trainingBody.organisation, { title: 'Assistenza clienti, modulo serale' });
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id, { kind: 'course' }))).toContain(course.id);
    const closed = await request(t.server).post(`/api/courses/${course.id}/close`).set('Authorization', w.trainingBody.admin.auth).expect(200);
    expect(await matchingQueue(t).getJob(recomputeCourseJobId(course.id, closed.body.version))).toMatchObject({ name: JOBS.matching.recomputeCourse });
    expect(ids(await getMatches(t, w.counsellor, id, { kind: 'course' }))).not.toContain(course.id);
    await runMatchingJobs(t, precomputer);
    expect(await storedRow(id, course.id)).toBeUndefined();
  });

  it('a suspended organisation disappears from every list at once; its job deletes the rows; reinstated, it comes back', async () => {
    const company = await createOrganisation(t, { legalName: 'Servizi alla Persona S.r.l.' });
    const offer = await createOffer(t, company, { title: 'Assistente familiare, part time' });
    const coordinator = await signedInUser(t, 'coordinator');
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(offer.id);
    const decide = (decision: string) =>
      request(t.server).post(`/api/organisations/${company.id}/vetting-decisions`).set('Authorization', coordinator.auth).send({ decision, reason: 'Verifica.' });
    await decide('suspend').expect(201);
    expect(ids(await getMatches(t, w.counsellor, id))).not.toContain(offer.id);
    await runMatchingJobs(t, precomputer);
    expect(await storedRow(id, offer.id)).toBeUndefined();
    await decide('reinstate').expect(201);
    await runMatchingJobs(t, precomputer);
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(offer.id);
  });

  it('an exclusion area hides the offers inside it at once, and the recomputation keeps them out', async () => {
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toEqual(expect.arrayContaining([w.offer.id]));
    await request(t.server)
      .put(`/api/profiles/${id}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 3 }], blockedOrganisations: [] })
      .expect(200);
    expect(ids(await getMatches(t, w.counsellor, id))).not.toContain(w.offer.id);
    await runMatchingJobs(t, precomputer);
    const after = await getMatches(t, w.counsellor, id).expect(200);
    expect(after.body.stale).toBe(false);
    expect(ids(after)).not.toContain(w.offer.id);
    // Never counted apart (rule 2): with the listings not open, one count that says nothing of where.
    expect(Object.keys(after.body.filtered)).not.toContain('exclusion_area');
    expect(after.body.filtered.unavailable).toBeGreaterThan(0);
  });

  it('counts excluded and blocked offers in no reason of their own, in the answer nor in the stored list', async () => {
    const id = await matchedProfile();
    const before = (await getMatches(t, w.counsellor, id).expect(200)).body.filtered;
    await request(t.server)
      .put(`/api/profiles/${id}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 3 }], blockedOrganisations: [w.otherCompany.organisation.id] })
      .expect(200);
    await runMatchingJobs(t, precomputer);
    const after = (await getMatches(t, w.counsellor, id).expect(200)).body.filtered;
    const [stored] = await t.dataSource.query('SELECT filtered FROM match_states WHERE profile_id = $1', [id]);
    for (const counts of [after, stored.filtered]) {
      expect(Object.keys(counts).every((reason) => ['beyond_commute', 'schedule', 'language', 'eqf', 'unavailable'].includes(reason))).toBe(true);
    }
    expect(after).toEqual(stored.filtered);
    expect(after.unavailable).toBeGreaterThan(before.unavailable ?? 0);
  });

  it('the read re-checks her constraints itself: a block that reached the table without a recomputation still hides the offer', async () => {
    const id = await matchedProfile();
    expect(ids(await getMatches(t, w.counsellor, id))).toContain(w.otherOffer.id);
    // Defence in depth: the row, the versions and the list are current; only the constraint is new.
    await t.dataSource.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [id, w.otherCompany.organisation.id]);
    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(ids(res)).not.toContain(w.otherOffer.id);
    expect(ids(res)).toContain(w.offer.id);
    await t.dataSource.query(`INSERT INTO profile_exclusions (profile_id, comune, radius_km) VALUES ($1, $2, 2)`, [id, COMUNI.sesto]);
    expect(ids(await getMatches(t, w.counsellor, id))).not.toContain(w.offer.id);
  });

  it('without an active matching consent there are no matches: at once on revocation, and the job deletes them', async () => {
    const id = await matchedProfile();
    expect((await getMatches(t, w.counsellor, id)).body.total).toBeGreaterThan(0);
    const [{ id: consentId }] = await t.dataSource.query(`SELECT id FROM consents WHERE profile_id = $1 AND kind = 'matching'`, [id]);
    await request(t.server).post(`/api/profiles/${id}/consents/${consentId}/revoke`).set('Authorization', w.counsellor.auth).expect(200);
    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0, unavailable: 'matching_consent_missing', stale: false });
    await runMatchingJobs(t, precomputer);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM matches WHERE profile_id = $1', [id]);
    expect(count).toBe(0);
    const [state] = await t.dataSource.query('SELECT eligible FROM match_states WHERE profile_id = $1', [id]);
    expect(state).toEqual({ eligible: false });
  });

  it('a profile never consented is never computed', async () => {
    const { id } = await createProfile(t, w.counsellor);
    await runMatchingJobs(t, precomputer);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM matches WHERE profile_id = $1', [id]);
    expect(count).toBe(0);
    expect((await getMatches(t, w.counsellor, id).expect(200)).body.unavailable).toBe('matching_consent_missing');
  });

  it('filters: minimum score, radius around her home or a comune, contract; pages', async () => {
    const id = await matchedProfile();
    const all = await getMatches(t, w.counsellor, id).expect(200);
    const scores: number[] = all.body.items.map((i: { score: number }) => i.score);
    const cut = scores[Math.floor(scores.length / 2)];
    const above = await getMatches(t, w.counsellor, id, { minScore: cut }).expect(200);
    expect(above.body.items.every((i: { score: number }) => i.score >= cut)).toBe(true);
    expect((await getMatches(t, w.counsellor, id, { radiusKm: 3 }).expect(200)).body.total).toBe(0); // Sesto is ~8 km from Milano
    expect((await getMatches(t, w.counsellor, id, { radiusKm: 2, comune: COMUNI.sesto }).expect(200)).body.total).toBe(all.body.total);
    expect((await getMatches(t, w.counsellor, id, { contract: 'tirocinio' }).expect(200)).body.total).toBe(0);
    expect((await getMatches(t, w.counsellor, id, { contract: 'tempo_indeterminato,tirocinio' }).expect(200)).body.total).toBe(all.body.total);
    const second = await getMatches(t, w.counsellor, id, { page: 2, pageSize: 1 }).expect(200);
    expect(second.body.items.map((i: { rank: number }) => i.rank)).toEqual([2]);
    const bad = await getMatches(t, w.counsellor, id, { kind: 'course', contract: 'tirocinio' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['contract']);
    expect((await getMatches(t, w.counsellor, id, { kind: 'job' }).expect(422)).body.errors[0].field).toBe('kind');
  });

  it('scope: another network\'s counsellor gets 404, partners 404 (never a 403 that confirms the route), malformed ids 404', async () => {
    const id = await matchedProfile();
    await getMatches(t, w.outsider, id).expect(404);
    await getMatches(t, w.company.admin, id).expect(404);
    await request(t.server).get('/api/profiles/not-a-uuid/matches').set('Authorization', w.counsellor.auth).expect(404);
    await getMatches(t, w.colleague, id).expect(200);
  });
});
