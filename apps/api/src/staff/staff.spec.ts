import { AuditEntry } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { createAccount } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

describe('staff accounts (coordinators manage coordinators and counsellors)', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
  });
  afterAll(() => t.close());

  it('requires networks for counsellors and none for coordinators', async () => {
    const noNetwork = await request(t.server).post('/api/staff/invitations').set('Authorization', coordinator.auth).send({ email: 'a@ponte.test', displayName: 'Sportello A', role: 'counsellor' }).expect(422);
    expect(noNetwork.body.errors).toEqual([expect.objectContaining({ field: 'networkIds', code: 'networksRequired' })]);
    const network = await createNetwork(t);
    const withNetwork = await request(t.server)
      .post('/api/staff/invitations')
      .set('Authorization', coordinator.auth)
      .send({ email: 'b@ponte.test', displayName: 'Sportello B', role: 'coordinator', networkIds: [network.id, '6b1f1b7e-0000-4000-8000-000000000000'] })
      .expect(422);
    expect(withNetwork.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['networkIds:networksNotAllowed', 'networkIds[1]:networkUnknown']);
    const taken = await request(t.server).post('/api/staff/invitations').set('Authorization', coordinator.auth).send({ email: coordinator.user.email, displayName: 'Sportello C', role: 'coordinator' }).expect(422);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'emailTaken' })]);
  });

  it('lists staff with filters, moves a counsellor between networks, deactivates and reactivates', async () => {
    const [nord, sud] = [await createNetwork(t), await createNetwork(t)];
    const counsellor = await signedInUser(t, 'counsellor', { networks: [nord] });
    await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const list = await request(t.server).get(`/api/staff?role=counsellor&networkId=${nord.id}`).set('Authorization', coordinator.auth).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([counsellor.user.id]);
    const all = await request(t.server).get('/api/staff?pageSize=100').set('Authorization', coordinator.auth).expect(200);
    expect(all.body.items.every((u: { role: string }) => ['coordinator', 'counsellor'].includes(u.role))).toBe(true);
    const moved = await request(t.server).patch(`/api/staff/${counsellor.user.id}`).set('Authorization', coordinator.auth).send({ networkIds: [sud.id] }).expect(200);
    expect(moved.body.networkIds).toEqual([sud.id]);
    const me = await request(t.server).get('/api/auth/me').set('Authorization', counsellor.auth).expect(200);
    expect(me.body.networkIds).toEqual([sud.id]);
    await request(t.server).post(`/api/staff/${counsellor.user.id}/deactivate`).set('Authorization', coordinator.auth).expect(204);
    await request(t.server).get('/api/auth/me').set('Authorization', counsellor.auth).expect(401);
    const inactive = await request(t.server).get('/api/staff?active=false').set('Authorization', coordinator.auth).expect(200);
    expect(inactive.body.items.map((u: { id: string }) => u.id)).toContain(counsellor.user.id);
    await request(t.server).post(`/api/staff/${counsellor.user.id}/reactivate`).set('Authorization', coordinator.auth).expect(204);
    await request(t.server).post(`/api/staff/${coordinator.user.id}/deactivate`).set('Authorization', coordinator.auth).expect(409);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'user.deactivate', targetId: counsellor.user.id })).toBe(1);
  });

  it('answers 404 for a partner account on staff routes and 403 to non-coordinators', async () => {
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    await request(t.server).get(`/api/staff/${partner.user.id}`).set('Authorization', coordinator.auth).expect(404);
    await request(t.server).post(`/api/staff/${partner.user.id}/deactivate`).set('Authorization', coordinator.auth).expect(404);
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    await request(t.server).get('/api/staff').set('Authorization', counsellor.auth).expect(403);
  });

  it('resets a lost second factor: sessions end and the next sign-in asks for enrolment', async () => {
    const account = await createAccount(t, 'counsellor', { networks: [await createNetwork(t)], totp: true });
    expect((await request(t.server).post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200)).body.mfaRequired).toBe(true);
    await request(t.server).post(`/api/staff/${account.user.id}/reset-second-factor`).set('Authorization', coordinator.auth).expect(204);
    const next = await request(t.server).post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200);
    expect(next.body.mfaEnrolmentRequired).toBe(true);
  });
});
