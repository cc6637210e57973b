import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { METROPOLITAN_COMUNI, METROPOLITAN_NETWORKS } from './metropolitan-networks';

describe('the six metropolitan networks (demo partition)', () => {
  const csv = readFileSync(join(__dirname, '../../../../../shared/data/comuni-milano.csv'), 'utf8');
  const codes = csv.trim().split('\n').slice(1).map((line) => line.split(',')[0]);

  it('partitions the 133 comuni of comuni-milano.csv: each in exactly one network, lead comune included', () => {
    expect(METROPOLITAN_NETWORKS).toHaveLength(6);
    const all = METROPOLITAN_NETWORKS.flatMap((n) => n.comuni);
    expect(all).toHaveLength(133);
    expect(new Set(all)).toEqual(new Set(codes));
    for (const network of METROPOLITAN_NETWORKS) expect(network.comuni).toContain(network.leadComune);
    expect(METROPOLITAN_COMUNI.size).toBe(133);
  });

  it('has the expected lead comuni', () => {
    expect(Object.fromEntries(METROPOLITAN_NETWORKS.map((n) => [n.code, n.leadComune]))).toEqual({
      milano: '015146',
      'nord-milano': '015209',
      'nord-ovest': '015182',
      ovest: '015118',
      sud: '015192',
      'adda-martesana': '015070',
    });
  });
});

describe('networks API', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
  });
  afterAll(() => t.close());

  const body = { code: 'sud-test', name: 'Rete di prova Sud', leadComune: '015192', comuni: ['015192', '015195', '015171'] };

  it('lets a coordinator create, edit and delete a network; staff read the list, partners may not', async () => {
    const created = await request(t.server).post('/api/networks').set('Authorization', coordinator.auth).send(body).expect(201);
    expect(created.body).toMatchObject({ code: 'sud-test', leadComune: '015192', comuni: ['015171', '015192', '015195'] });
    const updated = await request(t.server)
      .patch(`/api/networks/${created.body.id}`)
      .set('Authorization', coordinator.auth)
      .send({ name: 'Rete Sud-Est', comuni: ['015192', '015140'] })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Rete Sud-Est', comuni: ['015140', '015192'] });
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    const list = await request(t.server).get('/api/networks').set('Authorization', counsellor.auth).expect(200);
    expect(list.body.items.map((n: { id: string }) => n.id)).toContain(created.body.id);
    const partner = await signedInUser(t, 'partner_member', { organisation: await createOrganisation(t) });
    // Which comuni a network covers narrows where a woman of that network lives: staff only.
    await request(t.server).get('/api/networks').set('Authorization', partner.auth).expect(403);
    await request(t.server).get(`/api/networks/${created.body.id}`).set('Authorization', partner.auth).expect(403);
    await request(t.server).post('/api/networks').set('Authorization', partner.auth).send({ ...body, code: 'altra' }).expect(403);
    await request(t.server).delete(`/api/networks/${created.body.id}`).set('Authorization', coordinator.auth).expect(204);
    await request(t.server).get(`/api/networks/${created.body.id}`).set('Authorization', coordinator.auth).expect(404);
  });

  it('validates the territory: known comuni, lead among them, no comune in two networks, unique code', async () => {
    await request(t.server).post('/api/networks').set('Authorization', coordinator.auth).send({ ...body, code: 'prima', comuni: ['015002', '015005'], leadComune: '015002' }).expect(201);
    const res = await request(t.server)
      .post('/api/networks')
      .set('Authorization', coordinator.auth)
      .send({ code: 'prima', name: 'Rete doppia', leadComune: '015146', comuni: ['015999', '015005'] })
      .expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'comuni[0]:comuneUnknown',
      'comuni[1]:comuneInOtherNetwork',
      'leadComune:leadComuneNotCovered',
    ]);
    const dup = await request(t.server).post('/api/networks').set('Authorization', coordinator.auth).send({ ...body, code: 'prima', comuni: ['015007'], leadComune: '015007' }).expect(422);
    expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'networkCodeTaken' })]);
  });

  it('refuses to delete a network that still has counsellors (409)', async () => {
    const network = await createNetwork(t, { comuni: ['015009'] });
    await signedInUser(t, 'counsellor', { networks: [network] });
    await request(t.server).delete(`/api/networks/${network.id}`).set('Authorization', coordinator.auth).expect(409);
  });

  it('shows a network’s staff to its own counsellors and coordinators, 404 to other networks’ counsellors and partners', async () => {
    const home = await createNetwork(t, { comuni: ['015010'] });
    const other = await createNetwork(t, { comuni: ['015011'] });
    const colleague = await signedInUser(t, 'counsellor', { networks: [home] });
    const outsider = await signedInUser(t, 'counsellor', { networks: [other] });
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const own = await request(t.server).get(`/api/networks/${home.id}/members`).set('Authorization', colleague.auth).expect(200);
    expect(own.body).toEqual([{ id: colleague.user.id, displayName: colleague.user.displayName, role: 'counsellor' }]);
    await request(t.server).get(`/api/networks/${home.id}/members`).set('Authorization', coordinator.auth).expect(200);
    await request(t.server).get(`/api/networks/${home.id}/members`).set('Authorization', outsider.auth).expect(404);
    await request(t.server).get(`/api/networks/${home.id}/members`).set('Authorization', partner.auth).expect(404);
  });
});
