import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES, recomputeProfileJobId, safetyChangedJobId } from '@ponte/jobs';
import { AuditEntry, PROFILE_ERASERS, ProfileEraser } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createOrganisation } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { COMUNI, createProfile, profileBody, ProfileWorld, profileWorld } from '../../test/profiles/profile-fixtures';
import { tablesContaining } from '../../test/profiles/scan-database';

/** Stands for a table another feature will add (matches): rows about a profile, erased by a registered eraser. */
const probeEraser: ProfileEraser = {
  name: 'probeMatches',
  erase: async (m, p) => ((await m.query('DELETE FROM probe_matches WHERE profile_id = $1', [p.id])) as [unknown[], number])[1],
};

describe('erasure on request', () => {
  let t: TestApp;
  let w: ProfileWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    await t.dataSource.query('CREATE TABLE probe_matches (profile_id uuid NOT NULL, profile_version int NOT NULL, offer text NOT NULL)');
    PROFILE_ERASERS.push(probeEraser);
  });
  afterAll(async () => {
    PROFILE_ERASERS.splice(PROFILE_ERASERS.indexOf(probeEraser), 1);
    await t.close();
  });

  const counts = async (networkId: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await t.dataSource.query('SELECT event, sum(count)::int AS n FROM indicator_counts WHERE network_id = $1 GROUP BY event', [networkId])).map(
        (r: { event: string; n: number }) => [r.event, r.n],
      ),
    );

  it('leaves no row naming the profile in any table, keeps the indicators, and audits the erasure without content', async () => {
    const auth = w.counsellor.auth;
    const created = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', auth)
      .set('Idempotency-Key', `erase-${randomBytes(6).toString('hex')}`)
      .send(profileBody({ exclusions: [{ comune: COMUNI.rho, radiusKm: 3 }], blockedOrganisations: [await createOrganisation(t).then((o) => o.id)] }))
      .expect(201);
    const { id, pseudonymCode } = created.body;
    const survivor = await createProfile(t, w.counsellor);
    for (const body of [{ kind: 'matching', basis: 'explicit_verbal' }, { kind: 'share_card', organisationId: w.organisation.id, basis: 'signed_form' }]) {
      await request(t.server)
        .post(`/api/profiles/${id}/consents`)
        .set('Authorization', auth)
        .set('Idempotency-Key', `consent-${randomBytes(6).toString('hex')}`)
        .send(body)
        .expect(201);
    }
    await t.dataSource.query(`INSERT INTO probe_matches VALUES ($1, 3, 'offer-1'), ($1, 3, 'offer-2'), ($2, 1, 'offer-1')`, [id, survivor.id]);
    await request(t.server).get(`/api/profiles/${id}`).set('Authorization', auth).expect(200);
    const before = await counts(w.network.id);
    expect(Object.keys(await tablesContaining(t.dataSource, id)).sort()).toEqual(
      expect.arrayContaining(['audit_log', 'consents', 'idempotency_keys', 'profile_blocked_organisations', 'profile_exclusions', 'profile_languages', 'profile_skills', 'profiles', 'probe_matches']),
    );

    await request(t.server).delete(`/api/profiles/${id}?reason=woman_request`).set('Authorization', auth).expect(204);

    // Only the append-only audit log still names the id (as a bare target); the code is nowhere.
    expect(Object.keys(await tablesContaining(t.dataSource, id))).toEqual(['audit_log']);
    expect(await tablesContaining(t.dataSource, pseudonymCode)).toEqual({});
    expect(Object.keys(await tablesContaining(t.dataSource, survivor.id)).sort()).toEqual(
      expect.arrayContaining(['audit_log', 'probe_matches', 'profile_skills', 'profiles']),
    );

    const [erasure] = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'profile.erase', targetId: id } });
    expect(erasure).toMatchObject({ targetType: 'profile', networkId: w.network.id, actorId: w.counsellor.user.id, outcome: 'success' });
    expect(erasure.details).toEqual({
      reason: 'woman_request',
      // Other features' erasers report their own counts too.
      rows: expect.objectContaining({
        probeMatches: 2,
        idempotentResponses: 3,
        consents: 2,
        skills: 2,
        languages: 2,
        exclusions: 1,
        blockedOrganisations: 1,
        profile: 1,
      }),
    });
    expect(JSON.stringify(await t.dataSource.getRepository(AuditEntry).find({ where: { targetId: id } }))).not.toMatch(/udienze|suocera/);

    expect(await counts(w.network.id)).toEqual({ ...before, profile_erased: (before['profile_erased'] ?? 0) + 1 });
    expect(before['profile_created']).toBe(2);
    expect(before['consent_recorded']).toBe(2);

    await request(t.server).get(`/api/profiles/${id}`).set('Authorization', auth).expect(404);
    await request(t.server).delete(`/api/profiles/${id}?reason=woman_request`).set('Authorization', auth).expect(404);
  });

  it('can reach every table about a profile: each profile_id column references profiles, so a missed row stops the erasure', async () => {
    const unguarded: { table: string }[] = await t.dataSource.query(
      `SELECT c.table_name AS table FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
       WHERE c.table_schema = current_schema() AND c.column_name = 'profile_id' AND c.table_name <> 'probe_matches'
         AND NOT EXISTS (
           SELECT 1 FROM pg_constraint k
           WHERE k.contype = 'f' AND k.conrelid = (quote_ident(c.table_name))::regclass AND k.confrelid = 'profiles'::regclass
         )`,
    );
    expect(unguarded).toEqual([]);
    const codeColumns: { table: string }[] = await t.dataSource.query(
      `SELECT table_name AS table FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'pseudonym_code'`,
    );
    // The code lives on the profile only; other tables refer to the profile by id.
    expect(codeColumns.map((c) => c.table)).toEqual(['profiles']);
  });

  it('needs a reason a counsellor may give', async () => {
    const { id } = await createProfile(t, w.counsellor);
    for (const query of ['', '?reason=retention', '?reason=whim']) {
      const res = await request(t.server).delete(`/api/profiles/${id}${query}`).set('Authorization', w.counsellor.auth).expect(422);
      expect(res.body.errors[0].field).toBe('reason');
    }
    await request(t.server).get(`/api/profiles/${id}`).set('Authorization', w.counsellor.auth).expect(200);
  });
});

