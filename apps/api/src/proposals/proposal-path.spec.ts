import { followUpJobId, QUEUES } from '@ponte/jobs';
import { remindFollowUp } from '@ponte/proposals';
import request, { Response } from 'supertest';
import { createProfile, EARLIEST_START } from '../../test/profiles/profile-fixtures';
import type { SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { proposalWorld, ProposalWorld, proposeWithConsents, queueOf, recordConsent, shortlist } from '../../test/proposals/proposal-world';

/**
 * The whole path on the real API, for an offer and for a course: shortlist, consents,
 * proposal, the partner's card, interest, interview, identity disclosure, hire or enrolment,
 * and the 3-month follow-up driven through its delayed job. Every partner response body is kept
 * and searched for what must never reach a partner.
 */
describe('proposals: the whole path', () => {
  let t: TestApp;
  let w: ProposalWorld;
  const partnerBodies: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
  });
  afterAll(() => t.close());

  /** A request by a partner user; its body is kept for the leak search. */
  async function asPartner(who: SignedIn, method: 'get' | 'post', path: string, body?: object): Promise<Response> {
    const req = request(t.server)[method](path).set('Authorization', who.auth);
    const res = method === 'post' ? await req.send(body ?? {}) : await req;
    partnerBodies.push(res.text);
    return res;
  }
  const asCounsellor = (method: 'get' | 'post', path: string, body?: object) => {
    const req = request(t.server)[method](path).set('Authorization', w.counsellor.auth);
    return method === 'post' ? req.send(body ?? {}) : req;
  };
  const portals = () => ({ partner: t.env.PARTNER_PORTAL_URL ?? 'http://localhost:4200', network: t.env.NETWORK_PORTAL_URL ?? 'http://localhost:4300' });

  async function notificationsOf(who: SignedIn): Promise<{ kind: string; targetId: string }[]> {
    const res = await request(t.server).get('/api/notifications?pageSize=100').set('Authorization', who.auth);
    expect(res.status).toBe(200);
    if (who.user.role.startsWith('partner')) partnerBodies.push(res.text);
    return res.body.items;
  }

  async function indicator(event: string): Promise<number> {
    const [row] = await t.dataSource.query('SELECT coalesce(sum(count), 0)::int AS n FROM indicator_counts WHERE network_id = $1 AND event = $2', [
      w.network.id,
      event,
    ]);
    return row.n;
  }

  /** Runs the delayed reminder as the worker would, at its due time (the job is found in Redis). */
  async function driveFollowUpJob(proposalId: string, months: 3 | 6): Promise<void> {
    const job = await queueOf(t, QUEUES.followUp).getJob(followUpJobId(proposalId, months));
    expect(job).toBeDefined();
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual({ proposalId, months });
    const dueAt = new Date((job?.timestamp ?? 0) + (job?.opts.delay ?? 0));
    const outcome = await t.dataSource.transaction((m) => remindFollowUp(m, portals(), proposalId, months, new Date(dueAt.getTime() + 1000)));
    expect(outcome.sent).toBe(true);
    // A replay (Redis redelivering, or the sweep racing the job) sends nothing more.
    expect(await t.dataSource.transaction((m) => remindFollowUp(m, portals(), proposalId, months, new Date(dueAt.getTime() + 2000)))).toEqual({
      sent: false,
      why: 'done',
    });
  }

  it('offer: shortlist → consents → proposal → card → interest → interview → disclosure → hire → 3-month follow-up', async () => {
    const profileId = w.profile.id;
    const note = 'Molto motivata per il lavoro di cura, chiedere conferma degli orari scolastici';
    // A second proposal of the same woman, to another company: the partner must never learn of it.
    const otherProposalId = await proposeWithConsents(t, w.counsellor, profileId, {
      kind: 'offer',
      id: w.otherOffer.id,
      organisationId: w.otherCompany.organisation.id,
    });

    const entryId = await shortlist(t, w.counsellor, profileId, { kind: 'offer', id: w.offer.id }, note);
    const list = await asCounsellor('get', `/api/profiles/${profileId}/shortlist`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((e: { id: string }) => e.id === entryId)).toMatchObject({ note, kind: 'offer', target: { id: w.offer.id }, proposalId: null });
    const [{ note_encrypted: sealed }] = await t.dataSource.query('SELECT note_encrypted FROM shortlist_entries WHERE id = $1', [entryId]);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('motivata');

    // Without her consent to share the card with this company: 409 naming it.
    const refused = await asCounsellor('post', `/api/profiles/${profileId}/proposals`, { shortlistEntryId: entryId });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ missingConsent: 'share_card', organisationId: w.company.organisation.id });

    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    const created = await asCounsellor('post', `/api/profiles/${profileId}/proposals`, {
      shortlistEntryId: entryId,
      coverMessage: 'Ha molta esperienza di assistenza, cerca un impiego stabile al mattino.',
    });
    expect(created.status).toBe(201);
    const proposalId = created.body.id;
    expect(created.body).toEqual({ id: proposalId, profileId, kind: 'offer', state: 'proposed' });
    const counsellorView = await asCounsellor('get', `/api/proposals/${proposalId}`);
    expect(counsellorView.body).toMatchObject({ state: 'proposed', pseudonymCode: w.profile.pseudonymCode, counsellorId: w.counsellor.user.id });
    expect(counsellorView.body.card.distanceBand).toBe('within_10km');
    expect(counsellorView.body.match.explanation.km).toBeGreaterThan(5);
    expect(await indicator('proposal_sent')).toBe(2);

    // The partner users of the company are told, in-app and by e-mail, with nothing personal.
    expect((await notificationsOf(w.company.member)).filter((n) => n.kind === 'proposal_received')).toEqual([
      expect.objectContaining({ targetId: proposalId }),
    ]);
    const mails: { to: string; template: string; params: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT "to", template, params FROM mail_outbox WHERE template = 'proposal-received' AND "to" = ANY($1)`,
      [[w.company.admin.user.email, w.company.member.user.email]],
    );
    expect(mails).toHaveLength(2);
    // The listing, the step and a link: no code of hers in an e-mail (rule 8).
    for (const mail of mails) expect(Object.keys(mail.params).sort()).toEqual(['link', 'step', 'title']);

    // The partner's list and card.
    const partnerList = await asPartner(w.company.member, 'get', '/api/partner/proposals');
    expect(partnerList.status).toBe(200);
    expect(partnerList.body.items.map((p: { id: string }) => p.id)).toEqual([proposalId]);
    // The company knows her by a code of its own, never by her pseudonym code.
    const [{ code }] = await t.dataSource.query('SELECT code FROM candidate_codes WHERE profile_id = $1 AND organisation_id = $2', [profileId, w.company.organisation.id]);
    expect(code).toMatch(/^C-/);
    expect(partnerList.body.items[0]).toMatchObject({ state: 'proposed', candidateCode: code, target: { id: w.offer.id } });
    expect(partnerList.text).not.toContain(w.profile.pseudonymCode);

    const card = await asPartner(w.company.member, 'get', `/api/partner/proposals/${proposalId}`);
    expect(card.status).toBe(200);
    expect(card.body.state).toBe('viewed');
    expect(card.text).not.toContain(w.profile.pseudonymCode);
    expect(card.body.card).toMatchObject({
      candidateCode: code,
      eqfLevel: 3,
      distanceBand: 'within_10km',
      availability: { weeklyHours: 25, shifts: ['morning', 'afternoon'], earliestStart: EARLIEST_START },
      accommodations: ['flexible_hours', 'childcare'],
      languages: [
        { code: 'ar', cefr: 'C2' },
        { code: 'it', cefr: 'B2' },
      ],
    });
    expect(card.body.card.skills).toEqual([
      expect.objectContaining({ level: 'advanced', label: 'perform domestic care' }),
      expect.objectContaining({ level: 'intermediate', label: 'clean surfaces' }),
    ]);
    expect(card.body.card.explanation).toMatchObject({
      kind: 'offer',
      matchedSkills: [
        expect.objectContaining({ label: 'perform domestic care', labelLanguage: 'en', essential: true, tier: 'exact' }),
        expect.objectContaining({ essential: false }),
      ],
      // Italian by default, English where no Italian label is loaded: the language says which, for the portal's hint.
      missingSkills: [expect.objectContaining({ label: 'assistere i clienti', labelLanguage: 'it', essential: true })],
      schedule: { sharedShifts: ['morning'] },
    });
    expect(card.body.coverMessage).toContain('esperienza di assistenza');
    expect(card.body.history.map((h: { state: string; actorRole: string }) => [h.state, h.actorRole])).toEqual([
      ['proposed', 'counsellor'],
      ['viewed', 'partner_member'],
    ]);
    // A second read does not add a step.
    expect((await asPartner(w.company.admin, 'get', `/api/partner/proposals/${proposalId}`)).body.history).toHaveLength(2);
    // Another company's users, and the same company asking for the other proposal: 404.
    expect((await asPartner(w.otherCompany.admin, 'get', `/api/partner/proposals/${proposalId}`)).status).toBe(404);
    expect((await asPartner(w.company.admin, 'get', `/api/partner/proposals/${otherProposalId}`)).status).toBe(404);

    // Interest, then the interview the partner records (agreed through the counsellor).
    const interested = await asPartner(w.company.admin, 'post', `/api/partner/proposals/${proposalId}/transitions`, { to: 'interested' });
    expect(interested.status).toBe(200);
    expect(interested.body.state).toBe('interested');
    expect((await notificationsOf(w.counsellor)).some((n) => n.kind === 'proposal_answered' && n.targetId === proposalId)).toBe(true);
    const counsellorMail = await t.dataSource.query(`SELECT params FROM mail_outbox WHERE template = 'proposal-updated' AND "to" = $1`, [
      w.counsellor.user.email,
    ]);
    expect(counsellorMail.length).toBeGreaterThanOrEqual(1);

    const interview = await asPartner(w.company.admin, 'post', `/api/partner/proposals/${proposalId}/transitions`, {
      to: 'interview_arranged',
      interview: { at: '2026-03-02T09:30:00Z', place: 'Sede della cooperativa, ingresso B' },
    });
    expect(interview.status).toBe(200);
    expect(interview.body).toMatchObject({ state: 'interview_arranged', interview: { place: 'Sede della cooperativa, ingresso B', videoLink: null } });

    // Disclosure needs her disclose_identity consent for this company.
    const noDisclosure = await asCounsellor('post', `/api/proposals/${proposalId}/disclosure`);
    expect(noDisclosure.status).toBe(409);
    expect(noDisclosure.body).toMatchObject({ missingConsent: 'disclose_identity', organisationId: w.company.organisation.id });
    await recordConsent(t, w.counsellor, profileId, 'disclose_identity', w.company.organisation.id);
    const disclosed = await asCounsellor('post', `/api/proposals/${proposalId}/disclosure`);
    expect(disclosed.status).toBe(200);
    expect(disclosed.body.identityDisclosedBy).toBe(w.counsellor.user.id);
    const afterDisclosure = await asPartner(w.company.admin, 'get', `/api/partner/proposals/${proposalId}`);
    expect(afterDisclosure.body.identityDisclosedAt).toEqual(expect.any(String));

    // Hiring fills the only seat and closes the offer; the checkpoints are scheduled.
    const hired = await asPartner(w.company.admin, 'post', `/api/partner/proposals/${proposalId}/transitions`, {
      to: 'hired',
      contract: 'tempo_indeterminato',
      startDate: '2026-04-01',
    });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ state: 'hired', contract: 'tempo_indeterminato', startDate: '2026-04-01' });
    const [offer] = await t.dataSource.query('SELECT status, seats_filled, closed_reason FROM offers WHERE id = $1', [w.offer.id]);
    expect(offer).toEqual({ status: 'closed', seats_filled: 1, closed_reason: 'seats_filled' });
    expect(await indicator('interview_arranged')).toBe(1);
    expect(await indicator('hired')).toBe(1);
    expect(await indicator('hired_tempo_indeterminato')).toBe(1);

    const view = await asCounsellor('get', `/api/proposals/${proposalId}`);
    expect(view.body.followUps.map((f: { months: number; outcome: null }) => [f.months, f.outcome])).toEqual([
      [3, null],
      [6, null],
    ]);
    expect(view.body.history.map((h: { state: string }) => h.state)).toEqual(['proposed', 'viewed', 'interested', 'interview_arranged', 'hired']);

    // The 3-month reminder, driven through its delayed job, reaches the counsellor.
    await driveFollowUpJob(proposalId, 3);
    expect((await notificationsOf(w.counsellor)).some((n) => n.kind === 'follow_up_due' && n.targetId === proposalId)).toBe(true);
    const [reminder] = await t.dataSource.query(`SELECT params FROM mail_outbox WHERE template = 'follow-up-due' AND "to" = $1`, [w.counsellor.user.email]);
    expect(reminder.params.link).toContain(`/proposals/${proposalId}`);

    const followUp = await asCounsellor('post', `/api/proposals/${proposalId}/follow-ups`, { months: 3, outcome: 'still_in_work' });
    expect(followUp.status).toBe(200);
    expect(followUp.body.followUps[0]).toMatchObject({ months: 3, outcome: 'still_in_work' });
    expect((await asCounsellor('post', `/api/proposals/${proposalId}/follow-ups`, { months: 3, outcome: 'no_longer' })).status).toBe(409);
    expect((await asCounsellor('post', `/api/proposals/${proposalId}/follow-ups`, { months: 6, outcome: 'still_in_work' })).status).toBe(200);
    expect(await indicator('still_in_work_six_months')).toBe(1);

    // Nothing about her beyond the card, nothing about other proposals or the counsellor, in any partner response.
    const everything = partnerBodies.join('\n');
    const [{ name: homeName }] = await t.dataSource.query(`SELECT name FROM comuni WHERE istat_code = '015146'`);
    for (const forbidden of [
      '015146',
      homeName,
      note,
      'Disponibile dopo le udienze del mattino',
      'Ha assistito la suocera anziana',
      otherProposalId,
      w.otherOffer.title,
      w.otherCompany.organisation.legalName,
      w.counsellor.user.email,
      w.counsellor.user.displayName,
      w.counsellor.user.id,
      profileId,
      '35-44',
      '"km"',
      'homeComune',
      'tempo_determinato',
    ]) {
      expect({ forbidden, found: everything.includes(forbidden) }).toEqual({ forbidden, found: false });
    }
  });

  it('course: shortlist → consents → proposal → card → interest → admission interview → disclosure → enrolment → 3-month follow-up', async () => {
    const profile = await createProfile(t, w.counsellor, { homeComune: '015146', notes: 'Segue un percorso con il centro da gennaio.' });
    const proposalId = await proposeWithConsents(t, w.counsellor, profile.id, {
      kind: 'course',
      id: w.course.id,
      organisationId: w.trainingBody.organisation.id,
    });
    const trainer = w.trainingBody.admin;

    const card = await asPartner(trainer, 'get', `/api/partner/proposals/${proposalId}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ kind: 'course', state: 'viewed', target: { id: w.course.id, title: w.course.title } });
    expect(card.body.card.distanceBand).toBe('within_20km');
    expect(card.body.card.explanation).toMatchObject({
      kind: 'course',
      skillsToGain: [{ uri: expect.any(String), label: 'assistere i clienti' }],
      schedule: { sharedShifts: ['morning'] },
    });
    const english = await request(t.server).get(`/api/partner/proposals/${proposalId}`).set('Authorization', trainer.auth).set('Accept-Language', 'en');
    partnerBodies.push(english.text);
    expect(english.body.card.explanation.skillsToGain[0].label).toBe('assist customers');

    expect((await asPartner(trainer, 'post', `/api/partner/proposals/${proposalId}/transitions`, { to: 'interested' })).status).toBe(200);
    // The counsellor records the admission interview this time; the partner users are told in-app.
    const interview = await asCounsellor('post', `/api/proposals/${proposalId}/transitions`, {
      to: 'interview_arranged',
      interview: { at: '2026-02-10T14:00:00Z', videoLink: 'https://meet.example.org/ammissione' },
    });
    expect(interview.status).toBe(200);
    expect((await notificationsOf(w.trainingBody.member)).some((n) => n.kind === 'proposal_updated' && n.targetId === proposalId)).toBe(true);

    await recordConsent(t, w.counsellor, profile.id, 'disclose_identity', w.trainingBody.organisation.id);
    expect((await asCounsellor('post', `/api/proposals/${proposalId}/disclosure`)).status).toBe(200);
    expect((await asCounsellor('post', `/api/proposals/${proposalId}/disclosure`)).status).toBe(409);

    const enrolled = await asPartner(trainer, 'post', `/api/partner/proposals/${proposalId}/transitions`, { to: 'enrolled' });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body).toMatchObject({ state: 'enrolled', startDate: w.course.startDate });
    const [course] = await t.dataSource.query('SELECT status, seats_filled FROM courses WHERE id = $1', [w.course.id]);
    expect(course).toEqual({ status: 'published', seats_filled: 1 });
    expect(await indicator('enrolled')).toBe(1);

    await driveFollowUpJob(proposalId, 3);
    expect((await notificationsOf(w.counsellor)).some((n) => n.kind === 'follow_up_due' && n.targetId === proposalId)).toBe(true);
    const followUp = await asCounsellor('post', `/api/proposals/${proposalId}/follow-ups`, { months: 3, outcome: 'still_in_work' });
    expect(followUp.status).toBe(200);

    expect((await asPartner(trainer, 'post', `/api/partner/proposals/${proposalId}/transitions`, { to: 'completed' })).status).toBe(200);
    expect(await indicator('course_completed')).toBe(1);

    const everything = partnerBodies.join('\n');
    for (const forbidden of ['015146', 'Segue un percorso con il centro', profile.id, w.counsellor.user.email, w.counsellor.user.displayName, '"km"']) {
      expect({ forbidden, found: everything.includes(forbidden) }).toEqual({ forbidden, found: false });
    }
  });
});
