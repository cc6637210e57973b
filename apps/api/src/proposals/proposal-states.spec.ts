import request from 'supertest';
import { createTestApp, TestApp } from '../../test/test-app';
import { createOffer, freshProposal, move, partnerRead, proposalWorld, ProposalWorld } from '../../test/proposals/proposal-world';

const HIRE = { to: 'hired', contract: 'tirocinio', startDate: '2026-12-01' };
const INTERVIEW = { to: 'interview_arranged', interview: { at: '2026-12-01T10:00:00Z', videoLink: 'https://meet.example.org/x' } };

/** Each illegal move answers 409 with the current state; wrong roles 403; out of scope 404. */
describe('proposals: state machine, roles and scope', () => {
  let t: TestApp;
  let w: ProposalWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    // Plenty of seats: every case below may hire on the same offer.
    await t.dataSource.query('UPDATE offers SET seats = 50 WHERE id = $1', [w.offer.id]);
  });
  afterAll(() => t.close());

  /** Walks a fresh offer proposal through legal moves (partner unless noted) and returns its id. */
  async function proposalIn(steps: ('view' | 'interested' | 'declined' | 'interview' | 'hired' | 'withdrawn')[], kind: 'offer' | 'course' = 'offer') {
    const { proposalId } = await freshProposal(t, w, kind);
    const partner = kind === 'offer' ? w.company.admin : w.trainingBody.admin;
    for (const step of steps) {
      const res =
        step === 'view'
          ? await partnerRead(t, partner, proposalId)
          : step === 'interested'
            ? await move(t, partner, 'partner', proposalId, { to: 'interested' })
            : step === 'declined'
              ? await move(t, partner, 'partner', proposalId, { to: 'declined', reason: 'skills_mismatch' })
              : step === 'interview'
                ? await move(t, partner, 'partner', proposalId, INTERVIEW)
                : step === 'hired'
                  ? await move(t, partner, 'partner', proposalId, HIRE)
                  : await move(t, w.counsellor, 'counsellor', proposalId, { to: 'withdrawn' });
      if (res.status !== 200) throw new Error(`${step} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return proposalId;
  }

  it.each([
    ['proposed', [], 'partner', { to: 'interested' }],
    ['proposed', [], 'partner', { to: 'declined', reason: 'other' }],
    ['proposed', [], 'counsellor', INTERVIEW],
    ['viewed', ['view'], 'partner', HIRE],
    ['viewed', ['view'], 'partner', { to: 'not_hired', reason: 'other' }],
    ['viewed', ['view'], 'counsellor', INTERVIEW],
    ['viewed', ['view'], 'partner', { to: 'viewed' }],
    ['interested', ['view', 'interested'], 'partner', HIRE],
    ['declined', ['view', 'declined'], 'partner', { to: 'interested' }],
    ['declined', ['view', 'declined'], 'counsellor', { to: 'withdrawn' }],
    ['interview_arranged', ['view', 'interested', 'interview'], 'partner', { to: 'interested' }],
    ['hired', ['view', 'interested', 'interview', 'hired'], 'counsellor', { to: 'withdrawn' }],
    ['hired', ['view', 'interested', 'interview', 'hired'], 'partner', { to: 'not_hired', reason: 'other' }],
    ['hired', ['view', 'interested', 'interview', 'hired'], 'counsellor', { to: 'completed' }],
    ['viewed', ['view'], 'partner', { to: 'enrolled' }],
    ['withdrawn', ['view', 'withdrawn'], 'partner', { to: 'interested' }],
    ['withdrawn', ['view', 'withdrawn'], 'counsellor', { to: 'withdrawn' }],
  ] as const)('offer %s (after %j), by the %s, %j: 409 with the current state', async (state, steps, side, body) => {
    const proposalId = await proposalIn([...steps]);
    const who = side === 'partner' ? w.company.member : w.counsellor;
    const res = await move(t, who, side, proposalId, body);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:ponte:problem:illegal-transition', currentState: state, to: body.to });
    const [{ state: stored }] = await t.dataSource.query('SELECT state FROM proposals WHERE id = $1', [proposalId]);
    expect(stored).toBe(state);
  });

  it.each([
    ['viewed', ['view'], { to: 'enrolled' }],
    ['interested', ['view', 'interested'], HIRE],
    ['interested', ['view', 'interested'], { to: 'completed' }],
  ] as const)('course %s (after %j), %j: 409 (courses enrol, they do not hire)', async (state, steps, body) => {
    const proposalId = await proposalIn([...steps], 'course');
    const res = await move(t, w.trainingBody.admin, 'partner', proposalId, body);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ currentState: state });
  });

  it('lets each side move only into its states (403), whatever the proposal', async () => {
    const proposalId = await proposalIn(['view', 'interested']);
    // The partner cannot withdraw; the counsellor cannot answer for the partner.
    expect((await move(t, w.company.admin, 'partner', proposalId, { to: 'withdrawn' })).status).toBe(403);
    for (const to of ['viewed', 'interested', 'declined']) {
      const res = await move(t, w.counsellor, 'counsellor', proposalId, { to, ...(to === 'declined' ? { reason: 'other' } : {}) });
      expect({ to, status: res.status }).toEqual({ to, status: 403 });
    }
    expect((await move(t, w.counsellor, 'counsellor', proposalId, { to: 'proposed' })).status).toBe(403);
    // Each side's routes are closed to the other, and to coordinators.
    expect((await move(t, w.company.admin, 'counsellor', proposalId, { to: 'withdrawn' })).status).toBe(403);
    expect((await move(t, w.counsellor, 'partner', proposalId, { to: 'interested' })).status).toBe(403);
    expect((await request(t.server).get(`/api/proposals/${proposalId}`).set('Authorization', w.company.admin.auth)).status).toBe(403);
    expect((await partnerRead(t, w.counsellor, proposalId)).status).toBe(403);
    expect((await partnerRead(t, w.coordinator, proposalId)).status).toBe(403);
    expect((await move(t, w.coordinator, 'counsellor', proposalId, { to: 'withdrawn' })).status).toBe(403);
    const [{ state }] = await t.dataSource.query('SELECT state FROM proposals WHERE id = $1', [proposalId]);
    expect(state).toBe('interested');
  });

  it('answers 404 outside the caller\'s organisation or networks, and for malformed ids', async () => {
    const proposalId = await proposalIn(['view']);
    expect((await partnerRead(t, w.otherCompany.admin, proposalId)).status).toBe(404);
    expect((await move(t, w.otherCompany.admin, 'partner', proposalId, { to: 'interested' })).status).toBe(404);
    expect((await partnerRead(t, w.trainingBody.member, proposalId)).status).toBe(404);
    expect((await request(t.server).get(`/api/proposals/${proposalId}`).set('Authorization', w.outsider.auth)).status).toBe(404);
    expect((await move(t, w.outsider, 'counsellor', proposalId, { to: 'withdrawn' })).status).toBe(404);
    expect((await request(t.server).post(`/api/proposals/${proposalId}/disclosure`).set('Authorization', w.outsider.auth)).status).toBe(404);
    expect((await partnerRead(t, w.company.admin, 'not-a-uuid')).status).toBe(404);
    expect((await partnerRead(t, w.company.admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // A colleague of the same network sees it.
    expect((await request(t.server).get(`/api/proposals/${proposalId}`).set('Authorization', w.colleague.auth)).status).toBe(200);
    const list = await request(t.server).get('/api/partner/proposals').set('Authorization', w.otherCompany.admin.auth);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(proposalId);
  });

  it('lists the organisation\'s proposals filtered by state, offer and course', async () => {
    const viewed = await proposalIn(['view']);
    const ids = async (query: string) =>
      (await request(t.server).get(`/api/partner/proposals${query}`).set('Authorization', w.company.member.auth)).body.items.map((p: { id: string }) => p.id);
    expect(await ids('?state=viewed&pageSize=100')).toContain(viewed);
    expect(await ids('?state=hired&pageSize=100')).not.toContain(viewed);
    expect(await ids(`?offerId=${w.offer.id}&pageSize=100`)).toContain(viewed);
    expect(await ids(`?offerId=${w.otherOffer.id}`)).toEqual([]);
    expect(await ids(`?courseId=${w.course.id}`)).toEqual([]);
    const page = await request(t.server).get('/api/partner/proposals?pageSize=1&page=2').set('Authorization', w.company.member.auth);
    expect(page.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.body.total).toBeGreaterThan(1);
    expect(page.body.items).toHaveLength(1);
    expect((await request(t.server).get('/api/partner/proposals?state=sold').set('Authorization', w.company.member.auth)).status).toBe(422);
  });

  it('refuses move bodies that do not fit the target state (422 naming the field)', async () => {
    const proposalId = await proposalIn(['view']);
    const declined = await move(t, w.company.admin, 'partner', proposalId, { to: 'declined' });
    expect(declined.status).toBe(422);
    expect(declined.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const extra = await move(t, w.company.admin, 'partner', proposalId, { to: 'interested', reason: 'other' });
    expect(extra.status).toBe(422);
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await move(t, w.company.admin, 'partner', proposalId, { to: 'declined', reason: 'too_old' })).status).toBe(422);
    expect((await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' })).status).toBe(200);
    const noPlace = await move(t, w.company.admin, 'partner', proposalId, { to: 'interview_arranged', interview: { at: '2026-12-01T10:00:00Z' } });
    expect(noPlace.status).toBe(422);
    expect(noPlace.body.errors).toEqual([expect.objectContaining({ field: 'interview.place' })]);
    expect((await move(t, w.company.admin, 'partner', proposalId, INTERVIEW)).status).toBe(200);
    const hire = await move(t, w.company.admin, 'partner', proposalId, { to: 'hired' });
    expect(hire.status).toBe(422);
    expect(hire.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contract', 'startDate']);
  });

  it('records the counsellor\'s outcomes too, and the partner a not-hired reason', async () => {
    const hiredByCounsellor = await proposalIn(['view', 'interested', 'interview']);
    const res = await move(t, w.counsellor, 'counsellor', hiredByCounsellor, { ...HIRE, contract: 'apprendistato' });
    expect(res.status).toBe(200);
    expect(res.body.history.at(-1)).toMatchObject({ state: 'hired', actorRole: 'counsellor', actorId: w.counsellor.user.id, details: { contract: 'apprendistato' } });
    const notHired = await proposalIn(['view', 'interested', 'interview']);
    const answered = await move(t, w.company.member, 'partner', notHired, { to: 'not_hired', reason: 'position_filled' });
    expect(answered.body).toMatchObject({ state: 'not_hired', reason: 'position_filled' });
    expect(answered.body.history.at(-1)).toEqual({ state: 'not_hired', at: expect.any(String), actorRole: 'partner_member' });
  });

  it('freezes the proposals of a suspended organisation, except withdrawals', async () => {
    const viewed = await proposalIn(['view']);
    const { proposalId: unread } = await freshProposal(t, w);
    await t.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [w.company.organisation.id]);
    try {
      const frozen = await move(t, w.company.admin, 'partner', viewed, { to: 'interested' });
      expect(frozen.status).toBe(409);
      expect(frozen.body).toMatchObject({ type: 'urn:ponte:problem:organisation-suspended', organisationStatus: 'suspended', currentState: 'viewed' });
      expect((await move(t, w.counsellor, 'counsellor', viewed, INTERVIEW)).status).toBe(409);
      // Reading does not mark it viewed while frozen.
      expect((await partnerRead(t, w.company.admin, unread)).body.state).toBe('proposed');
      expect((await move(t, w.counsellor, 'counsellor', viewed, { to: 'withdrawn' })).status).toBe(200);
      // Nothing new can be proposed to it either.
      const offer = await createOffer(t, w.company.organisation, { title: 'Altra offerta' });
      const entry = await request(t.server)
        .post(`/api/profiles/${w.profile.id}/shortlist`)
        .set('Authorization', w.counsellor.auth)
        .send({ kind: 'offer', targetId: offer.id, source: 'search' });
      expect(entry.status).toBe(422);
    } finally {
      await t.dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [w.company.organisation.id]);
    }
    expect((await move(t, w.company.admin, 'partner', viewed, { to: 'interested' })).body.currentState).toBe('withdrawn');
  });

  it('audits every move with ids and codes only', async () => {
    const proposalId = await proposalIn(['view', 'declined']);
    const rows: { action: string; actor_role: string; details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT action, actor_role, details FROM audit_log WHERE target_type = 'proposal' AND target_id = $1 ORDER BY id`,
      [proposalId],
    );
    expect(rows.map((r) => [r.action, r.actor_role])).toEqual(
      expect.arrayContaining([
        ['proposal.create', 'counsellor'],
        ['proposal.viewed', 'partner_admin'],
        ['proposal.declined', 'partner_admin'],
      ]),
    );
    expect(rows.find((r) => r.action === 'proposal.declined')?.details).toEqual({ from: 'viewed', reason: 'skills_mismatch' });
  });
});
