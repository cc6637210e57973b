import { renderMail, type MailTemplate } from '@ponte/jobs';
import request from 'supertest';
import { createProfile, profileBody } from '../../test/profiles/profile-fixtures';
import { move, partnerRead, proposalWorld, ProposalWorld, proposeWithConsents } from '../../test/proposals/proposal-world';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Issue 21: twelve identical "an organisation answered a proposal" said nothing. A notice now
 * names the proposal by the code its reader knows her by, the offer and the step, links to it,
 * and repeats about one proposal make one item. Still nothing personal: neither the in-app item
 * nor the e-mail carries her home comune, names or any free text of her profile.
 */
describe('notifications: which proposal, which offer, which step; repeats grouped; nothing personal', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let profile: { id: string; pseudonymCode: string };
  let proposalId: string;
  let candidateCode: string;
  const skillComment = 'Ha assistito la suocera anziana per sei anni';
  const notes = 'Disponibile dopo le udienze del mattino; preferisce ambienti con poche persone.';
  const cover = 'Persona affidabile, con esperienza di cura.';

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    profile = await createProfile(t, w.counsellor, profileBody());
    proposalId = await proposeWithConsents(t, w.counsellor, profile.id, { kind: 'offer', id: w.offer.id, organisationId: w.company.organisation.id }, cover);
    candidateCode = (await partnerRead(t, w.company.admin, proposalId).expect(200)).body.card.candidateCode;
    await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' }).expect(200);
    await move(t, w.company.admin, 'partner', proposalId, {
      to: 'interview_arranged',
      interview: { at: new Date(Date.now() + 86_400_000).toISOString(), place: 'Sede, ingresso B' },
    }).expect(200);
  });
  afterAll(() => t.close());

  const list = (auth: string) => request(t.server).get('/api/notifications').set('Authorization', auth).expect(200);
  const mailsTo = async (to: string): Promise<{ template: MailTemplate; language: 'it' | 'en'; params: Record<string, string> }[]> =>
    t.dataSource.query(`SELECT template, language, params FROM mail_outbox WHERE "to" = $1 ORDER BY created_at`, [to]);
  /** What must never reach a notice: her home comune, the free text of her profile and proposal, her pseudonym for partners. */
  const personal = ['Milano', '015146', skillComment, notes, cover, 'suocera'];

  it('tells the partner which candidate, which offer, which step, with the code it knows her by (never her pseudonym code)', async () => {
    const { body } = await list(w.company.member.auth);
    expect(body.items).toEqual([
      expect.objectContaining({
        kind: 'proposal_received',
        targetId: proposalId,
        link: `/proposals/${proposalId}`,
        code: candidateCode,
        title: w.offer.title,
        listingKind: 'offer',
        step: 'proposed',
        count: 1,
      }),
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain(profile.pseudonymCode);
    for (const value of personal) expect(text).not.toContain(value);

    const [mail] = await mailsTo(w.company.member.user.email);
    // The e-mail names the listing and the step; no code of hers (rule 8): the portal does, behind sign-in.
    expect(mail.params).toEqual({ link: expect.stringContaining(`/proposals/${proposalId}`), title: w.offer.title, step: 'proposed' });
    const rendered = renderMail(mail.template, 'it', mail.params);
    expect(`${rendered.subject}\n${rendered.text}`).not.toContain(candidateCode);
    expect(rendered.text).toContain(`«${w.offer.title}»`);
    expect(rendered.text).toContain('nuova');
    expect(renderMail(mail.template, 'en', mail.params).text).toContain(`“${w.offer.title}”`);
    for (const value of [...personal, profile.pseudonymCode]) expect(`${rendered.subject}\n${rendered.text}`).not.toContain(value);
  });

  it('groups the partner\'s repeated answers into one item for the counsellor, naming the latest step and her pseudonym code', async () => {
    const { body } = await list(w.counsellor.auth);
    const answered = body.items.filter((n: { kind: string }) => n.kind === 'proposal_answered');
    expect(answered).toEqual([
      expect.objectContaining({ targetId: proposalId, code: profile.pseudonymCode, title: w.offer.title, step: 'interview_arranged', count: 2, readAt: null }),
    ]);
    expect(body.unread).toBe(1);
    const text = JSON.stringify(body);
    for (const value of personal) expect(text).not.toContain(value);

    const mails = (await mailsTo(w.counsellor.user.email)).filter((m) => m.template === 'proposal-updated');
    expect(mails.map((m) => m.params.step)).toEqual(['interested', 'interview_arranged']);
    for (const mail of mails) {
      expect(mail.params).not.toHaveProperty('code');
      for (const language of ['it', 'en'] as const) {
        const { subject, text: body } = renderMail(mail.template, language, mail.params);
        for (const value of [...personal, candidateCode, profile.pseudonymCode]) expect(`${subject}\n${body}`).not.toContain(value);
      }
    }
    expect(renderMail(mails[1].template, 'it', mails[1].params).subject).toBe(`Candidatura per «${w.offer.title}»: colloquio fissato`);
    expect(renderMail(mails[1].template, 'en', mails[1].params).subject).toBe(`Proposal for “${w.offer.title}”: interview arranged`);

    // Opening the item marks the whole group read.
    await request(t.server).post(`/api/notifications/${answered[0].id}/read`).set('Authorization', w.counsellor.auth).expect(204);
    const after = (await list(w.counsellor.auth)).body;
    expect(after.items.find((n: { kind: string }) => n.kind === 'proposal_answered')).toMatchObject({ count: 2, readAt: expect.any(String) });
    expect(after.unread).toBe(0);
  });

  it('refuses a mail param that is not a one-line title or a step, and any code', () => {
    const params = { link: 'https://ponte.test/proposals/x', title: 'Assistente familiare', step: 'interested' };
    expect(() => renderMail('proposal-updated', 'it', { ...params, code: candidateCode })).toThrow(/takes params/);
    expect(() => renderMail('proposal-updated', 'it', { ...params, step: 'via Roma 1' })).toThrow(/invalid value/);
    expect(() => renderMail('proposal-updated', 'it', { ...params, title: 'Riga uno\nvia Roma 1, Milano' })).toThrow(/invalid value/);
  });
});
