import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { AuditEntry, Organisation } from '@ponte/persistence';
import { Queue } from 'bullmq';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { lastMail } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { OrganisationsService } from '../organisations/organisations.service';

describe('vetting of organisations', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
  });
  afterAll(() => t.close());

  const decide = (id: string, decision: string, reason = 'Verifica documentale completata.', auth = coordinator.auth) =>
    request(t.server).post(`/api/organisations/${id}/vetting-decisions`).set('Authorization', auth).send({ decision, reason });

  it('lists pending organisations, oldest first, with the checks a coordinator starts from', async () => {
    const good = await createOrganisation(t, { status: 'pending', vatNumber: '00488410010', atecoCode: '62.01', seatComune: '015146' });
    const doubtful = await createOrganisation(t, { status: 'pending', kind: 'training_body', taxCode: '97012345678', atecoCode: '62', seatComune: '015999', antiHarassmentDeclaredAt: null });
    await createOrganisation(t, { status: 'vetted' });
    const res = await request(t.server).get('/api/vetting/queue').set('Authorization', coordinator.auth).expect(200);
    expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([good.id, doubtful.id]);
    // A valid partita IVA is the company's codice fiscale too (issue 21: no more red cross).
    expect(res.body.items[0].checks).toEqual({ vatNumberValid: true, taxCodeValid: true, atecoFormatValid: true, declarationPresent: true, accreditationPresent: true, seatComuneKnown: true });
    expect(res.body.items[1].checks).toEqual({ vatNumberValid: false, taxCodeValid: false, atecoFormatValid: false, declarationPresent: false, accreditationPresent: false, seatComuneKnown: false });
  });

  it('vets a pending organisation: status, history with reason, audit, mail to its admins, matching recompute', async () => {
    const organisation = await createOrganisation(t, { status: 'pending' });
    const admin = await signedInUser(t, 'partner_admin', { organisation });
    const res = await decide(organisation.id, 'vet').expect(201);
    expect(res.body).toMatchObject({ decision: 'vet', fromStatus: 'pending', toStatus: 'vetted', reason: 'Verifica documentale completata.', decidedBy: coordinator.user.id });
    expect((await t.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id })).status).toBe('vetted');
    await expect(t.app.get(OrganisationsService).assertCanPublish(organisation.id)).resolves.toBeUndefined();
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'organisation.vet', targetId: organisation.id });
    expect(audit).toMatchObject({ actorId: coordinator.user.id, actorRole: 'coordinator', organisationId: organisation.id, details: { decisionId: res.body.id, from: 'pending', to: 'vetted' } });
    expect(JSON.stringify(audit.details)).not.toContain('Verifica'); // free text stays out of the log
    expect(await lastMail(t, 'organisation-status-changed', admin.user.email)).not.toBeNull();
    const job = await t.app.get<Queue>(getQueueToken(QUEUES.matching)).getJob(`org-${organisation.id}-${res.body.id}`);
    expect(job?.name).toBe(JOBS.matching.recomputeOrganisation);
    expect(job?.data).toEqual({ organisationId: organisation.id, status: 'vetted' });
  });

  it('suspends at once (publication refused, recompute queued), shows the reason to the partner, and reinstates', async () => {
    const organisation = await createOrganisation(t, { status: 'vetted' });
    const admin = await signedInUser(t, 'partner_admin', { organisation });
    const suspended = await decide(organisation.id, 'suspend', 'Segnalazione in verifica.').expect(201);
    await expect(t.app.get(OrganisationsService).assertCanPublish(organisation.id)).rejects.toMatchObject({ spec: { status: 409, extensions: { currentState: 'suspended' } } });
    const job = await t.app.get<Queue>(getQueueToken(QUEUES.matching)).getJob(`org-${organisation.id}-${suspended.body.id}`);
    expect(job?.data).toEqual({ organisationId: organisation.id, status: 'suspended' });
    const mine = await request(t.server).get('/api/organisations/mine').set('Authorization', admin.auth).expect(200);
    expect(mine.body).toMatchObject({ status: 'suspended', canPublish: false, vettingHistory: [{ decision: 'suspend', reason: 'Segnalazione in verifica.', toStatus: 'suspended' }] });
    expect(mine.body.vettingHistory[0].decidedBy).toBeUndefined(); // the partner does not learn who decided
    await decide(organisation.id, 'reinstate', 'Segnalazione archiviata.').expect(201);
    const history = await request(t.server).get(`/api/organisations/${organisation.id}/vetting-decisions`).set('Authorization', coordinator.auth).expect(200);
    expect(history.body.map((d: { decision: string }) => d.decision)).toEqual(['reinstate', 'suspend']);
  });

  it.each([
    ['vetted', 'vet'],
    ['vetted', 'reinstate'],
    ['vetted', 'reject'],
    ['pending', 'suspend'],
    ['pending', 'reinstate'],
    ['suspended', 'vet'],
    ['rejected', 'vet'],
    ['rejected', 'reinstate'],
  ] as const)('refuses an illegal decision: %s → %s answers 409 with currentState', async (status, decision) => {
    const organisation = await createOrganisation(t, { status });
    const res = await decide(organisation.id, decision).expect(409);
    expect(res.body.currentState).toBe(status);
    expect((await t.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id })).status).toBe(status);
  });

  it('requires a reason, a known decision, a coordinator, and an existing organisation', async () => {
    const organisation = await createOrganisation(t, { status: 'pending' });
    expect((await decide(organisation.id, 'vet', '   ').expect(422)).body.errors[0]).toMatchObject({ field: 'reason', code: 'reasonRequired' });
    expect((await decide(organisation.id, 'approve').expect(422)).body.errors[0]).toMatchObject({ field: 'decision', code: 'isIn' });
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    await decide(organisation.id, 'vet', 'ok', counsellor.auth).expect(403);
    const partner = await signedInUser(t, 'partner_admin', { organisation });
    await decide(organisation.id, 'vet', 'ok', partner.auth).expect(403);
    await decide('6b1f1b7e-0000-4000-8000-000000000000', 'vet').expect(404);
    await request(t.server).get('/api/vetting/queue').set('Authorization', counsellor.auth).expect(403);
  });
});
