import { JOBS, QUEUES, type PartitionResult, type RecomputePartitionJob } from '@ponte/jobs';
import { seedMatchingVolume } from '@ponte/persistence';
import { MatchPrecomputer } from '@ponte/matching-adapter';
import { Job, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/** Coordinators start recomputations of matches and follow them; partitions are run here by a real precomputer. */
describe('recomputations of matches (coordinators)', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let worker: Worker | undefined;

  beforeAll(async () => {
    t = await createTestApp({ RECOMPUTE_PARTITION_SIZE: '40' });
    coordinator = await signedInUser(t, 'coordinator');
    await seedMatchingVolume(t.dataSource, { profiles: 100, offers: 150, courses: 20 });
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  const api = (method: 'get' | 'post', path = '', auth = coordinator.auth) =>
    request(t.server)[method](`/api/jobs/recomputations${path}`).set('Authorization', auth);

  /** What a worker process does with a partition (apps/worker RecomputationWorker), on this test's database. */
  function startWorker(): Worker {
    const precomputer = new MatchPrecomputer(t.dataSource);
    return new Worker(
      QUEUES.recomputation,
      async (job: Job) => {
        if (job.name !== JOBS.recomputation.partition) return null;
        const { scope, from, to } = job.data as RecomputePartitionJob;
        const startedAt = new Date().toISOString();
        const report = await precomputer.recomputePartition(scope, { from, to });
        return { profiles: report.profiles, stored: report.stored, deleted: report.deleted, startedAt, finishedAt: new Date().toISOString(), worker: 'test' } satisfies PartitionResult;
      },
      { connection: { url: t.env['REDIS_URL'] }, prefix: t.env['QUEUE_PREFIX'] },
    );
  }

  it('starts a full recomputation, shows it queued, refuses a second, then follows it to the end; audited', async () => {
    const started = await api('post').send({}).expect(202);
    expect(started.body).toMatchObject({
      scope: { kind: 'all' },
      state: 'queued',
      partitions: { total: 3, done: 0, failed: 0 },
      profiles: { total: 100, done: 0 },
      profilesPerSecond: null,
      etaSeconds: null,
      finishedAt: null,
    });
    const id = started.body.id;
    const conflict = await api('post').send({}).expect(409);
    expect(conflict.body).toMatchObject({ recomputationId: id });
    expect(conflict.headers['content-type']).toMatch(/problem\+json/);
    expect((await api('get').expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([id]);

    worker = startWorker();
    let view = (await api('get', `/${id}`).expect(200)).body;
    for (let i = 0; i < 300 && view.state !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await api('get', `/${id}`).expect(200)).body;
    }
    expect(view).toMatchObject({ state: 'completed', partitions: { total: 3, done: 3, failed: 0 }, profiles: { total: 100, done: 100 }, etaSeconds: 0, workers: 1 });
    expect(view.profilesPerSecond).toBeGreaterThan(0);
    expect(view.stored).toBeGreaterThan(0);
    expect(Date.parse(view.finishedAt)).toBeGreaterThanOrEqual(Date.parse(view.startedAt));

    const [entry] = await t.dataSource.query(`SELECT actor_id, target_type, target_id, details FROM audit_log WHERE action = 'jobs.recompute'`);
    expect(entry).toEqual({
      actor_id: coordinator.user.id,
      target_type: 'job',
      target_id: `${QUEUES.recomputation}/recompute-${id}`,
      details: { recomputationId: id, scope: 'all', partitions: 3, profiles: 100 },
    });
    // Done: another may start.
    await api('post').send({}).expect(202);
  }, 60_000);

  it('recomputes one vetted organisation; an unknown or unvetted one is a field error', async () => {
    const vetted = await createOrganisation(t);
    const started = await api('post').send({ organisationId: vetted.id }).expect(202);
    expect(started.body.scope).toEqual({ kind: 'organisation', organisationId: vetted.id });
    const pending = await createOrganisation(t, { status: 'pending' });
    const notVetted = await api('post').set('Accept-Language', 'en').send({ organisationId: pending.id }).expect(422);
    expect(notVetted.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', code: 'organisationNotVetted' })]);
    expect(notVetted.body.errors[0].message).toMatch(/not vetted \(status: pending\)/);
    const unknown = await api('post').send({ organisationId: randomUUID() }).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'organisationId', code: 'unknownOrganisation', message: 'Organizzazione sconosciuta.' })]);
    expect((await api('post').send({ organisationId: 'not-a-uuid' }).expect(422)).body.errors[0].field).toBe('organisationId');
    await api('get', `/${randomUUID()}`).expect(404);
    await api('get', '/bad%20id!').expect(404);
  });

  it('is for coordinators only', async () => {
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    for (const who of [counsellor, partner]) {
      await api('get', '', who.auth).expect(403);
      await api('post', '', who.auth).send({}).expect(403);
    }
    await request(t.server).get('/api/jobs/recomputations').expect(401);
  });
});