describe('safety constraints', () => {
  let t: TestApp;
  let w: ProfileWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    await t.dataSource.query('CREATE TABLE probe_matches (profile_id uuid NOT NULL, profile_version int NOT NULL, offer text NOT NULL)');
  });
  afterAll(() => t.close());

  /** What a match read must do (API.md, "Profile version and matches"): only rows of the current version. */
  const visibleMatches = async (profileId: string) =>
    (
      await t.dataSource.query(
        'SELECT m.offer FROM probe_matches m JOIN profiles p ON p.id = m.profile_id AND p.version = m.profile_version WHERE p.id = $1',
        [profileId],
      )
    ).map((r: { offer: string }) => r.offer);

  it('replacing them hides the old matches at commit and asks for recomputation and proposal checks', async () => {
    const { id } = await createProfile(t, w.counsellor);
    await t.dataSource.query(`INSERT INTO probe_matches VALUES ($1, 1, 'offer-near-home')`, [id]);
    expect(await visibleMatches(id)).toEqual(['offer-near-home']);

    const res = await request(t.server)
      .put(`/api/profiles/${id}/safety`)
      .set('Authorization', w.colleague.auth)
      .send({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 10 }], blockedOrganisations: [w.organisation.id] })
      .expect(200);
    expect(res.body).toMatchObject({ version: 2, safety: { exclusions: [{ comune: COMUNI.sesto, radiusKm: 10 }], blockedOrganisations: [w.organisation.id] } });
    expect(await visibleMatches(id)).toEqual([]);

    const matching = t.app.get<Queue>(getQueueToken(QUEUES.matching));
    const proposals = t.app.get<Queue>(getQueueToken(QUEUES.proposals));
    expect(await matching.getJob(recomputeProfileJobId(id, 2))).toMatchObject({ name: JOBS.matching.recomputeProfile, data: { profileId: id, version: 2 } });
    expect(await proposals.getJob(safetyChangedJobId(id, 2))).toMatchObject({ name: JOBS.proposals.withdrawForSafety, data: { profileId: id, version: 2 } });

    const [audit] = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'profile.safety.update', targetId: id } });
    expect(audit.details).toEqual({ version: 2, exclusions: 1, blockedOrganisations: 1 });
    // Which organisation is blocked is not written to the log.
    expect(JSON.stringify(audit)).not.toContain(w.organisation.id);

    const cleared = await request(t.server).put(`/api/profiles/${id}/safety`).set('Authorization', w.counsellor.auth).send({ exclusions: [], blockedOrganisations: [] }).expect(200);
    expect(cleared.body).toMatchObject({ version: 3, safety: { exclusions: [], blockedOrganisations: [] } });
  });

  it('refuses unknown comuni and organisations, repeated comuni and missing lists', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const res = await request(t.server)
      .put(`/api/profiles/${id}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({
        exclusions: [{ comune: '015999', radiusKm: 2 }, { comune: COMUNI.rho, radiusKm: 2 }, { comune: COMUNI.rho, radiusKm: 5 }],
        blockedOrganisations: ['00000000-0000-4000-8000-000000000000'],
      })
      .expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'blockedOrganisations[0]:unknownOrganisation',
      'exclusions[0].comune:unknownComune',
      'exclusions[2].comune:duplicateItem',
    ]);
    const missing = await request(t.server).put(`/api/profiles/${id}/safety`).set('Authorization', w.counsellor.auth).send({ exclusions: [{ comune: COMUNI.rho, radiusKm: 500 }] }).expect(422);
    expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['blockedOrganisations', 'exclusions[0].radiusKm']);
    const [{ version }] = await t.dataSource.query('SELECT version FROM profiles WHERE id = $1', [id]);
    expect(version).toBe(1);
  });
});
