import { QUEUES } from '@ponte/jobs';
import { AuditEntry, Organisation } from '@ponte/persistence';
import request from 'supertest';
import { catalogueWorld, CatalogueWorld, inDays, queueOf } from '../../test/catalogue/catalogue-world';
import type { SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { OfferSeatsService } from './offer-seats.service';

describe('offers', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await catalogueWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: 'Saldatore a filo continuo',
    description: 'Saldatura MIG/MAG di strutture in acciaio, affiancamento iniziale con tutor.',
    occupationUri: w.uri.welder,
    essentialSkills: w.uri.welderSkills.slice(0, 2),
    optionalSkills: w.uri.welderSkills.slice(2, 3),
    languages: [{ code: 'it', cefr: 'A2' }],
    minEqf: 3,
    workMode: 'on_site',
    comune: '015209',
    weeklyHours: 30,
    shifts: ['morning', 'afternoon'],
    contract: 'tempo_determinato',
    seats: 2,
    startDate: inDays(40),
    deadline: inDays(20),
    accommodations: ['flexible_hours', 'confidential_hr'],
    ...overrides,
  });
  const create = async (who: SignedIn, overrides: Record<string, unknown> = {}) =>
    (await request(t.server).post('/api/offers').set('Authorization', who.auth).send(body(overrides)).expect(201)).body;
  const publish = (who: SignedIn, id: string) => request(t.server).post(`/api/offers/${id}/publish`).set('Authorization', who.auth);
  const fieldsOf = (res: request.Response) => res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort();

  it('creates a draft for the caller organisation and audits it', async () => {
    const offer = await create(w.company.member);
    expect(offer).toMatchObject({
      status: 'draft',
      version: 1,
      seatsFilled: 0,
      title: 'Saldatore a filo continuo',
      comune: '015209',
      deadline: inDays(20),
      organisation: { id: w.company.organisation.id, name: 'Officine Meccaniche Brambilla S.r.l.', kind: 'company' },
    });
    expect(offer).not.toHaveProperty('createdBy');
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'offer.create', targetId: offer.id });
    expect(audit).toMatchObject({ actorId: w.company.member.user.id, organisationId: w.company.organisation.id, targetType: 'offer' });
  });

  it('answers 422 naming each bad field: unknown or wrong-kind ESCO URIs, unknown comune, past deadline, seats, hours', async () => {
    const res = await request(t.server)
      .post('/api/offers')
      .set('Authorization', w.company.admin.auth)
      .send(
        body({
          occupationUri: w.uri.welderSkills[0],
          essentialSkills: [w.uri.welderSkills[0], 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000', w.uri.cook],
          comune: '015999',
          deadline: inDays(-1),
          languages: [{ code: 'it', cefr: 'B1' }, { code: 'it', cefr: 'A2' }],
        }),
      )
      .expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.type).toBe('urn:ponte:problem:validation');
    expect(fieldsOf(res)).toEqual([
      'comune:unknownComune',
      'deadline:dateInPast',
      'essentialSkills[1]:unknownEscoSkill',
      'essentialSkills[2]:unknownEscoSkill',
      'languages[1].code:duplicateItem',
      'occupationUri:unknownEscoOccupation',
    ]);
    const shape = await request(t.server)
      .post('/api/offers')
      .set('Authorization', w.company.admin.auth)
      .set('Accept-Language', 'en')
      .send(body({ seats: 0, weeklyHours: 49, contract: 'freelance', shifts: [], surprise: 1 }))
      .expect(422);
    expect(fieldsOf(shape)).toEqual(['contract:isIn', 'seats:min', 'shifts:arrayMinSize', 'surprise:whitelistValidation', 'weeklyHours:max']);
    expect(shape.body.errors.find((e: { field: string }) => e.field === 'weeklyHours').message).toBe('Must be at most 48.');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'offer.create', actorId: w.company.admin.user.id })).toBe(0);
  });

  it('requires a comune unless the work is remote, and refuses a skill both essential and optional', async () => {
    const res = await request(t.server)
      .post('/api/offers')
      .set('Authorization', w.company.admin.auth)
      .send(body({ comune: null, optionalSkills: [w.uri.welderSkills[0]] }))
      .expect(422);
    expect(fieldsOf(res)).toEqual(['comune:comuneRequired', 'optionalSkills[0]:alsoEssential']);
    const remote = await create(w.company.admin, { workMode: 'remote', comune: null });
    expect(remote).toMatchObject({ workMode: 'remote', comune: null });
  });

  it('lets companies and unions post offers, not training bodies; staff cannot write', async () => {
    expect((await create(w.union.admin)).organisation.kind).toBe('union');
    const school = await request(t.server).post('/api/offers').set('Authorization', w.trainingBody.admin.auth).send(body()).expect(403);
    expect(school.body.detail).toMatch(/organizzazione/);
    await request(t.server).post('/api/offers').set('Authorization', w.counsellor.auth).send(body()).expect(403);
    await request(t.server).post('/api/offers').set('Authorization', w.coordinator.auth).send(body()).expect(403);
  });

  it('publishes only for a vetted organisation, then queues indexing and the close at the deadline', async () => {
    const pending = await create(w.pendingCompany.admin);
    const refused = await publish(w.pendingCompany.admin, pending.id).expect(409);
    expect(refused.body).toMatchObject({ type: 'urn:ponte:problem:conflict', currentState: 'pending' });

    const offer = await create(w.company.admin);
    const published = (await publish(w.company.admin, offer.id).expect(200)).body;
    expect(published).toMatchObject({ status: 'published', version: 2 });
    expect(published.publishedAt).toBeTruthy();
    const index = await queueOf(t, QUEUES.search).getJob(`index-offer-${offer.id}-v2`);
    expect(index?.data).toEqual({ kind: 'offer', id: offer.id, version: 2 });
    const close = await queueOf(t, QUEUES.catalogue).getJob(`close-offer-${offer.id}-${inDays(20)}`);
    expect(close?.data).toEqual({ kind: 'offer', id: offer.id, deadline: inDays(20) });
    expect(await close?.isDelayed()).toBe(true);
    expect(close?.opts.delay).toBeGreaterThan(19 * 86_400_000);

    const again = await publish(w.company.admin, offer.id).expect(409);
    expect(again.body.currentState).toBe('published');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'offer.publish', targetId: offer.id })).toBe(1);
  });

  it('refuses to publish a draft whose deadline has passed meanwhile', async () => {
    const offer = await create(w.company.admin);
    await t.dataSource.query(`UPDATE offers SET deadline = $2 WHERE id = $1`, [offer.id, inDays(-2)]);
    const res = await publish(w.company.admin, offer.id).expect(422);
    expect(fieldsOf(res)).toEqual(['deadline:dateInPast']);
  });

  it('edits a published offer only in the fields that do not change who fits it', async () => {
    const offer = await create(w.company.admin);
    await publish(w.company.admin, offer.id).expect(200);
    const locked = await request(t.server)
      .patch(`/api/offers/${offer.id}`)
      .set('Authorization', w.company.admin.auth)
      .send({ essentialSkills: [w.uri.welderSkills[3]], comune: '015146', seats: 3 })
      .expect(422);
    expect(fieldsOf(locked)).toEqual(['comune:lockedWhenPublished', 'essentialSkills:lockedWhenPublished']);
    const edited = (
      await request(t.server)
        .patch(`/api/offers/${offer.id}`)
        .set('Authorization', w.company.admin.auth)
        .send({ seats: 4, description: 'Saldatura MIG/MAG, turni concordati con la referente.', comune: '015209' })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ seats: 4, version: 3, comune: '015209' });
    const unchanged = (
      await request(t.server).patch(`/api/offers/${offer.id}`).set('Authorization', w.company.admin.auth).send({ seats: 4 }).expect(200)
    ).body;
    expect(unchanged.version).toBe(3);
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'offer.update', targetId: offer.id });
    expect(audit.details).toEqual({ fields: ['description', 'seats'], version: 3 });
    const nulls = await request(t.server).patch(`/api/offers/${offer.id}`).set('Authorization', w.company.admin.auth).send({ title: null }).expect(422);
    expect(fieldsOf(nulls)).toEqual(['title:isNotEmpty']);
  });

  it('edits every field of a draft, validating the new values', async () => {
    const offer = await create(w.company.admin);
    const res = await request(t.server)
      .patch(`/api/offers/${offer.id}`)
      .set('Authorization', w.company.admin.auth)
      .send({ occupationUri: w.uri.barista, essentialSkills: w.uri.baristaSkills, comune: '015146', contract: 'apprendistato' })
      .expect(200);
    expect(res.body).toMatchObject({ occupationUri: w.uri.barista, comune: '015146', contract: 'apprendistato', version: 2, status: 'draft' });
    const bad = await request(t.server).patch(`/api/offers/${offer.id}`).set('Authorization', w.company.admin.auth).send({ comune: '015000' }).expect(422);
    expect(fieldsOf(bad)).toEqual(['comune:unknownComune']);
  });

  it('closes by hand, after which nothing changes it; a duplicate is a new draft', async () => {
    const offer = await create(w.company.admin);
    await publish(w.company.admin, offer.id).expect(200);
    const closed = (await request(t.server).post(`/api/offers/${offer.id}/close`).set('Authorization', w.company.admin.auth).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'manual', version: 3 });
    await request(t.server).post(`/api/offers/${offer.id}/close`).set('Authorization', w.company.admin.auth).expect(409);
    const edit = await request(t.server).patch(`/api/offers/${offer.id}`).set('Authorization', w.company.admin.auth).send({ seats: 5 }).expect(409);
    expect(edit.body.currentState).toBe('closed');

    const copy = (await request(t.server).post(`/api/offers/${offer.id}/duplicate`).set('Authorization', w.company.member.auth).expect(201)).body;
    expect(copy.id).not.toBe(offer.id);
    expect(copy).toMatchObject({ status: 'draft', version: 1, title: offer.title, essentialSkills: offer.essentialSkills, publishedAt: null, closedReason: null });
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'offer.duplicate', targetId: copy.id });
    expect(audit.details).toEqual({ sourceId: offer.id });
  });

  it('closes when the last seat is filled', async () => {
    const offer = await create(w.company.admin, { seats: 2 });
    await publish(w.company.admin, offer.id).expect(200);
    const seats = t.app.get(OfferSeatsService);
    expect(await seats.recordHire(offer.id)).toEqual({ version: 3, seatsFilled: 1, status: 'published', closed: false });
    expect(await seats.recordHire(offer.id)).toEqual({ version: 4, seatsFilled: 2, status: 'closed', closed: true });
    await expect(seats.recordHire(offer.id)).rejects.toMatchObject({ spec: { status: 409 } });
    const row = (await request(t.server).get(`/api/offers/${offer.id}`).set('Authorization', w.company.admin.auth).expect(200)).body;
    expect(row).toMatchObject({ status: 'closed', closedReason: 'seats_filled', seatsFilled: 2 });
    expect(await queueOf(t, QUEUES.search).getJob(`index-offer-${offer.id}-v4`)).toBeTruthy();
  });

  describe('scope', () => {
    let draft: { id: string };
    let live: { id: string };
    beforeAll(async () => {
      draft = await create(w.company.admin, { title: 'Bozza riservata' });
      live = await create(w.company.admin, { title: 'Annuncio pubblicato' });
      await publish(w.company.admin, live.id).expect(200);
    });

    it("hides another organisation's offers as if they did not exist (404)", async () => {
      const other = w.otherCompany.admin;
      for (const id of [draft.id, live.id]) {
        await request(t.server).get(`/api/offers/${id}`).set('Authorization', other.auth).expect(404);
        await request(t.server).patch(`/api/offers/${id}`).set('Authorization', other.auth).send({ seats: 9 }).expect(404);
        await request(t.server).post(`/api/offers/${id}/close`).set('Authorization', other.auth).expect(404);
        await request(t.server).post(`/api/offers/${id}/duplicate`).set('Authorization', other.auth).expect(404);
      }
      await request(t.server).get('/api/offers/not-a-uuid').set('Authorization', other.auth).expect(404);
      const list = (await request(t.server).get('/api/offers').set('Authorization', other.auth).expect(200)).body;
      expect(list.items.map((o: { id: string }) => o.id)).not.toContain(live.id);
    });

    it('lists the organisation offers for its partners, drafts included, filterable by status', async () => {
      const all = (await request(t.server).get('/api/offers?pageSize=100').set('Authorization', w.company.member.auth).expect(200)).body;
      expect(all.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([draft.id, live.id]));
      expect(all.items.every((o: { organisation: { id: string } }) => o.organisation.id === w.company.organisation.id)).toBe(true);
      const drafts = (await request(t.server).get('/api/offers?status=draft&pageSize=100').set('Authorization', w.company.member.auth).expect(200)).body;
      expect(drafts.items.every((o: { status: string }) => o.status === 'draft')).toBe(true);
      const page = (await request(t.server).get('/api/offers?pageSize=2&page=2').set('Authorization', w.company.member.auth).expect(200)).body;
      expect(page).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    });

    it('shows staff only published offers of vetted organisations, and hides them at once on suspension', async () => {
      for (const staff of [w.counsellor, w.coordinator]) {
        await request(t.server).get(`/api/offers/${draft.id}`).set('Authorization', staff.auth).expect(404);
        const one = (await request(t.server).get(`/api/offers/${live.id}`).set('Authorization', staff.auth).expect(200)).body;
        expect(one.organisation.name).toBe('Officine Meccaniche Brambilla S.r.l.');
        const list = (await request(t.server).get('/api/offers?pageSize=100').set('Authorization', staff.auth).expect(200)).body;
        expect(list.items.every((o: { status: string }) => o.status === 'published')).toBe(true);
        expect(list.items.map((o: { id: string }) => o.id)).toContain(live.id);
      }
      await t.dataSource.getRepository(Organisation).update(w.company.organisation.id, { status: 'suspended' });
      try {
        await request(t.server).get(`/api/offers/${live.id}`).set('Authorization', w.counsellor.auth).expect(404);
        // The partner still sees its own offers.
        await request(t.server).get(`/api/offers/${live.id}`).set('Authorization', w.company.admin.auth).expect(200);
      } finally {
        await t.dataSource.getRepository(Organisation).update(w.company.organisation.id, { status: 'vetted' });
      }
    });
  });
});
