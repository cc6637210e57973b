import { AuditEntry, RecoveryCode, User } from '@ponte/persistence';
import { authenticator } from 'otplib';
import request from 'supertest';
import { createNetwork, createOrganisation } from '../../test/fixtures';
import { createAccount, secretOf, totpCode } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

describe('sign-in: TOTP second factor and enrolment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, ip = '10.3.0.1') => request(t.server).post(path).set('X-Forwarded-For', ip).send(body);
  const mfaTokenOf = async (email: string, password: string) => (await post('/api/auth/login', { email, password }).expect(200)).body.mfaToken as string;

  it('opens an MFA-verified session for a coordinator with the right TOTP code, once per code', async () => {
    const coordinator = await createAccount(t, 'coordinator', { totp: true });
    const mfaToken = await mfaTokenOf(coordinator.email, coordinator.password);
    const code = totpCode(secretOf(coordinator));
    const res = await post('/api/auth/login/totp', { mfaToken, code }).expect(200);
    expect(res.body.user).toMatchObject({ id: coordinator.user.id, role: 'coordinator', mfaEnabled: true });
    expect(String(res.headers['set-cookie'])).toContain('ponte_refresh=');
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    // The step token is single use, and the same code cannot be replayed in a new sign-in.
    expect((await post('/api/auth/login/totp', { mfaToken, code }).expect(401)).body.type).toBe('urn:ponte:problem:mfa-expired');
    const again = await mfaTokenOf(coordinator.email, coordinator.password);
    expect((await post('/api/auth/login/totp', { mfaToken: again, code }).expect(401)).body.type).toBe('urn:ponte:problem:invalid-second-factor');
  });

  it('accepts the previous code for clock drift but not one from two minutes ago', async () => {
    const coordinator = await createAccount(t, 'coordinator', { totp: true });
    const stale = await mfaTokenOf(coordinator.email, coordinator.password);
    await post('/api/auth/login/totp', { mfaToken: stale, code: totpCode(secretOf(coordinator), -4) }).expect(401);
    const drift = await mfaTokenOf(coordinator.email, coordinator.password);
    await post('/api/auth/login/totp', { mfaToken: drift, code: totpCode(secretOf(coordinator), -1) }).expect(200);
  });

  it('locks the account after 5 wrong codes (TOTP brute force), even for the right code', async () => {
    const counsellor = await createAccount(t, 'counsellor', { networks: [await createNetwork(t)], totp: true });
    const mfaToken = await mfaTokenOf(counsellor.email, counsellor.password);
    const right = totpCode(secretOf(counsellor));
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await post('/api/auth/login/totp', { mfaToken, code: wrong }).expect(401);
    const locked = await post('/api/auth/login/totp', { mfaToken, code: right }).expect(401);
    expect(locked.body.type).toBe('urn:ponte:problem:invalid-second-factor');
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: counsellor.user.id })).lockedUntil).not.toBeNull();
    // The password step is locked too.
    expect((await post('/api/auth/login', { email: counsellor.email, password: counsellor.password }).expect(401)).body.type).toBe(
      'urn:ponte:problem:invalid-credentials',
    );
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.second_factor', outcome: 'failure', actorId: counsellor.user.id })).toBe(5);
  });

  it('does not let a known password reset the count of wrong codes', async () => {
    const coordinator = await createAccount(t, 'coordinator', { totp: true });
    const right = totpCode(secretOf(coordinator));
    const wrong = right === '000000' ? '111111' : '000000';
    for (let round = 0; round < 2; round++) {
      const mfaToken = await mfaTokenOf(coordinator.email, coordinator.password);
      for (let i = 0; i < (round === 0 ? 4 : 1); i++) await post('/api/auth/login/totp', { mfaToken, code: wrong }).expect(401);
    }
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: coordinator.user.id })).lockedUntil).not.toBeNull();
  });

  it('walks a counsellor without TOTP through enrolment: QR code, first code, session and 10 recovery codes', async () => {
    const counsellor = await createAccount(t, 'counsellor', { networks: [await createNetwork(t)] });
    const login = await post('/api/auth/login', { email: counsellor.email, password: counsellor.password }).expect(200);
    const { enrolmentToken } = login.body;
    const start = await post('/api/auth/mfa/enrolment', { enrolmentToken }).expect(200);
    expect(start.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Ponte:.+\?secret=[A-Z2-7]+&period=30&digits=6&algorithm=SHA1&issuer=Ponte$/);
    expect(start.body.qrCode).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]{200,}$/);
    const secret: string = start.body.secret;
    // The secret is stored encrypted, never in clear.
    const [row] = await t.dataSource.query('SELECT totp_pending_secret, totp_secret FROM users WHERE id = $1', [counsellor.user.id]);
    expect(row.totp_pending_secret).toMatch(/^v1:/);
    expect(row.totp_pending_secret).not.toContain(secret);
    expect(row.totp_secret).toBeNull();
    // A wrong first code is refused and changes nothing.
    const wrong = authenticator.generate(secret) === '123456' ? '654321' : '123456';
    const refused = await post('/api/auth/mfa/enrolment/confirm', { enrolmentToken, code: wrong }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'totpCodeInvalid' })]);
    const confirmed = await post('/api/auth/mfa/enrolment/confirm', { enrolmentToken, code: totpCode(secret) }).expect(200);
    expect(confirmed.body.user).toMatchObject({ id: counsellor.user.id, mfaEnabled: true });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    for (const code of confirmed.body.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${confirmed.body.accessToken}`).expect(200);
    // Recovery codes are stored hashed.
    const stored = await t.dataSource.getRepository(RecoveryCode).findBy({ userId: counsellor.user.id });
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(confirmed.body.recoveryCodes[0]);
    // The enrolment token is spent; from now on the password leads to the TOTP step.
    await post('/api/auth/mfa/enrolment', { enrolmentToken }).expect(401);
    expect((await post('/api/auth/login', { email: counsellor.email, password: counsellor.password }).expect(200)).body.mfaRequired).toBe(true);

    // A recovery code replaces the authenticator, once.
    const recovery = confirmed.body.recoveryCodes[3];
    const first = await mfaTokenOf(counsellor.email, counsellor.password);
    await post('/api/auth/login/totp', { mfaToken: first, code: recovery.toUpperCase() }).expect(200);
    const second = await mfaTokenOf(counsellor.email, counsellor.password);
    await post('/api/auth/login/totp', { mfaToken: second, code: recovery }).expect(401);
  });

  it('lets a signed-in partner opt in to TOTP, after which sign-in asks for it', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const login = await post('/api/auth/login', { email: partner.email, password: partner.password }).expect(200);
    const auth = `Bearer ${login.body.accessToken}`;
    const start = await request(t.server).post('/api/auth/me/totp').set('Authorization', auth).expect(200);
    const confirm = await request(t.server).post('/api/auth/me/totp/confirm').set('Authorization', auth).send({ code: totpCode(start.body.secret) }).expect(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    const next = await post('/api/auth/login', { email: partner.email, password: partner.password }).expect(200);
    expect(next.body).toMatchObject({ mfaRequired: true });
  });
});
