import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES, recomputeProfileJobId } from '@ponte/jobs';
import { AuditEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import fc from 'fast-check';
import request from 'supertest';
import { createNetwork, createOrganisation, SignedIn, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { PseudonymGenerator } from './pseudonym-generator';
import { COMUNI, createProfile, EARLIEST_START, OCCUPATIONS, profileBody, ProfileWorld, profileWorld, SKILLS } from '../../test/profiles/profile-fixtures';

describe('profiles API', () => {
  let t: TestApp;
  let w: ProfileWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
  });
  afterAll(() => t.close());

  const audits = (targetId: string) => t.dataSource.getRepository(AuditEntry).find({ where: { targetId }, order: { id: 'ASC' } });

  it('creates a profile with a pseudonym code in the counsellor\'s network, audited without content', async () => {
    const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(profileBody()).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), pseudonymCode: expect.stringMatching(/^MI-/), version: 1 });
    expect(res.headers['location']).toBe(`/api/profiles/${res.body.id}`);

    const read = await request(t.server).get(`/api/profiles/${res.body.id}`).set('Authorization', w.colleague.auth).expect(200);
    expect(read.body).toMatchObject({
      networkId: w.network.id,
      counsellorId: w.counsellor.user.id,
      ageBand: '35-44',
      homeComune: COMUNI.milano,
      skills: [
        { uri: SKILLS.domesticCare, level: 'advanced', acquiredThrough: ['unpaid_care'] },
        { uri: SKILLS.cleanSurfaces, level: 'intermediate', acquiredThrough: ['work', 'unpaid_care'], comment: null },
      ],
      languages: [
        { code: 'ar', cefr: 'C2' },
        { code: 'it', cefr: 'B2' },
      ],
      earliestStart: EARLIEST_START,
      contracts: ['tempo_determinato', 'tempo_indeterminato'],
      notes: 'Disponibile dopo le udienze del mattino; preferisce ambienti con poche persone.',
      safety: { exclusions: [], blockedOrganisations: [] },
      status: 'active',
      version: 1,
    });

    const entries = await audits(res.body.id);
    expect(entries.map((e) => e.action)).toEqual(['profile.create', 'profile.read']);
    expect(entries.every((e) => e.networkId === w.network.id)).toBe(true);
    const logged = JSON.stringify(entries);
    expect(logged).not.toContain(res.body.pseudonymCode);
    expect(logged).not.toContain('udienze');
  });

  it('answers 404 to counsellors of other networks, for reads, updates and erasure alike', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const target of [id, missing, 'not-a-uuid']) {
      const read = await request(t.server).get(`/api/profiles/${target}`).set('Authorization', w.outsider.auth).expect(404);
      expect(read.body.type).toBe('urn:ponte:problem:not-found');
      await request(t.server).patch(`/api/profiles/${target}`).set('Authorization', w.outsider.auth).send({ weeklyHours: 10 }).expect(404);
      await request(t.server)
        .put(`/api/profiles/${target}/safety`)
        .set('Authorization', w.outsider.auth)
        .send({ exclusions: [], blockedOrganisations: [] })
        .expect(404);
      await request(t.server).delete(`/api/profiles/${target}?reason=woman_request`).set('Authorization', w.outsider.auth).expect(404);
    }
    const list = await request(t.server).get('/api/profiles').set('Authorization', w.outsider.auth).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    const unchanged = await request(t.server).get(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).expect(200);
    expect(unchanged.body.version).toBe(1);
  });

  it('refuses coordinators by role (403) and answers partners 404, the same as for a missing profile', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    const coordinator = await signedInUser(t, 'coordinator');
    for (const [who, status] of [
      [coordinator, 403],
      [partner, 404],
    ] as const) {
      await request(t.server).get(`/api/profiles/${id}`).set('Authorization', who.auth).expect(status);
      await request(t.server).get('/api/profiles').set('Authorization', who.auth).expect(status);
      await request(t.server).post('/api/profiles').set('Authorization', who.auth).send(profileBody()).expect(status);
      await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', who.auth).send({ weeklyHours: 30 }).expect(status);
      await request(t.server).put(`/api/profiles/${id}/safety`).set('Authorization', who.auth).send({ exclusions: [], blockedOrganisations: [] }).expect(status);
    }
    const missing = await request(t.server).get('/api/profiles/7f1c3a9e-0000-4000-8000-000000000000').set('Authorization', w.counsellor.auth).expect(404);
    const asPartner = await request(t.server).get(`/api/profiles/${id}`).set('Authorization', partner.auth).expect(404);
    expect({ ...asPartner.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
  });

  it('creates only in one of the counsellor\'s networks and for a counsellor of that network', async () => {
    const elsewhere = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .send(profileBody({ networkId: w.otherNetwork.id }))
      .expect(422);
    expect(elsewhere.body.errors).toEqual([expect.objectContaining({ field: 'networkId', code: 'notYourNetwork' })]);
    const foreignCounsellor = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .send(profileBody({ counsellorId: w.outsider.user.id }))
      .expect(422);
    expect(foreignCounsellor.body.errors).toEqual([expect.objectContaining({ field: 'counsellorId', code: 'notCounsellorOfNetwork' })]);
    const both = await signedInUser(t, 'counsellor', { networks: [w.network, w.otherNetwork] });
    const ambiguous = await request(t.server).post('/api/profiles').set('Authorization', both.auth).send(profileBody()).expect(422);
    expect(ambiguous.body.errors[0]).toMatchObject({ field: 'networkId', code: 'networkRequired' });
    const assigned = await createProfile(t, both, { networkId: w.otherNetwork.id, counsellorId: w.outsider.user.id });
    const read = await request(t.server).get(`/api/profiles/${assigned.id}`).set('Authorization', w.outsider.auth).expect(200);
    expect(read.body).toMatchObject({ networkId: w.otherNetwork.id, counsellorId: w.outsider.user.id });
  });

  it('refuses unknown comuni, ESCO concepts, duplicates and malformed fields, naming each JSON path', async () => {
    const res = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .set('Accept-Language', 'en')
      .send(
        profileBody({
          homeComune: '099999',
          targetOccupations: ['http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000'],
          skills: [
            { uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['volunteering'] },
            { uri: SKILLS.sewFabric, level: 'advanced', acquiredThrough: ['work'] },
            { uri: 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000', level: 'basic', acquiredThrough: ['work'] },
          ],
        }),
      )
      .expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'homeComune:unknownComune',
      'skills[1].uri:duplicateItem',
      'skills[2].uri:unknownEscoSkill',
      'targetOccupations[0]:unknownEscoOccupation',
    ]);
    expect(res.body.errors.find((e: { code: string }) => e.code === 'unknownComune').message).toMatch(/Unknown comune/);

    const malformed = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .send(profileBody({ ageBand: '40', shifts: [], weeklyHours: 0, skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: [] }], name: 'x' }))
      .expect(422);
    const fields = malformed.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ageBand', 'shifts', 'weeklyHours', 'skills[0].acquiredThrough', 'name']));
  });

  it('bounds earliestStart to a plausible window (a year past to two years ahead): 1900-01-01 is a 422 naming it', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const earliestStart of ['1900-01-01', '1985-03-12', day(-400), day(800), '2999-01-01']) {
      const created = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(profileBody({ earliestStart })).expect(422);
      expect(created.body.errors).toEqual([expect.objectContaining({ field: 'earliestStart', code: 'plausibleStart' })]);
      const patched = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).set('Accept-Language', 'en').send({ earliestStart }).expect(422);
      expect(patched.body.errors).toEqual([
        expect.objectContaining({ field: 'earliestStart', code: 'plausibleStart', message: 'The start date must fall between a year ago and two years from today.' }),
      ]);
    }
    for (const earliestStart of [day(-300), day(0), day(700), null]) {
      await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ earliestStart }).expect(200);
    }
  });

  it('updates partially, bumps the version on every change, and asks for the matches to be recomputed', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const res = await request(t.server)
      .patch(`/api/profiles/${id}`)
      .set('Authorization', w.colleague.auth)
      .send({ weeklyHours: 30, eqfLevel: null, skills: [{ uri: SKILLS.assistCustomers, level: 'basic', acquiredThrough: ['training'] }], notes: null })
      .expect(200);
    expect(res.body).toMatchObject({ weeklyHours: 30, eqfLevel: null, notes: null, version: 2, ageBand: '35-44' });
    expect(res.body.skills.map((s: { uri: string }) => s.uri)).toEqual([SKILLS.assistCustomers]);

    const again = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ status: 'paused' }).expect(200);
    expect(again.body).toMatchObject({ status: 'paused', version: 3 });
    const noop = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({}).expect(200);
    expect(noop.body.version).toBe(3);
    await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ ageBand: null }).expect(422);

    const queue = t.app.get<Queue>(getQueueToken(QUEUES.matching));
    for (const version of [1, 2, 3]) {
      const job = await queue.getJob(recomputeProfileJobId(id, version));
      expect(job).toMatchObject({ name: JOBS.matching.recomputeProfile, data: { profileId: id, version } });
    }
    const updates = (await audits(id)).filter((e) => e.action === 'profile.update');
    expect(updates.map((e) => e.details)).toEqual([
      { version: 2, fields: ['eqfLevel', 'notes', 'skills', 'weeklyHours'] },
      { version: 3, fields: ['status'] },
    ]);
  });

  it('archives and reactivates through the status, keeping archived_at consistent', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const archived = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ status: 'archived' }).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const active = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ status: 'active' }).expect(200);
    expect(active.body.archivedAt).toBeNull();
  });

  it('draws another code when the first one collides', async () => {
    const existing = await createProfile(t, w.counsellor);
    const generator = t.app.get(PseudonymGenerator);
    const spy = jest.spyOn(generator, 'next').mockReturnValueOnce(existing.pseudonymCode);
    try {
      const created = await createProfile(t, w.counsellor);
      expect(created.pseudonymCode).not.toBe(existing.pseudonymCode);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  describe('list', () => {
    let mine: { id: string; pseudonymCode: string }[];
    let listing: SignedIn;
    let other: SignedIn;
    beforeAll(async () => {
      // A network of its own, so that the other tests' profiles do not show up here.
      const network = await createNetwork(t);
      listing = await signedInUser(t, 'counsellor', { networks: [network] });
      other = await signedInUser(t, 'counsellor', { networks: [network] });
      mine = [
        await createProfile(t, listing, { homeComune: COMUNI.rho, skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['work'] }] }),
        await createProfile(t, listing, { homeComune: COMUNI.milano }),
        await createProfile(t, listing, { homeComune: COMUNI.sesto, counsellorId: other.user.id }),
      ];
      await createProfile(t, w.counsellor);
      await t.dataSource.query(`UPDATE profiles SET last_activity_at = now() - interval '40 days' WHERE id = $1`, [mine[0].id]);
      await t.dataSource.query(`UPDATE profiles SET status = 'paused' WHERE id = $1`, [mine[1].id]);
    });
    const list = (query: string) =>
      request(t.server)
        .get(`/api/profiles?${query}`)
        .set('Authorization', listing.auth)
        .expect(200)
        .then((res) => res.body);
    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

    it('shows only the caller\'s networks, newest activity first, paginated', async () => {
      const page1 = await list('pageSize=2');
      expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(ids(page1)).toEqual([mine[2].id, mine[1].id]);
      const page2 = await list('pageSize=2&page=2');
      expect(ids(page2)).toEqual([mine[0].id]);
      expect(await list('page=5')).toMatchObject({ items: [], total: 3 });
      expect(page1.items[0]).toEqual({
        id: mine[2].id,
        pseudonymCode: mine[2].pseudonymCode,
        networkId: expect.any(String),
        counsellorId: expect.any(String),
        ageBand: '35-44',
        homeComune: COMUNI.sesto,
        status: 'active',
        skillCount: 2,
        matchingConsent: false,
        lastActivityAt: expect.any(String),
        version: 1,
      });
    });

    it('filters by status, skill, comune, counsellor, activity and code prefix', async () => {
      expect(ids(await list('status=paused'))).toEqual([mine[1].id]);
      expect(ids(await list('status=active,paused&sort=lastActivityAt'))).toEqual([mine[0].id, mine[1].id, mine[2].id]);
      expect(ids(await list(`skill=${encodeURIComponent(SKILLS.sewFabric)}`))).toEqual([mine[0].id]);
      expect(ids(await list(`comune=${COMUNI.sesto}`))).toEqual([mine[2].id]);
      expect(ids(await list(`counsellorId=${other.user.id}`))).toEqual([mine[2].id]);
      const cutoff = new Date(Date.now() - 10 * 86_400_000).toISOString();
      expect(ids(await list(`lastActivityTo=${cutoff}`))).toEqual([mine[0].id]);
      expect(ids(await list(`lastActivityFrom=${cutoff}`)).sort()).toEqual([mine[1].id, mine[2].id].sort());
      const typed = mine[1].pseudonymCode.slice(0, 9).toLowerCase().replace(/-/g, ' ');
      expect(ids(await list(`code=${encodeURIComponent(typed)}`))).toEqual([mine[1].id]);
      expect(ids(await list(`networkId=${w.network.id}`))).toEqual([]);
    });

    it('answers 200 or 422 to any query string', async () => {
      const keys = ['status', 'skill', 'comune', 'counsellorId', 'networkId', 'lastActivityFrom', 'lastActivityTo', 'code', 'sort', 'page', 'pageSize'];
      const values = fc.oneof(fc.string(), fc.constantFrom('2026-02-30', '2026-13-01T25:00:00Z', '-1', '1e400', 'NaN', '%', "'; DROP TABLE profiles; --"));
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 4 }), async (query) => {
          const res = await request(t.server).get('/api/profiles').query(query).set('Authorization', listing.auth);
          return res.status === 200 || res.status === 422;
        }),
        { numRuns: 150, examples: [[{ lastActivityFrom: '2026-02-30' }], [{ lastActivityTo: '2026-02-29T10:00:00Z', code: '%' }]] },
      );
    });

    it('refuses bad filters with 422', async () => {
      await request(t.server)
        .get('/api/profiles?status=gone&pageSize=500&sort=name')
        .set('Authorization', w.counsellor.auth)
        .expect(422)
        .then((res) => expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'sort', 'status']));
    });
  });

  it('answers 201 or 422, never an error, whatever JSON replaces any field of the body', async () => {
    const fields = Object.keys(profileBody()).concat(['networkId', 'counsellorId', 'exclusions', 'blockedOrganisations']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), async (field, value) => {
        const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(profileBody({ [field]: value }));
        return res.status === 201 || (res.status === 422 && res.body.type === 'urn:ponte:problem:validation');
      }),
      { numRuns: 150, examples: [['languages', [[]]], ['skills', [[{}]]], ['exclusions', [[]]]] },
    );
    const { id } = await createProfile(t, w.counsellor);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields, 'status'), fc.jsonValue({ maxDepth: 3 }), async (field, value) => {
        const res = await request(t.server).patch(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).send({ [field]: value });
        return res.status === 200 || res.status === 422;
      }),
      { numRuns: 150 },
    );
  });

  it('keeps target occupations and every preference round-trip', async () => {
    const { id } = await createProfile(t, w.counsellor, {
      targetOccupations: [OCCUPATIONS.shopAssistant, OCCUPATIONS.kitchenAssistant],
      commuteMeans: ['bike', 'walk'],
      accommodations: ['confidential_hr'],
      exclusions: [{ comune: COMUNI.abbiategrasso, radiusKm: 7.5 }],
      blockedOrganisations: [w.organisation.id],
    });
    const res = await request(t.server).get(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).expect(200);
    expect(res.body).toMatchObject({
      targetOccupations: [OCCUPATIONS.shopAssistant, OCCUPATIONS.kitchenAssistant],
      commuteMeans: ['bike', 'walk'],
      accommodations: ['confidential_hr'],
      safety: { exclusions: [{ comune: COMUNI.abbiategrasso, radiusKm: 7.5 }], blockedOrganisations: [w.organisation.id] },
    });
  });
});
