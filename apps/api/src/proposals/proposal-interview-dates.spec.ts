import { romeDay } from '@ponte/domain';
import { createTestApp, TestApp } from '../../test/test-app';
import { freshProposal, move, partnerRead, proposalWorld, ProposalWorld } from '../../test/proposals/proposal-world';

/**
 * Issue 21: a hire could be recorded before the interview took place. Now the outcome of an
 * interview is refused before its day (Europe/Rome), and a hire cannot start before it: 422
 * problem+json with the field and a message in Italian or English.
 */
describe('proposals: the interview comes before its outcome', () => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    await t.dataSource.query('UPDATE offers SET seats = 50 WHERE id = $1', [w.offer.id]);
  });
  afterAll(() => t.close());

  const DAY = 86_400_000;
  async function interviewIn(days: number): Promise<{ proposalId: string; day: string }> {
    const { proposalId } = await freshProposal(t, w);
    await partnerRead(t, w.company.admin, proposalId).expect(200);
    await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' }).expect(200);
    const at = new Date(Date.now() + days * DAY);
    await move(t, w.company.admin, 'partner', proposalId, { to: 'interview_arranged', interview: { at: at.toISOString(), place: 'Sede' } }).expect(200);
    return { proposalId, day: romeDay(at) };
  }

  it('refuses a hire or a "not hired" before the interview day, naming the field, in Italian and English', async () => {
    const { proposalId, day } = await interviewIn(3);
    const hire = await move(t, w.company.admin, 'partner', proposalId, { to: 'hired', contract: 'tirocinio', startDate: day });
    expect(hire.status).toBe(422);
    expect(hire.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(hire.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'outcomeBeforeInterview', message: expect.stringContaining(`colloquio è fissato per il ${day}`) })]);

    const english = await move(t, w.counsellor, 'counsellor', proposalId, { to: 'not_hired', reason: 'position_filled' }).set('Accept-Language', 'en');
    expect(english.status).toBe(422);
    expect(english.body.errors).toEqual([expect.objectContaining({ field: 'to', message: `The interview is set for ${day}: its outcome can be recorded from that day on.` })]);
    // Nothing was recorded.
    const [{ state }] = await t.dataSource.query('SELECT state FROM proposals WHERE id = $1', [proposalId]);
    expect(state).toBe('interview_arranged');
  });

  it('refuses a hire starting before a past interview, and records one starting on or after it', async () => {
    const { proposalId, day } = await interviewIn(-2);
    const early = await move(t, w.company.admin, 'partner', proposalId, { to: 'hired', contract: 'tirocinio', startDate: romeDay(new Date(Date.now() - 5 * DAY)) });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'startDate', code: 'startBeforeInterview', message: `La data di inizio non può precedere il colloquio del ${day}.` })]);
    const hired = await move(t, w.company.admin, 'partner', proposalId, { to: 'hired', contract: 'tirocinio', startDate: day });
    expect(hired.status).toBe(200);
    expect(hired.body.state).toBe('hired');
  });
});
