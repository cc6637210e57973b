import request from 'supertest';
import { failedJob } from '../../test/jobs/failed-jobs';
import { createProfile } from '../../test/profiles/profile-fixtures';
import { createOffer, freshProposal, move, partnerRead, proposalWorld, type ProposalWorld, inDays } from '../../test/proposals/proposal-world';
import { createNetwork, createOrganisation, signedInUser, type SignedIn } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

type Item = { key: string; count: number; link: { path: string; query?: Record<string, string> }; codes?: string[] };

/**
 * GET /api/todo and GET /api/todo/interviews.ics on the real API and PostgreSQL: each role's
 * counts within its scope (a counsellor's networks, an organisation's visible proposals and
 * listings), codes but no personal data, and a calendar in Europe/Rome time.
 */
describe('to-do list per role, interview calendar', () => {
  let t: TestApp;
  let w: ProposalWorld;
  const proposals: Record<'proposed' | 'interested' | 'thisWeek' | 'past' | 'later', { profileId: string; proposalId: string }> = {} as never;
  const cardCode = async (proposalId: string) =>
    (await t.dataSource.query(`SELECT card->>'candidateCode' AS code FROM proposals WHERE id = $1`, [proposalId]))[0].code as string;
  const pseudonym = async (profileId: string) =>
    (await t.dataSource.query(`SELECT pseudonym_code AS code FROM profiles WHERE id = $1`, [profileId]))[0].code as string;

  const todo = async (who: SignedIn) => {
    const res = await request(t.server).get('/api/todo').set('Authorization', who.auth);
    expect(res.status).toBe(200);
    return res.body as { side: string; items: Item[]; calendar?: string };
  };
  const counts = (items: Item[]) => Object.fromEntries(items.map((i) => [i.key, i.count]));

  /** Partner read, interest, then (optionally) an interview at `at`. */
  async function answer(proposalId: string, interviewAt?: Date) {
    expect((await partnerRead(t, w.company.member, proposalId)).status).toBe(200);
    expect((await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' })).status).toBe(200);
    if (!interviewAt) return;
    const res = await move(t, w.company.admin, 'partner', proposalId, {
      to: 'interview_arranged',
      interview: { at: interviewAt.toISOString(), place: 'Via Dante 4, Sesto San Giovanni' },
    });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    proposals.proposed = await freshProposal(t, w);
    proposals.interested = await freshProposal(t, w);
    proposals.thisWeek = await freshProposal(t, w);
    proposals.past = await freshProposal(t, w);
    proposals.later = await freshProposal(t, w);
    await answer(proposals.interested.proposalId);
    // One minute from now is in this week (Rome) except in the week's last minute.
    await answer(proposals.thisWeek.proposalId, new Date(Date.now() + 60_000));
    await answer(proposals.past.proposalId, new Date(Date.now() + 120_000));
    await answer(proposals.later.proposalId, new Date('2027-07-15T08:30:00Z'));
    // The interview took place 8 days ago (never this week): its outcome is due.
    await t.dataSource.query(`UPDATE proposals SET interview_at = now() - interval '8 days' WHERE id = $1`, [proposals.past.proposalId]);
  }, 180_000);
  afterAll(() => t.close());

  it('a counsellor: answers received, interviews this week (with codes), follow-ups due, profiles near archive, strong matches — her networks only', async () => {
    const before = counts((await todo(w.counsellor)).items);
    // A follow-up due yesterday, one due next month, one answered.
    await t.dataSource.query(
      `INSERT INTO proposal_follow_ups (proposal_id, months, due_at, outcome, recorded_at) VALUES
         ($1, 3, now() - interval '1 day', NULL, NULL), ($1, 6, now() + interval '30 days', NULL, NULL), ($2, 3, now() - interval '2 days', 'still_in_work', now())`,
      [proposals.interested.proposalId, proposals.proposed.proposalId],
    );
    // A profile idle for 350 days (archived at 365): about to expire with her consents.
    const idle = await createProfile(t, w.counsellor);
    await t.dataSource.query(`UPDATE profiles SET last_activity_at = now() - interval '350 days' WHERE id = $1`, [idle.id]);
    // A strong new match, a weak one, and a strong one of the other network.
    const elsewhere = await createProfile(t, w.outsider);
    const match = `INSERT INTO matches (profile_id, kind, target_id, organisation_id, score, explanation, profile_version, target_version, computed_at)
                   VALUES ($1, 'offer', $2, $3, $4, '{}', 1, 1, now())`;
    await t.dataSource.query(match, [idle.id, w.offer.id, w.company.organisation.id, 85]);
    await t.dataSource.query(match, [idle.id, w.otherOffer.id, w.otherCompany.organisation.id, 40]);
    await t.dataSource.query(match, [elsewhere.id, w.offer.id, w.company.organisation.id, 90]);

    const list = await todo(w.counsellor);
    expect(list.side).toBe('counsellor');
    expect(list.calendar).toBe('/api/todo/interviews.ics');
    expect(counts(list.items)).toEqual({
      answersReceived: 4,
      interviewsThisWeek: 1,
      followUpsDue: before.followUpsDue + 1,
      profilesNearArchive: before.profilesNearArchive + 1,
      strongMatches: before.strongMatches + 1,
    });
    expect(list.items.find((i) => i.key === 'interviewsThisWeek')).toEqual({
      key: 'interviewsThisWeek',
      count: 1,
      link: { path: '/proposals', query: { state: 'interview_arranged' } },
      codes: [await pseudonym(proposals.thisWeek.profileId)],
    });
    // Her colleague of the same network sees the same; the other network's counsellor none of it.
    expect(counts((await todo(w.colleague)).items)).toEqual(counts(list.items));
    expect(counts((await todo(w.outsider)).items)).toEqual({
      answersReceived: 0,
      interviewsThisWeek: 0,
      followUpsDue: 0,
      profilesNearArchive: 0,
      strongMatches: 1,
    });
  });

  it('a partner: proposals to answer, interviews to arrange, upcoming (its own candidate codes), outcomes to record, listings closing or full — its own only', async () => {
    await createOffer(t, w.company.organisation, { title: 'Addetta mensa', deadline: inDays(3) });
    await createOffer(t, w.company.organisation, { title: 'Cameriera ai piani', seats: 2, seatsFilled: 2 });
    const list = await todo(w.company.member);
    expect(list.side).toBe('partner');
    expect(counts(list.items)).toEqual({
      vettingQuestions: 0,
      proposalsToAnswer: 1,
      interviewsToArrange: 1,
      interviewsUpcoming: 2,
      outcomesToRecord: 1,
      listingsClosingSoon: 1,
      listingsFull: 1,
    });
    const upcoming = list.items.find((i) => i.key === 'interviewsUpcoming');
    expect(upcoming?.codes).toEqual([await cardCode(proposals.thisWeek.proposalId), await cardCode(proposals.later.proposalId)]);
    // Codes are the organisation's own, never the pseudonym codes counsellors use.
    expect(upcoming?.codes).not.toContain(await pseudonym(proposals.thisWeek.profileId));
    // Nothing personal in the answer: only keys, counts, links and codes.
    const text = JSON.stringify(list);
    for (const leak of ['015146', 'Via Dante', 'Persona affidabile', w.counsellor.user.email]) expect(text).not.toContain(leak);
    for (const item of list.items) expect(Object.keys(item).sort()).toEqual(item.codes ? ['codes', 'count', 'key', 'link'] : ['count', 'key', 'link']);

    // Another company sees nothing of this; the training body only its course side.
    expect(counts((await todo(w.otherCompany.admin)).items)).toEqual({
      vettingQuestions: 0,
      proposalsToAnswer: 0,
      interviewsToArrange: 0,
      interviewsUpcoming: 0,
      outcomesToRecord: 0,
      listingsClosingSoon: 0,
      listingsFull: 0,
    });

    // Revoking her card consent hides the proposal from the partner's counts at once.
    const [consent] = await t.dataSource.query(
      `SELECT id FROM consents WHERE profile_id = $1 AND kind = 'share_card' AND revoked_at IS NULL`,
      [proposals.interested.profileId],
    );
    const revoked = await request(t.server)
      .post(`/api/profiles/${proposals.interested.profileId}/consents/${consent.id}/revoke`)
      .set('Authorization', w.counsellor.auth);
    expect(revoked.status).toBeLessThan(300);
    expect(counts((await todo(w.company.admin)).items).interviewsToArrange).toBe(0);
  });

  it('a coordinator: organisations to vet (not those asked a question), failed jobs, networks without counsellors (by code); the asked organisation sees its question', async () => {
    const before = counts((await todo(w.coordinator)).items);
    await createOrganisation(t, { status: 'pending', legalName: 'Bottega in attesa S.r.l.' });
    // One asked for more information: its turn, not the coordinators', until it answers.
    const asked = await createOrganisation(t, { status: 'pending', legalName: 'Sartoria con domanda aperta S.r.l.' });
    await t.dataSource.query(`INSERT INTO organisation_information_requests (organisation_id, question) VALUES ($1, 'La visura camerale è di oltre sei mesi fa: potete inviarne una recente?')`, [asked.id]);
    const askedAdmin = await signedInUser(t, 'partner_admin', { organisation: asked });
    expect(counts((await todo(askedAdmin)).items).vettingQuestions).toBe(1);
    await failedJob(t);
    const empty = await createNetwork(t, { code: 'rete-senza-operatrici' });
    const list = await todo(w.coordinator);
    expect(list.side).toBe('coordinator');
    expect(list.calendar).toBeUndefined();
    expect(counts(list.items)).toEqual({
      organisationsToVet: before.organisationsToVet + 1,
      failedJobs: before.failedJobs + 1,
      networksWithoutStaff: before.networksWithoutStaff + 1,
    });
    const unstaffed = list.items.find((i) => i.key === 'networksWithoutStaff');
    expect(unstaffed?.codes).toContain(empty.code);
    expect(unstaffed?.codes).not.toContain(w.network.code);
    expect(unstaffed?.link).toEqual({ path: '/staff' });
  });

  it('exports interviews as iCalendar: her pseudonym code or the partner\'s candidate code and the offer title, in Europe/Rome time, nothing else', async () => {
    const ics = await request(t.server).get('/api/todo/interviews.ics').set('Authorization', w.counsellor.auth).set('Accept-Language', 'it');
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const text = ics.text;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Rome');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    // 08:30 UTC on 15 July 2027 is 10:30 in Rome (summer time).
    const later = await pseudonym(proposals.later.profileId);
    expect(text).toContain(`UID:interview-${proposals.later.proposalId}@ponte\r\n`);
    expect(text).toContain(`DTSTART;TZID=Europe/Rome:20270715T103000\r\nDURATION:PT1H\r\nSUMMARY:Colloquio ${later} — Assistente familiare\r\n`);
    for (const leak of ['Via Dante', '015146', 'LOCATION', 'DESCRIPTION', 'ATTENDEE']) expect(text).not.toContain(leak);

    const partner = await request(t.server).get('/api/todo/interviews.ics').set('Authorization', w.company.member.auth).set('Accept-Language', 'en');
    expect(partner.status).toBe(200);
    expect(partner.text).toContain(`SUMMARY:Interview ${await cardCode(proposals.later.proposalId)} — Assistente familiare\r\n`);
    expect(partner.text).not.toContain(later);
    const other = await request(t.server).get('/api/todo/interviews.ics').set('Authorization', w.otherCompany.admin.auth);
    expect(other.text).not.toContain('BEGIN:VEVENT');
    expect((await request(t.server).get('/api/todo/interviews.ics').set('Authorization', w.coordinator.auth)).status).toBe(403);
  });
});
