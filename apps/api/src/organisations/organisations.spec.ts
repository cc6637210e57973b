import { ProblemException } from '../common/problem/problem';
import { AuditEntry, User } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser } from '../../test/fixtures';
import { lastMail } from '../../test/identity-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { OrganisationsService } from './organisations.service';

describe('organisations: publication gate, own organisation, team', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('assertCanPublish (the gate of the offers and courses catalogue)', () => {
    it.each(['pending', 'suspended', 'rejected'] as const)('refuses a %s organisation with 409 and its current state', async (status) => {
      const organisation = await createOrganisation(t, { status });
      const error = await t.app.get(OrganisationsService).assertCanPublish(organisation.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).spec).toMatchObject({ status: 409, type: 'conflict', extensions: { currentState: status } });
    });

    it('lets a vetted organisation publish, and answers 404 for an unknown one', async () => {
      const vetted = await createOrganisation(t, { status: 'vetted' });
      await expect(t.app.get(OrganisationsService).assertCanPublish(vetted.id)).resolves.toBeUndefined();
      await expect(t.app.get(OrganisationsService).assertCanPublish('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ spec: { status: 404 } });
    });

    it('holds a share lock inside the caller’s transaction, so a suspension waits for the publication', async () => {
      const organisation = await createOrganisation(t, { status: 'vetted' });
      await t.dataSource.transaction(async (manager) => {
        await t.app.get(OrganisationsService).assertCanPublish(organisation.id, manager);
        const suspension = t.dataSource.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '300ms'`);
          await other.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [organisation.id]);
        });
        await expect(suspension).rejects.toThrow(/lock timeout/);
      });
    });
  });

  describe('own organisation', () => {
    it('lets a partner admin read and edit it (audited); a member only reads it', async () => {
      const organisation = await createOrganisation(t, { kind: 'training_body', accreditationNumber: 'LOM-1' });
      const admin = await signedInUser(t, 'partner_admin', { organisation });
      const member = await signedInUser(t, 'partner_member', { organisation });
      const patch = { atecoCode: '85.59.20', seatComune: '015182', contact: { name: 'Segreteria corsi', email: 'Corsi@Ente.test' } };
      const res = await request(t.server).patch('/api/organisations/mine').set('Authorization', admin.auth).send(patch).expect(200);
      expect(res.body).toMatchObject({ id: organisation.id, atecoCode: '85.59.20', seatComune: '015182', contact: { name: 'Segreteria corsi', email: 'corsi@ente.test', phone: null } });
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'organisation.update', targetId: organisation.id })).toBe(1);
      await request(t.server).get('/api/organisations/mine').set('Authorization', member.auth).expect(200);
      await request(t.server).patch('/api/organisations/mine').set('Authorization', member.auth).send(patch).expect(403);
      const cleared = await request(t.server).patch('/api/organisations/mine').set('Authorization', admin.auth).send({ accreditationNumber: ' ' }).expect(422);
      expect(cleared.body.errors[0]).toMatchObject({ field: 'accreditationNumber', code: 'accreditationRequired' });
    });

    it('does not let a partner change its identity fields or status', async () => {
      const admin = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t, { status: 'pending' }) });
      const res = await request(t.server).patch('/api/organisations/mine').set('Authorization', admin.auth).send({ status: 'vetted', vatNumber: '00488410010' }).expect(422);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'vatNumber']);
    });

    it('answers 404 for another organisation’s record to a partner, and 403 for the coordinators’ list', async () => {
      const mine = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
      const other = await createOrganisation(t);
      await request(t.server).get(`/api/organisations/${other.id}`).set('Authorization', mine.auth).expect(403);
      await request(t.server).get('/api/organisations').set('Authorization', mine.auth).expect(403);
      const coordinator = await signedInUser(t, 'coordinator');
      const read = await request(t.server).get(`/api/organisations/${other.id}`).set('Authorization', coordinator.auth).expect(200);
      expect(read.body).toMatchObject({ id: other.id, status: 'vetted', canPublish: true });
      await request(t.server).get('/api/organisations/not-a-uuid').set('Authorization', coordinator.auth).expect(404);
    });

    it('lists organisations for coordinators with status, kind and name filters', async () => {
      const coordinator = await signedInUser(t, 'coordinator');
      const pending = await createOrganisation(t, { status: 'pending', kind: 'union', legalName: 'CISL Milano Metropoli' });
      const res = await request(t.server).get('/api/organisations?status=pending&kind=union&q=cisl').set('Authorization', coordinator.auth).expect(200);
      expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: pending.id, legalName: 'CISL Milano Metropoli' }] });
    });
  });

  describe('team (partner admins manage their colleagues)', () => {
    it('invites a colleague into the admin’s own organisation and lists only that organisation', async () => {
      const organisation = await createOrganisation(t);
      const admin = await signedInUser(t, 'partner_admin', { organisation });
      await signedInUser(t, 'partner_member', { organisation: await createOrganisation(t) });
      const invited = await request(t.server)
        .post('/api/organisations/mine/invitations')
        .set('Authorization', admin.auth)
        .send({ email: 'selezione@impresa.test', displayName: 'Selezione', role: 'partner_member' })
        .expect(201);
      expect(invited.body).toMatchObject({ email: 'selezione@impresa.test', role: 'partner_member', invitationPending: true });
      expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: invited.body.id })).organisationId).toBe(organisation.id);
      expect(String((await lastMail(t, 'invitation', 'selezione@impresa.test'))?.params['link'])).toContain('/accept-invitation?token=');
      const list = await request(t.server).get('/api/organisations/mine/users').set('Authorization', admin.auth).expect(200);
      expect(list.body.items.map((u: { id: string }) => u.id).sort()).toEqual([admin.user.id, invited.body.id].sort());
      // Partners cannot invite staff.
      await request(t.server)
        .post('/api/organisations/mine/invitations')
        .set('Authorization', admin.auth)
        .send({ email: 'x@impresa.test', displayName: 'X', role: 'coordinator' })
        .expect(422);
    });

    it('deactivates a colleague (sessions end at once), never one of another organisation (404) nor oneself (409)', async () => {
      const organisation = await createOrganisation(t);
      const admin = await signedInUser(t, 'partner_admin', { organisation });
      const colleague = await signedInUser(t, 'partner_member', { organisation });
      const stranger = await signedInUser(t, 'partner_member', { organisation: await createOrganisation(t) });
      await request(t.server).post(`/api/organisations/mine/users/${stranger.user.id}/deactivate`).set('Authorization', admin.auth).expect(404);
      await request(t.server).get('/api/auth/me').set('Authorization', stranger.auth).expect(200);
      await request(t.server).post(`/api/organisations/mine/users/${admin.user.id}/deactivate`).set('Authorization', admin.auth).expect(409);
      await request(t.server).post(`/api/organisations/mine/users/${colleague.user.id}/deactivate`).set('Authorization', admin.auth).expect(204);
      await request(t.server).get('/api/auth/me').set('Authorization', colleague.auth).expect(401);
      await request(t.server).post(`/api/organisations/mine/users/${colleague.user.id}/reactivate`).set('Authorization', admin.auth).expect(204);
      expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: colleague.user.id })).disabledAt).toBeNull();
      const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
      await request(t.server).get('/api/organisations/mine/users').set('Authorization', counsellor.auth).expect(403);
    });
  });
});
