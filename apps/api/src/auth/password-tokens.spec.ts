import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { AuditEntry, MailOutboxEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser } from '../../test/fixtures';
import { createAccount, lastMail, tokenOf } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

describe('password reset and invitations (one-time e-mailed tokens)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PARTNER_PORTAL_URL: 'https://partner.ponte.test', NETWORK_PORTAL_URL: 'https://rete.ponte.test' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => request(t.server).post('/api/auth/login').send({ email, password });
  const reset = (email: string, ip = '10.4.0.1') => request(t.server).post('/api/auth/password-reset').set('X-Forwarded-For', ip).send({ email });
  const confirm = (token: string, password: string) => request(t.server).post('/api/auth/password-reset/confirm').send({ token, password });

  it('answers 202 with the same body whether or not the address has an account', async () => {
    const partner = await createAccount(t, 'partner_member', { organisation: await createOrganisation(t) });
    const known = await reset(partner.email).expect(202);
    const unknown = await reset('nessuno@ponte.test').expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(await lastMail(t, 'password-reset', 'nessuno@ponte.test')).toBeNull();
    expect(await lastMail(t, 'password-reset', partner.email)).not.toBeNull();
  });

  it('e-mails a sealed one-time link, stores only the token hash, and queues delivery by outbox id', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    await reset(partner.email).expect(202);
    const mail = await lastMail(t, 'password-reset', partner.email);
    expect(mail?.params['minutes']).toBe(30);
    expect(String(mail?.params['link'])).toMatch(/^https:\/\/partner\.ponte\.test\/reset-password\?token=[\w-]{43}$/);
    const token = tokenOf(mail?.params['link']);
    // Neither the outbox row nor the tokens table holds the raw token.
    const [raw] = await t.dataSource.query(`SELECT params::text AS params FROM mail_outbox WHERE id = $1`, [mail?.entry.id]);
    expect(raw.params).not.toContain(token);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM auth_tokens WHERE token_hash = $1`, [token]);
    expect(n).toBe(0);
    const job = await t.app.get<Queue>(getQueueToken(QUEUES.notifications)).getJob(mail?.entry.id ?? '');
    expect(job?.name).toBe(JOBS.notifications.deliverOutbox);
    expect(job?.data).toEqual({ outboxId: mail?.entry.id });
  });

  it('sets the new password once, ends every session, and the old password stops working', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const before = await login(partner.email, partner.password).expect(200);
    await reset(partner.email).expect(202);
    const token = tokenOf((await lastMail(t, 'password-reset', partner.email))?.params['link']);
    await confirm(token, 'Nuova-password-lunga-2026').expect(204);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${before.body.accessToken}`).expect(401);
    await login(partner.email, partner.password).expect(401);
    await login(partner.email, 'Nuova-password-lunga-2026').expect(200);
    const again = await confirm(token, 'Ancora-un-altra-password').expect(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'token', code: 'tokenInvalidOrExpired' })]);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.password_reset', actorId: partner.user.id })).toBe(1);
  });

  it('refuses an expired token and a superseded one', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    await reset(partner.email).expect(202);
    const first = tokenOf((await lastMail(t, 'password-reset', partner.email))?.params['link']);
    await t.dataSource.query(`UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password_reset'`, [partner.user.id]);
    await confirm(first, 'Nuova-password-lunga-2026').expect(422);
    await reset(partner.email).expect(202);
    const second = tokenOf((await lastMail(t, 'password-reset', partner.email))?.params['link']);
    await reset(partner.email).expect(202);
    const third = tokenOf((await lastMail(t, 'password-reset', partner.email))?.params['link']);
    await confirm(second, 'Nuova-password-lunga-2026').expect(422);
    await confirm(third, 'Nuova-password-lunga-2026').expect(204);
  });

  it('enforces the password policy: 12 characters, not containing the e-mail', async () => {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t), email: 'giulia.rossi@acme.test' });
    await reset(partner.email).expect(202);
    const token = tokenOf((await lastMail(t, 'password-reset', partner.email))?.params['link']);
    const short = await confirm(token, 'Corta-123').expect(422);
    expect(short.body.errors).toEqual([{ field: 'password', code: 'passwordTooShort', message: 'La password deve contenere almeno 12 caratteri.' }]);
    const withEmail = await confirm(token, 'Xgiulia.rossi@acme.test!').expect(422);
    expect(withEmail.body.errors[0].code).toBe('passwordContainsEmail');
    const withLocalPart = await confirm(token, 'GIULIA.ROSSI-2026-primavera').expect(422);
    expect(withLocalPart.body.errors[0].code).toBe('passwordContainsEmail');
    await confirm(token, 'Primavera-sul-Naviglio').expect(204);
  });

  it('rate-limits reset requests per e-mail (429), still revealing nothing', async () => {
    for (let i = 0; i < 3; i++) await reset('limitata@ponte.test', `10.5.0.${i}`).expect(202);
    const limited = await reset('limitata@ponte.test', '10.5.1.1').expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('invites a counsellor: e-mailed link to the network portal, password chosen once, then TOTP enrolment at sign-in', async () => {
    const coordinator = await signedInUser(t, 'coordinator');
    const network = await createNetwork(t);
    const invited = await request(t.server)
      .post('/api/staff/invitations')
      .set('Authorization', coordinator.auth)
      .send({ email: 'Nuova.Consulente@ponte.test', displayName: 'Sportello Rho', role: 'counsellor', networkIds: [network.id], language: 'en' })
      .expect(201);
    expect(invited.body).toMatchObject({ email: 'nuova.consulente@ponte.test', role: 'counsellor', invitationPending: true, active: true, networkIds: [network.id] });
    const mail = await lastMail(t, 'invitation', 'nuova.consulente@ponte.test');
    expect(mail?.entry.language).toBe('en');
    expect(mail?.params['days']).toBe(7);
    expect(String(mail?.params['link'])).toMatch(/^https:\/\/rete\.ponte\.test\/accept-invitation\?token=/);
    // No password yet: signing in fails like any wrong password.
    await login('nuova.consulente@ponte.test', 'Qualsiasi-password-1').expect(401);
    const token = tokenOf(mail?.params['link']);
    await request(t.server).post('/api/auth/invitations/accept').send({ token, password: 'Sesto-San-Giovanni-1' }).expect(204);
    await request(t.server).post('/api/auth/invitations/accept').send({ token, password: 'Sesto-San-Giovanni-2' }).expect(422);
    const signIn = await login('nuova.consulente@ponte.test', 'Sesto-San-Giovanni-1').expect(200);
    expect(signIn.body.mfaEnrolmentRequired).toBe(true);
    // An invitation token is not a reset token.
    await confirm(token, 'Sesto-San-Giovanni-3').expect(422);
    const row = await t.dataSource.getRepository(MailOutboxEntry).findOneByOrFail({ id: mail?.entry.id ?? '' });
    expect(JSON.stringify(row.params)).not.toContain('Sportello');
  });
});
