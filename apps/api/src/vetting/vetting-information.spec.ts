import { AuditEntry, Organisation } from '@ponte/persistence';
import request from 'supertest';
import { createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { lastMail } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Issue 21: vetting answered only "verified" or "refused (final)". A coordinator may now ask a
 * pending organisation for more information; its administrator reads the question and answers
 * in the partner portal; the coordinators read the answer. Each check says why it passed.
 */
describe('vetting: request more information, the answer, the checks explained', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let counsellor: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
    counsellor = await signedInUser(t, 'counsellor');
  });
  afterAll(() => t.close());

  const ask = (id: string, question: string, auth = coordinator.auth) =>
    request(t.server).post(`/api/organisations/${id}/information-requests`).set('Authorization', auth).send({ question });
  const answer = (requestId: string, text: string, auth: string) =>
    request(t.server).post(`/api/organisations/mine/information-requests/${requestId}/answer`).set('Authorization', auth).send({ answer: text });
  const queueItem = async (id: string) =>
    (await request(t.server).get('/api/vetting/queue?pageSize=100').set('Authorization', coordinator.auth).expect(200)).body.items.find((o: { id: string }) => o.id === id);

  it('asks a pending organisation, which stays pending; its administrator is e-mailed a link and sees the question', async () => {
    const organisation = await createOrganisation(t, { status: 'pending', vatNumber: '00743110157' });
    const admin = await signedInUser(t, 'partner_admin', { organisation });
    expect((await queueItem(organisation.id)).information).toBe('none');

    const asked = await ask(organisation.id, '  Potete inviare la visura camerale aggiornata?  ').expect(201);
    expect(asked.body).toMatchObject({ question: 'Potete inviare la visura camerale aggiornata?', answer: null, answeredAt: null, askedBy: coordinator.user.id });
    expect((await t.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id })).status).toBe('pending');
    expect(await lastMail(t, 'organisation-information-requested', admin.user.email)).not.toBeNull();
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'organisation.information_requested', targetId: organisation.id });
    expect(JSON.stringify(audit.details)).not.toContain('visura'); // the question stays out of the log
    expect((await queueItem(organisation.id)).information).toBe('awaiting_answer');

    const mine = await request(t.server).get('/api/organisations/mine').set('Authorization', admin.auth).expect(200);
    expect(mine.body.informationRequests).toEqual([
      { id: asked.body.id, question: 'Potete inviare la visura camerale aggiornata?', askedAt: expect.any(String), answer: null, answeredAt: null },
    ]);
  });

  it('takes the administrator\'s answer once; the coordinator reads it; colleagues, other organisations and staff cannot answer', async () => {
    const organisation = await createOrganisation(t, { status: 'pending' });
    const admin = await signedInUser(t, 'partner_admin', { organisation });
    const member = await signedInUser(t, 'partner_member', { organisation });
    const outsider = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t, { status: 'pending' }) });
    const { id } = (await ask(organisation.id, 'Qual è la sede operativa?').expect(201)).body;

    expect((await answer(id, 'Via Roma 1', member.auth)).status).toBe(403);
    expect((await answer(id, 'Via Roma 1', outsider.auth)).status).toBe(404);
    expect((await answer(id, 'Via Roma 1', coordinator.auth)).status).toBe(403);
    const empty = await answer(id, '   ', admin.auth);
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'answer' })]);

    const answered = await answer(id, 'Via Roma 1, Sesto San Giovanni.', admin.auth).expect(200);
    expect(answered.body).toMatchObject({ answer: 'Via Roma 1, Sesto San Giovanni.', answeredAt: expect.any(String) });
    expect(answered.body.answeredBy).toBeUndefined();
    const again = await answer(id, 'Altro', admin.auth);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('A questa domanda è già stata data una risposta.');

    const view = await request(t.server).get(`/api/organisations/${organisation.id}`).set('Authorization', coordinator.auth).expect(200);
    expect(view.body.informationRequests).toEqual([expect.objectContaining({ id, answer: 'Via Roma 1, Sesto San Giovanni.', answeredBy: admin.user.id })]);
    expect((await queueItem(organisation.id)).information).toBe('answered');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'organisation.information_answered', targetId: organisation.id })).toBe(1);
  });

  it('asks only pending organisations (409 with the state), only as a coordinator, and refuses an empty question', async () => {
    const vetted = await createOrganisation(t, { status: 'vetted' });
    const refused = await ask(vetted.id, 'Altro?').set('Accept-Language', 'en');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ currentState: 'vetted', detail: 'More information is asked only of an organisation awaiting vetting; this one is "vetted".' });
    const pending = await createOrganisation(t, { status: 'pending' });
    expect((await ask(pending.id, 'Altro?', counsellor.auth)).status).toBe(403);
    expect((await ask(pending.id, ' ')).status).toBe(422);
    expect((await ask('00000000-0000-4000-8000-000000000000', 'Altro?')).status).toBe(404);
  });

  it('explains every check in the queue: a partita IVA stands for the company\'s codice fiscale, a wrong check digit is named', async () => {
    const good = await createOrganisation(t, { status: 'pending', vatNumber: '01234567897', taxCode: null, atecoCode: '62.01', seatComune: '015146' });
    const wrong = await createOrganisation(t, { status: 'pending', vatNumber: '00743110150', taxCode: null, atecoCode: '62.01' });
    await t.dataSource.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015146', 'Milano', 45.4668, 9.1905) ON CONFLICT DO NOTHING`);
    const item = await queueItem(good.id);
    expect(item.checks.taxCodeValid).toBe(true);
    expect(item.checkDetails).toEqual(
      expect.arrayContaining([
        { check: 'vatNumberValid', passed: true, reason: 'vatNumberCheckDigit' },
        { check: 'taxCodeValid', passed: true, reason: 'taxCodeIsVatNumber' },
        { check: 'seatComuneKnown', passed: true, reason: 'seatKnown', params: { name: 'Milano' } },
      ]),
    );
    const bad = await queueItem(wrong.id);
    expect(bad.checkDetails).toEqual(
      expect.arrayContaining([
        { check: 'vatNumberValid', passed: false, reason: 'vatNumberCheckDigitWrong', params: { expected: '7', given: '0' } },
        { check: 'taxCodeValid', passed: false, reason: 'taxCodeMissing' },
      ]),
    );
  });
});
