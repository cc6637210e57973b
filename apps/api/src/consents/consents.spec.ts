import { getQueueToken } from '@nestjs/bullmq';
import { consentRevokedJobId, JOBS, QUEUES, recomputeProfileJobId } from '@ponte/jobs';
import { AuditEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import fc from 'fast-check';
import request from 'supertest';
import { createProfile, ProfileWorld, profileWorld } from '../../test/profiles/profile-fixtures';
import { createOrganisation, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { ConsentsService } from './consents.service';

describe('consents', () => {
  let t: TestApp;
  let w: ProfileWorld;
  let consents: ConsentsService;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    consents = t.app.get(ConsentsService);
  });
  afterAll(() => t.close());

  const record = (profileId: string, body: object, auth = w.counsellor.auth) =>
    request(t.server).post(`/api/profiles/${profileId}/consents`).set('Authorization', auth).send(body);
  const version = async (id: string): Promise<number> => (await t.dataSource.query('SELECT version FROM profiles WHERE id = $1', [id]))[0].version;

  it('records the matching consent with who, when and on what basis, once', async () => {
    const { id } = await createProfile(t, w.counsellor);
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(false);
    const res = await record(id, { kind: 'matching', basis: 'explicit_verbal' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      profileId: id,
      kind: 'matching',
      organisationId: null,
      basis: 'explicit_verbal',
      recordedBy: w.counsellor.user.id,
      recordedAt: expect.any(String),
      revokedAt: null,
      revokedBy: null,
      active: true,
    });
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(true);
    expect(await version(id)).toBe(2);

    const again = await record(id, { kind: 'matching', basis: 'signed_form' }).expect(409);
    expect(again.body.detail).toBe('Questo consenso (matching) è già registrato e attivo.');

    const list = await request(t.server).get('/api/profiles?pageSize=100').set('Authorization', w.counsellor.auth).expect(200);
    expect(list.body.items.find((p: { id: string }) => p.id === id).matchingConsent).toBe(true);
  });

  it('scopes card sharing and identity disclosure to one named organisation', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const other = await createOrganisation(t);
    await record(id, { kind: 'share_card', organisationId: w.organisation.id, basis: 'signed_form' }).expect(201);
    await record(id, { kind: 'disclose_identity', organisationId: other.id, basis: 'written_message' }).expect(201);
    expect(await consents.hasActiveConsent(id, 'share_card', w.organisation.id)).toBe(true);
    expect(await consents.hasActiveConsent(id, 'share_card', other.id)).toBe(false);
    expect(await consents.hasActiveConsent(id, 'disclose_identity', other.id)).toBe(true);
    expect(await consents.hasActiveConsent(id, 'disclose_identity', w.organisation.id)).toBe(false);
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(false);
    await expect(consents.hasActiveConsent(id, 'share_card')).rejects.toThrow(TypeError);
  });

  it('refuses an organisation where none belongs, a missing, unknown or blocked one', async () => {
    const { id } = await createProfile(t, w.counsellor, { blockedOrganisations: [w.organisation.id] });
    const cases: [object, string][] = [
      [{ kind: 'matching', organisationId: w.organisation.id, basis: 'explicit_verbal' }, 'consentWithoutOrganisation'],
      [{ kind: 'share_card', basis: 'explicit_verbal' }, 'isDefined'],
      [{ kind: 'share_card', organisationId: '00000000-0000-4000-8000-000000000000', basis: 'explicit_verbal' }, 'unknownOrganisation'],
      [{ kind: 'disclose_identity', organisationId: w.organisation.id, basis: 'explicit_verbal' }, 'organisationBlocked'],
    ];
    for (const [body, code] of cases) {
      const res = await record(id, body).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', code })]);
    }
    const bad = await record(id, { kind: 'forever', basis: 'telepathy' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['basis', 'kind']);
    expect(await version(id)).toBe(1);
  });

  it('revocation hides what the consent allowed at once and asks for open proposals to be withdrawn', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const card = (await record(id, { kind: 'share_card', organisationId: w.organisation.id, basis: 'signed_form' }).expect(201)).body;
    const matching = (await record(id, { kind: 'matching', basis: 'explicit_verbal' }).expect(201)).body;

    const revoked = await request(t.server).post(`/api/profiles/${id}/consents/${card.id}/revoke`).set('Authorization', w.colleague.auth).expect(200);
    expect(revoked.body).toMatchObject({ id: card.id, active: false, revokedBy: w.colleague.user.id, revokedAt: expect.any(String) });
    expect(await consents.hasActiveConsent(id, 'share_card', w.organisation.id)).toBe(false);
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(true);
    expect(await version(id)).toBe(4);

    const proposals = t.app.get<Queue>(getQueueToken(QUEUES.proposals));
    const job = await proposals.getJob(consentRevokedJobId(card.id));
    expect(job).toMatchObject({
      name: JOBS.proposals.withdrawForRevokedConsent,
      data: { consentId: card.id, profileId: id, kind: 'share_card', organisationId: w.organisation.id, revokedAt: expect.any(String) },
    });
    expect(await t.app.get<Queue>(getQueueToken(QUEUES.matching)).getJob(recomputeProfileJobId(id, 4))).toBeDefined();

    await request(t.server).post(`/api/profiles/${id}/consents/${card.id}/revoke`).set('Authorization', w.counsellor.auth).expect(409);
    await request(t.server).post(`/api/profiles/${id}/consents/${matching.id}/revoke`).set('Authorization', w.counsellor.auth).expect(200);
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(false);

    // A new consent may be recorded after a revocation; the history keeps both.
    await record(id, { kind: 'matching', basis: 'signed_form' }).expect(201);
    const history = await request(t.server).get(`/api/profiles/${id}/consents`).set('Authorization', w.counsellor.auth).expect(200);
    expect(history.body.map((c: { kind: string; active: boolean }) => `${c.kind}:${c.active}`).sort()).toEqual([
      'matching:false',
      'matching:true',
      'share_card:false',
    ]);

    const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { targetId: card.id }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.details])).toEqual([
      ['consent.record', { profileId: id, kind: 'share_card', basis: 'signed_form', version: 2 }],
      ['consent.revoke', { profileId: id, kind: 'share_card', version: 4 }],
    ]);
  });

  it('answers 404 outside the caller\'s networks and for a consent of another profile', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const another = await createProfile(t, w.counsellor);
    const consent = (await record(id, { kind: 'matching', basis: 'explicit_verbal' }).expect(201)).body;
    await request(t.server).get(`/api/profiles/${id}/consents`).set('Authorization', w.outsider.auth).expect(404);
    await record(id, { kind: 'matching', basis: 'explicit_verbal' }, w.outsider.auth).expect(404);
    await request(t.server).post(`/api/profiles/${id}/consents/${consent.id}/revoke`).set('Authorization', w.outsider.auth).expect(404);
    await request(t.server).post(`/api/profiles/${another.id}/consents/${consent.id}/revoke`).set('Authorization', w.counsellor.auth).expect(404);
    await request(t.server).post(`/api/profiles/${id}/consents/not-a-uuid/revoke`).set('Authorization', w.counsellor.auth).expect(404);
    expect(await consents.hasActiveConsent(id, 'matching')).toBe(true);
  });

  it('answers 201, 409 or 422, never an error, to any body', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('matching', 'share_card', 'signed_form', w.organisation.id));
    await fc.assert(
      fc.asyncProperty(fc.record({ kind: field, organisationId: field, basis: field }, { requiredKeys: [] }), async (body) => {
        const res = await record(id, body);
        return [201, 409, 422].includes(res.status);
      }),
      { numRuns: 100 },
    );
  });

  it('is for counsellors only', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const partner = await signedInUser(t, 'partner_admin', { organisation: w.organisation });
    const coordinator = await signedInUser(t, 'coordinator');
    for (const [who, status] of [
      [partner, 404],
      [coordinator, 403],
    ] as const) {
      await request(t.server).get(`/api/profiles/${id}/consents`).set('Authorization', who.auth).expect(status);
      await record(id, { kind: 'matching', basis: 'explicit_verbal' }, who.auth).expect(status);
    }
  });
});
