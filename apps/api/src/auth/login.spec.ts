import { AuditEntry, Session, User } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation } from '../../test/fixtures';
import { createAccount, TEST_PASSWORD } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/** Everything but `instance`, which names the request. */
const problemBody = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

describe('sign-in: password step, lockout, rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    request(t.server).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('signs a partner in with a session, a refresh cookie and the permission list', async () => {
    const organisation = await createOrganisation(t);
    const partner = await createAccount(t, 'partner_admin', { organisation });
    const res = await login(partner.email.toUpperCase(), partner.password).expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 600,
      user: { id: partner.user.id, email: partner.email, role: 'partner_admin', organisationId: organisation.id, networkIds: [], mfaEnabled: false },
    });
    expect(res.body.user.permissions).toContain('team:manage');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^ponte_refresh=[0-9a-f-]{36}\.[\w-]{43};/);
    expect(cookie).toContain('Path=/api/auth');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // only in production
    const me = await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('stores argon2id hashes', async () => {
    const account = await createAccount(t, 'partner_member', { organisation: await createOrganisation(t) });
    const [{ password_hash }] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [account.user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers an unknown e-mail exactly like a wrong password (no enumeration)', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const unknown = await login('nessuno@ponte.test', TEST_PASSWORD).expect(401);
    const wrong = await login(partner.email, 'not-the-password').expect(401);
    expect(unknown.body.type).toBe('urn:ponte:problem:invalid-credentials');
    expect(problemBody(unknown.body)).toEqual(problemBody(wrong.body));
    expect(unknown.headers['set-cookie']).toBeUndefined();
    const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'auth.sign_in', outcome: 'failure' } });
    expect(entries.map((e) => e.details['reason'])).toEqual(expect.arrayContaining(['unknown_account', 'wrong_password']));
    expect(JSON.stringify(entries)).not.toContain('nessuno@ponte.test');
  });

  it('locks the account for 15 minutes after 5 failures in 15 minutes, with the same answer', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    for (let i = 0; i < 5; i++) await login(partner.email, `wrong-${i}`).expect(401);
    const locked = await login(partner.email, partner.password).expect(401);
    const wrong = await login('nessuno@ponte.test', 'x').expect(401);
    expect(problemBody(locked.body)).toEqual(problemBody(wrong.body));
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: partner.user.id });
    const minutes = ((user.lockedUntil?.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.lockout', actorId: partner.user.id })).toBe(1);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.sign_in', outcome: 'denied', actorId: partner.user.id })).toBe(1);
    // Once the lock has run out, the right password works again.
    await t.dataSource.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [partner.user.id]);
    await login(partner.email, partner.password).expect(200);
  });

  it('counts only failures within the 15-minute window', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    for (let i = 0; i < 4; i++) await login(partner.email, 'wrong').expect(401);
    await t.dataSource.query(`UPDATE users SET failed_since = now() - interval '16 minutes' WHERE id = $1`, [partner.user.id]);
    await login(partner.email, 'wrong').expect(401);
    await login(partner.email, partner.password).expect(200);
  });

  it('rate-limits per e-mail and per IP with 429 and Retry-After', async () => {
    const email = 'bersaglio@ponte.test';
    for (let i = 0; i < 10; i++) await login(email, 'x', `10.1.0.${i}`).expect(401);
    const limited = await login(email, 'x', '10.1.1.1').expect(429);
    expect(limited.body.type).toBe('urn:ponte:problem:too-many-requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(900);
    for (let i = 0; i < 50; i++) await login(`altro${i}@ponte.test`, 'x', '10.2.0.1').expect(401);
    await login('ancora@ponte.test', 'x', '10.2.0.1').expect(429);
    await login('ancora@ponte.test', 'x', '10.2.0.2').expect(401);
  });

  it('never opens a session for a coordinator or counsellor on the password alone', async () => {
    const coordinator = await createAccount(t, 'coordinator', { totp: true });
    const counsellor = await createAccount(t, 'counsellor', { networks: [await createNetwork(t)] });
    const withTotp = await login(coordinator.email, coordinator.password).expect(200);
    expect(withTotp.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String), expiresIn: 300 });
    const withoutTotp = await login(counsellor.email, counsellor.password).expect(200);
    expect(withoutTotp.body).toEqual({ mfaEnrolmentRequired: true, enrolmentToken: expect.any(String), expiresIn: 900 });
    expect(withTotp.headers['set-cookie']).toBeUndefined();
    expect(await t.dataSource.getRepository(Session).countBy({ userId: coordinator.user.id })).toBe(0);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: counsellor.user.id })).toBe(0);
    // Step tokens are not access tokens.
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${withTotp.body.mfaToken}`).expect(401);
  });

  it('refuses a disabled account like a wrong password', async () => {
    const partner = await createAccount(t, 'partner_member', { organisation: await createOrganisation(t) });
    await t.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [partner.user.id]);
    const res = await login(partner.email, partner.password).expect(401);
    expect(res.body.type).toBe('urn:ponte:problem:invalid-credentials');
  });
});
