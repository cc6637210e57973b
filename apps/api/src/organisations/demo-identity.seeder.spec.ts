import { isValidCodiceFiscaleOrganisation, isValidPartitaIva } from '@ponte/domain';
import { authenticator } from 'otplib';
import request from 'supertest';
import { networksSeeder } from '../networks/networks.seeder';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoIdentitySeeder } from './demo-identity.seeder';

describe('demo seed: networks, organisations and accounts', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    for (let run = 0; run < 2; run++) {
      for (const seeder of [networksSeeder, demoIdentitySeeder]) await seeder.run({ dataSource: t.dataSource, log: (line) => lines.push(line) });
    }
  });
  afterAll(() => t.close());

  const count = async (sql: string) => (await t.dataSource.query(sql))[0].n as number;

  it('is idempotent: a second run adds nothing', async () => {
    expect(await count('SELECT count(*)::int AS n FROM networks')).toBe(6);
    expect(await count('SELECT count(*)::int AS n FROM network_comuni')).toBe(133);
    expect(await count('SELECT count(*)::int AS n FROM organisations')).toBe(4);
    expect(await count('SELECT count(*)::int AS n FROM users')).toBe(7);
    expect(await count('SELECT count(*)::int AS n FROM organisation_vetting_decisions')).toBe(3);
    expect(await count('SELECT count(*)::int AS n FROM network_memberships')).toBe(2);
  });

  it('prints the demo password and the fixed demo TOTP secret', () => {
    expect(lines.some((line) => line.includes(DEMO_PASSWORD))).toBe(true);
    expect(lines.some((line) => line.includes(DEMO_TOTP_SECRET))).toBe(true);
  });

  it('seeds valid identifiers and one pending organisation for the vetting queue', async () => {
    const rows: { legal_name: string; vat_number: string | null; tax_code: string; status: string }[] = await t.dataSource.query('SELECT legal_name, vat_number, tax_code, status FROM organisations');
    for (const row of rows) {
      if (row.vat_number) expect(isValidPartitaIva(row.vat_number)).toBe(true);
      expect(isValidCodiceFiscaleOrganisation(row.tax_code)).toBe(true);
    }
    expect(rows.find((r) => r.legal_name === 'Acme Servizi S.r.l.')?.status).toBe('vetted');
    expect(rows.filter((r) => r.status === 'pending')).toHaveLength(1);
  });

  it('lets the demo coordinator sign in with the demo password and a code of the demo secret', async () => {
    const step = await request(t.server).post('/api/auth/login').send({ email: 'coordinatrice@ponte.demo', password: DEMO_PASSWORD }).expect(200);
    expect(step.body.mfaRequired).toBe(true);
    const signedIn = await request(t.server).post('/api/auth/login/totp').send({ mfaToken: step.body.mfaToken, code: authenticator.generate(DEMO_TOTP_SECRET) }).expect(200);
    expect(signedIn.body.user).toMatchObject({ role: 'coordinator', mfaEnabled: true });
    const queue = await request(t.server).get('/api/vetting/queue').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(200);
    expect(queue.body.items.map((o: { legalName: string }) => o.legalName)).toEqual(['Bottega Solidale Soc. Coop.']);
  });

  it('gives the counsellors their networks and the partners their vetted organisations', async () => {
    const nord = await request(t.server).post('/api/auth/login').send({ email: 'consulente.nord@ponte.demo', password: DEMO_PASSWORD }).expect(200);
    const counsellor = await request(t.server).post('/api/auth/login/totp').send({ mfaToken: nord.body.mfaToken, code: authenticator.generate(DEMO_TOTP_SECRET) }).expect(200);
    const [network] = await t.dataSource.query(`SELECT id FROM networks WHERE code = 'nord-milano'`);
    expect(counsellor.body.user.networkIds).toEqual([network.id]);
    for (const email of ['hr@acme.demo', 'formazione@enaip.demo', 'sindacato@cgil.demo']) {
      const partner = await request(t.server).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
      const mine = await request(t.server).get('/api/organisations/mine').set('Authorization', `Bearer ${partner.body.accessToken}`).expect(200);
      expect(mine.body.canPublish).toBe(true);
    }
  });
});
