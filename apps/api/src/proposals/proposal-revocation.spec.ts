import { consentRevokedJobId, QUEUES, safetyChangedJobId, type ConsentRevokedJob } from '@ponte/jobs';
import { withdrawForRevokedConsent, withdrawForSafety } from '@ponte/proposals';
import request from 'supertest';
import { COMUNI, createProfile } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { freshProposal, move, partnerRead, proposalWorld, ProposalWorld, proposeWithConsents, queueOf } from '../../test/proposals/proposal-world';

/**
 * Revoking a consent hides the card at the commit (partner reads check it) and withdraws the
 * open proposals when the proposals job runs (driven here with the job's own data from Redis).
 */
describe('proposals: consent revocation, safety changes, withdrawal and erasure', () => {
  let t: TestApp;
  let w: ProposalWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    await t.dataSource.query('UPDATE offers SET seats = 50 WHERE id = $1', [w.offer.id]);
  });
  afterAll(() => t.close());

  const consentId = async (profileId: string, kind: string, organisationId: string | null) =>
    (
      await t.dataSource.query(
        `SELECT id FROM consents WHERE profile_id = $1 AND kind = $2 AND organisation_id IS NOT DISTINCT FROM $3 AND revoked_at IS NULL`,
        [profileId, kind, organisationId],
      )
    )[0].id as string;
  const revoke = (profileId: string, id: string) =>
    request(t.server).post(`/api/profiles/${profileId}/consents/${id}/revoke`).set('Authorization', w.counsellor.auth).expect(200);
  const stateOf = async (proposalId: string) =>
    (await t.dataSource.query('SELECT state, withdrawn_cause AS cause FROM proposals WHERE id = $1', [proposalId]))[0];
  const partnerList = async () =>
    (await request(t.server).get('/api/partner/proposals').set('Authorization', w.company.admin.auth)).body.items.map((p: { id: string }) => p.id);

  /** The job the revocation enqueued, run as the proposals worker runs it. */
  async function runRevocationJob(id: string): Promise<number> {
    const job = await queueOf(t, QUEUES.proposals).getJob(consentRevokedJobId(id));
    expect(job).toBeDefined();
    return (await t.dataSource.transaction((m) => withdrawForRevokedConsent(m, job?.data as ConsentRevokedJob))).length;
  }

  it('share_card revoked: the partner loses the card at once, the open proposal is withdrawn, other organisations\' stay', async () => {
    const profile = await createProfile(t, w.counsellor);
    const proposalId = await proposeWithConsents(t, w.counsellor, profile.id, { kind: 'offer', id: w.offer.id, organisationId: w.company.organisation.id });
    const otherId = await proposeWithConsents(t, w.counsellor, profile.id, { kind: 'offer', id: w.otherOffer.id, organisationId: w.otherCompany.organisation.id });
    expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(200);
    const shareCard = await consentId(profile.id, 'share_card', w.company.organisation.id);
    await revoke(profile.id, shareCard);

    // Before any worker ran: 404 on read, on answers, gone from the list and from notifications.
    expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(404);
    expect((await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' })).status).toBe(404);
    expect(await partnerList()).not.toContain(proposalId);
    const notes = await request(t.server).get('/api/notifications').set('Authorization', w.company.member.auth);
    expect(notes.body.items.map((n: { targetId: string }) => n.targetId)).not.toContain(proposalId);

    expect(await runRevocationJob(shareCard)).toBe(1);
    expect(await stateOf(proposalId)).toEqual({ state: 'withdrawn', cause: 'consent_revoked' });
    expect(await stateOf(otherId)).toEqual({ state: 'proposed', cause: null });
    expect((await partnerRead(t, w.otherCompany.admin, otherId)).status).toBe(200);
    // Idempotent: a replay withdraws nothing more.
    expect(await runRevocationJob(shareCard)).toBe(0);
    // The counsellor sees why; the history says it was the system.
    const view = await request(t.server).get(`/api/proposals/${proposalId}`).set('Authorization', w.counsellor.auth);
    expect(view.body).toMatchObject({ state: 'withdrawn', withdrawnCause: 'consent_revoked' });
    expect(view.body.history.at(-1)).toMatchObject({ state: 'withdrawn', actorRole: 'system', details: { cause: 'consent_revoked', from: 'viewed' } });
    const [audit] = await t.dataSource.query(`SELECT actor_role FROM audit_log WHERE action = 'proposal.withdraw' AND target_id = $1`, [proposalId]);
    expect(audit).toEqual({ actor_role: 'system' });
    // Even with a new consent, the withdrawn proposal stays hidden from the partner.
    await request(t.server)
      .post(`/api/profiles/${profile.id}/consents`)
      .set('Authorization', w.counsellor.auth)
      .send({ kind: 'share_card', organisationId: w.company.organisation.id, basis: 'signed_form' })
      .expect(201);
    expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(404);
  });

  it('matching revoked: every open proposal is withdrawn; a hire stays a hire but the partner no longer sees the card', async () => {
    const { profileId, proposalId: hiredId } = await freshProposal(t, w);
    await partnerRead(t, w.company.admin, hiredId);
    await move(t, w.company.admin, 'partner', hiredId, { to: 'interested' }).expect(200);
    await move(t, w.company.admin, 'partner', hiredId, { to: 'interview_arranged', interview: { at: '2026-12-01T09:00:00Z', place: 'Sede' } }).expect(200);
    await move(t, w.company.admin, 'partner', hiredId, { to: 'hired', contract: 'tempo_determinato', startDate: '2026-12-15' }).expect(200);
    const openId = await proposeWithConsents(t, w.counsellor, profileId, { kind: 'course', id: w.course.id, organisationId: w.trainingBody.organisation.id });

    const matching = await consentId(profileId, 'matching', null);
    await revoke(profileId, matching);
    expect((await partnerRead(t, w.trainingBody.admin, openId)).status).toBe(404);
    expect((await partnerRead(t, w.company.admin, hiredId)).status).toBe(404);
    expect(await runRevocationJob(matching)).toBe(1);
    expect(await stateOf(openId)).toEqual({ state: 'withdrawn', cause: 'consent_revoked' });
    expect(await stateOf(hiredId)).toEqual({ state: 'hired', cause: null });
  });

  it('a new block withdraws the open proposals to that organisation (safety) in its own transaction, hidden from the partner at once', async () => {
    const { profileId, proposalId } = await freshProposal(t, w);
    await request(t.server)
      .put(`/api/profiles/${profileId}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({ exclusions: [], blockedOrganisations: [w.company.organisation.id] })
      .expect(200);
    expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(404);
    expect(await stateOf(proposalId)).toEqual({ state: 'withdrawn', cause: 'safety' });
    // The worker's job is still queued as the safety net, and finds nothing left to do.
    const [{ version }] = await t.dataSource.query('SELECT version FROM profiles WHERE id = $1', [profileId]);
    expect(await queueOf(t, QUEUES.proposals).getJob(safetyChangedJobId(profileId, version))).toBeDefined();
    expect(await t.dataSource.transaction((m) => withdrawForSafety(m, profileId))).toEqual([]);
  });

  it('a new exclusion area covering the offer withdraws it in the same transaction: no read right after shows the card', async () => {
    // The world's offer is in Sesto San Giovanni; other organisations' proposals elsewhere stay.
    for (let round = 0; round < 5; round++) {
      const { profileId, proposalId } = await freshProposal(t, w);
      expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(200);
      await request(t.server)
        .put(`/api/profiles/${profileId}/safety`)
        .set('Authorization', w.counsellor.auth)
        .send({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 1 }], blockedOrganisations: [] })
        .expect(200);
      // No worker runs here: only the change's own transaction can have withdrawn it.
      const after = await Promise.all([w.company.admin, w.company.member, w.company.admin].map((who) => partnerRead(t, who, proposalId)));
      expect(after.map((r) => r.status)).toEqual([404, 404, 404]);
      expect(await stateOf(proposalId)).toEqual({ state: 'withdrawn', cause: 'safety' });
      const list = await request(t.server).get('/api/partner/proposals?pageSize=100').set('Authorization', w.company.admin.auth).expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(proposalId);
    }
  });

  it('a counsellor\'s withdrawal stays visible to the partner, who is told in-app', async () => {
    const { proposalId } = await freshProposal(t, w);
    await move(t, w.counsellor, 'counsellor', proposalId, { to: 'withdrawn' }).expect(200);
    const read = await partnerRead(t, w.company.member, proposalId);
    expect(read.body).toMatchObject({ state: 'withdrawn' });
    const notes = await request(t.server).get('/api/notifications?unread=true').set('Authorization', w.company.member.auth);
    expect(notes.body.items.filter((n: { targetId: string }) => n.targetId === proposalId).map((n: { kind: string }) => n.kind).sort()).toEqual([
      'proposal_received',
      'proposal_withdrawn',
    ]);
  });

  it('erasure removes every proposal, shortlist and notification row about her; the anonymous counters stay', async () => {
    const { profileId, proposalId } = await freshProposal(t, w);
    await partnerRead(t, w.company.admin, proposalId);
    await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' }).expect(200);
    const before = await t.dataSource.query(`SELECT event, sum(count)::int AS n FROM indicator_counts WHERE network_id = $1 GROUP BY event ORDER BY event`, [w.network.id]);
    await request(t.server).delete(`/api/profiles/${profileId}?reason=woman_request`).set('Authorization', w.counsellor.auth).expect(204);

    const left = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM proposals WHERE profile_id = $1)::int AS proposals,
              (SELECT count(*) FROM proposal_history WHERE proposal_id = $2)::int AS history,
              (SELECT count(*) FROM shortlist_entries WHERE profile_id = $1)::int AS shortlist,
              (SELECT count(*) FROM notifications WHERE target_id = $2)::int AS notifications`,
      [profileId, proposalId],
    );
    expect(left).toEqual([{ proposals: 0, history: 0, shortlist: 0, notifications: 0 }]);
    expect((await partnerRead(t, w.company.admin, proposalId)).status).toBe(404);
    const after = await t.dataSource.query(`SELECT event, sum(count)::int AS n FROM indicator_counts WHERE network_id = $1 GROUP BY event ORDER BY event`, [w.network.id]);
    for (const row of before) expect(after.find((a: { event: string }) => a.event === row.event)?.n).toBeGreaterThanOrEqual(row.n);
    expect(after.find((a: { event: string }) => a.event === 'proposal_sent')?.n).toBeGreaterThan(0);
  });
});
