import { Controller, Get, Module } from '@nestjs/common';
import { PERMISSIONS } from '@ponte/domain';
import { Session } from '@ponte/persistence';
import request from 'supertest';
import { AccessTokenService } from './access-token.service';
import { CurrentPrincipal, RequirePermissions } from './decorators';
import type { Principal } from '../common/context/principal';
import { createTestApp, TestApp } from '../../test/test-app';
import { createNetwork, createOrganisation, signedInUser } from '../../test/fixtures';

@Controller('guard-probe')
class ProbeController {
  @Get()
  whoAmI(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
  @Get('vet')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_VET)
  vet() {
    return { ok: true };
  }
}
@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('AuthGuard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, [ProbeModule]);
  });
  afterAll(() => t.close());

  it('refuses a request without a token with 401 problem+json', async () => {
    const res = await request(t.server).get('/api/guard-probe').expect(401);
    expect(res.body.type).toBe('urn:ponte:problem:unauthorized');
  });

  it('loads role, networks and organisation from the database', async () => {
    const network = await createNetwork(t);
    const counsellor = await signedInUser(t, 'counsellor', { networks: [network] });
    const res = await request(t.server).get('/api/guard-probe').set('Authorization', counsellor.auth).expect(200);
    expect(res.body).toMatchObject({ userId: counsellor.user.id, role: 'counsellor', networkIds: [network.id], organisationId: null });
    expect(res.body.permissions).toContain(PERMISSIONS.PROFILES_READ);
  });

  it('answers 403 when the role lacks the permission', async () => {
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    await request(t.server).get('/api/guard-probe/vet').set('Authorization', partner.auth).expect(403);
    const coordinator = await signedInUser(t, 'coordinator');
    await request(t.server).get('/api/guard-probe/vet').set('Authorization', coordinator.auth).expect(200);
  });

  it('refuses a token whose session was revoked (no replay after sign-out)', async () => {
    const coordinator = await signedInUser(t, 'coordinator');
    await t.dataSource.getRepository(Session).update(coordinator.session.id, { revokedAt: new Date() });
    await request(t.server).get('/api/guard-probe').set('Authorization', coordinator.auth).expect(401);
  });

  it('refuses forged and expired tokens', async () => {
    const coordinator = await signedInUser(t, 'coordinator');
    const [header, payload] = coordinator.token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
    await request(t.server).get('/api/guard-probe').set('Authorization', `Bearer ${header}.${forgedPayload}.${coordinator.token.split('.')[2]}`).expect(401);
    const expired = t.app.get(AccessTokenService).sign(coordinator.user.id, coordinator.session.id, Date.now() - 3600_000);
    await request(t.server).get('/api/guard-probe').set('Authorization', `Bearer ${expired}`).expect(401);
    await request(t.server).get('/api/guard-probe').set('Authorization', 'Bearer not-a-token').expect(401);
  });

  it('refuses a counsellor session that did not pass the second factor', async () => {
    const counsellor = await signedInUser(t, 'counsellor');
    await t.dataSource.getRepository(Session).update(counsellor.session.id, { mfaVerified: false });
    await request(t.server).get('/api/guard-probe').set('Authorization', counsellor.auth).expect(401);
  });
});
