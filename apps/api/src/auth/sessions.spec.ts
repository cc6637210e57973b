import { parseEnv, testEnvironment } from '@ponte/config';
import { AuditEntry, Session } from '@ponte/persistence';
import request from 'supertest';
import { IsNull, Not } from 'typeorm';
import { createOrganisation } from '../../test/fixtures';
import { createAccount } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { refreshCookieHeader } from './refresh-cookie';

const cookieValue = (res: request.Response) => /ponte_refresh=([^;]*)/.exec(String(res.headers['set-cookie']))?.[1] ?? '';

describe('sessions: refresh rotation, reuse detection, sign-out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signIn() {
    const partner = await createAccount(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const res = await request(t.server).post('/api/auth/login').send({ email: partner.email, password: partner.password }).expect(200);
    return { partner, accessToken: res.body.accessToken as string, refresh: cookieValue(res) };
  }
  const refresh = (token: string, csrf = true) => {
    const req = request(t.server).post('/api/auth/refresh').set('Cookie', `ponte_refresh=${token}`);
    return csrf ? req.set('X-Ponte-CSRF', '1') : req;
  };

  it('rotates the refresh token on every refresh and answers a fresh access token', async () => {
    const { partner, refresh: first } = await signIn();
    const one = await refresh(first).expect(200);
    const second = cookieValue(one);
    expect(second).not.toBe(first);
    expect(second.split('.')[0]).toBe(first.split('.')[0]); // same session
    expect(one.body.user.id).toBe(partner.user.id);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${one.body.accessToken}`).expect(200);
    const two = await refresh(second).expect(200);
    expect(cookieValue(two)).not.toBe(second);
  });

  it('treats a reused (already rotated) refresh token as theft: the whole session is revoked', async () => {
    const { partner, accessToken, refresh: stolen } = await signIn();
    const legit = await refresh(stolen).expect(200);
    const reuse = await refresh(stolen).expect(401);
    expect(String(reuse.headers['set-cookie'])).toMatch(/ponte_refresh=;/); // cleared
    // The legitimate holder's tokens die with the session.
    await refresh(cookieValue(legit)).expect(401);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${legit.body.accessToken}`).expect(401);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.refresh_reuse', actorId: partner.user.id })).toBe(1);
  });

  it('requires the X-Ponte-CSRF header on refresh and sign-out', async () => {
    const { accessToken, refresh: token } = await signIn();
    expect((await refresh(token, false).expect(403)).body.type).toBe('urn:ponte:problem:csrf');
    await request(t.server).post('/api/auth/logout').set('Authorization', `Bearer ${accessToken}`).expect(403);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
  });

  it('refuses missing, malformed and unknown refresh tokens', async () => {
    await request(t.server).post('/api/auth/refresh').set('X-Ponte-CSRF', '1').expect(401);
    await refresh('garbage').expect(401);
    await refresh('%ZZ').expect(401); // a malformed escape, not a 500
    await refresh(`00000000-0000-0000-0000-000000000000.${'a'.repeat(43)}`).expect(401);
  });

  it('signs out: the access token stops working at once and the refresh token too', async () => {
    const { partner, accessToken, refresh: token } = await signIn();
    const res = await request(t.server).post('/api/auth/logout').set('Authorization', `Bearer ${accessToken}`).set('X-Ponte-CSRF', '1').expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/ponte_refresh=;/);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
    await refresh(token).expect(401);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: partner.user.id, revokedAt: Not(IsNull()) })).toBe(1);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.sign_out', actorId: partner.user.id })).toBe(1);
  });

  it('signs out with the refresh cookie alone (expired access token)', async () => {
    const { accessToken, refresh: token } = await signIn();
    await request(t.server).post('/api/auth/logout').set('Cookie', `ponte_refresh=${token}`).set('X-Ponte-CSRF', '1').expect(204);
    await request(t.server).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
  });

  it('marks the cookie Secure in production', () => {
    const config = parseEnv({ ...testEnvironment(), NODE_ENV: 'production' });
    expect(refreshCookieHeader(config, 'value')).toMatch(/ponte_refresh=value; Max-Age=43200; Path=\/api\/auth; Expires=.+; HttpOnly; Secure; SameSite=Strict/);
  });
});
