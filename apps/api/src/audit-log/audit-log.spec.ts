import { AuditEntry } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditService } from '../audit/audit.service';
import { csvField } from './csv';

describe('audit log: browsing and CSV export', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  const network = { id: '' };
  const organisation = { id: '' };
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
    network.id = (await createNetwork(t)).id;
    organisation.id = (await createOrganisation(t)).id;
    const audit = t.app.get(AuditService);
    await audit.record({ action: 'profile.read', targetType: 'profile', targetId: 'p-1', networkId: network.id, actorId: coordinator.user.id, actorRole: 'counsellor' });
    await audit.record({ action: 'profile.update', targetType: 'profile', targetId: 'p-1', networkId: network.id, actorId: null, actorRole: null, details: { fields: ['skills'] } });
    await audit.record({ action: 'organisation.vet', targetType: 'organisation', targetId: organisation.id, organisationId: organisation.id, actorId: null, actorRole: null });
    await audit.record({ action: 'auth.sign_in', outcome: 'failure', actorId: null, actorRole: null, details: { reason: '=HYPERLINK("x")' } });
  });
  afterAll(() => t.close());

  const browse = (query: string, auth = coordinator.auth) => request(t.server).get(`/api/audit${query}`).set('Authorization', auth);

  it('pages newest first and filters by action prefix, target, network, organisation, outcome, actor and time', async () => {
    const all = await browse('?pageSize=2').expect(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items[0].action).toBe('auth.sign_in');
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    const second = await browse('?pageSize=2&page=2').expect(200);
    expect(second.body.items[0].action).toBe('profile.update');
    expect((await browse('?action=profile.').expect(200)).body.items.map((e: { action: string }) => e.action)).toEqual(['profile.update', 'profile.read']);
    expect((await browse('?action=profile.read').expect(200)).body.total).toBe(1);
    expect((await browse(`?targetType=profile&targetId=p-1&networkId=${network.id}`).expect(200)).body.total).toBe(2);
    expect((await browse(`?organisationId=${organisation.id}`).expect(200)).body.items[0].action).toBe('organisation.vet');
    expect((await browse('?outcome=failure').expect(200)).body.items.map((e: { action: string }) => e.action)).toEqual(['auth.sign_in']);
    expect((await browse(`?actorId=${coordinator.user.id}`).expect(200)).body.items[0]).toMatchObject({ action: 'profile.read', actorRole: 'counsellor' });
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await browse(`?from=${encodeURIComponent(future)}`).expect(200)).body.total).toBe(0);
    expect((await browse(`?to=${encodeURIComponent(future)}&action=profile.read`).expect(200)).body.total).toBe(1);
    const bad = await browse('?outcome=maybe&from=ieri').expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'outcome']);
  });

  it('is for coordinators only', async () => {
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    await browse('', counsellor.auth).expect(403);
    await request(t.server).get('/api/audit/export.csv').set('Authorization', counsellor.auth).expect(403);
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    await browse('', partner.auth).expect(403);
  });

  it('streams the filtered log as CSV and audits the export itself', async () => {
    const res = await request(t.server).get('/api/audit/export.csv?action=auth.').set('Authorization', coordinator.auth).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ponte-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor_id,actor_role,action,outcome,target_type,target_id,network_id,organisation_id,request_id,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',auth.sign_in,failure,');
    expect(lines[1]).toContain('"{""reason"":""=HYPERLINK(\\""x\\"")""}"');
    const exported = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'audit.export' });
    expect(exported).toMatchObject({ actorId: coordinator.user.id, details: { filters: { action: 'auth.' } } });
  });

  it('exports more rows than one batch, in order, without losing or repeating any', async () => {
    const values = Array.from({ length: 1203 }, (_, i) => `('bulk.entry', '${String(i).padStart(4, '0')}', now() - make_interval(secs => ${i}))`).join(',');
    await t.dataSource.query(`INSERT INTO audit_log (action, target_id, at) VALUES ${values}`);
    const res = await request(t.server).get('/api/audit/export.csv?action=bulk.entry').set('Authorization', coordinator.auth).expect(200);
    const ids = res.text.trim().split('\r\n').slice(1).map((line) => line.split(',')[7]);
    expect(ids).toHaveLength(1203);
    expect(ids).toEqual(Array.from({ length: 1203 }, (_, i) => String(i).padStart(4, '0')));
  });

  it('neutralises spreadsheet formulas and quotes separators', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
  });
});
