import { QUEUES } from '@ponte/jobs';
import { Job, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { failedJob, queueOf } from '../../test/jobs/failed-jobs';
import { sanitiseFailedReason, sanitiseJobData } from './failed-job.view';

/** Waits for a job to reach a state (the worker runs in the background). */
async function until(job: Job, state: 'failed' | 'completed'): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await job.getState()) === state) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${job.id} never reached ${state} (now ${await job.getState()})`);
}

describe('failed background jobs (coordinators)', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let worker: Worker;
  /** What the catalogue processor of this test does: fail (with personal text in the error) or succeed. */
  let failing = true;
  const offerId = randomUUID();
  const processed: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedInUser(t, 'coordinator');
    worker = new Worker(
      QUEUES.catalogue,
      async (job) => {
        if (failing) throw new Error(`SMTP 550 mailbox maria.rossi@example.com unavailable for offer ${job.data.offerId}; note: Maria Rossi, via Roma 12`);
        processed.push(String(job.id));
        return 'done';
      },
      { connection: { url: t.env['REDIS_URL'] }, prefix: t.env['QUEUE_PREFIX'] },
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const api = (method: 'get' | 'post' | 'delete', path: string, auth = coordinator.auth) =>
    request(t.server)[method](`/api/jobs/failed${path}`).set('Authorization', auth);

  it('lists a job that failed for real, sanitised, retries it and sees it processed', async () => {
    const job = await queueOf(t, QUEUES.catalogue).add(
      'probe-close',
      { offerId, note: 'Maria Rossi, via Roma 12', version: 3, kind: 'offer', deadline: '2025-03-31' },
      { attempts: 2, backoff: { type: 'fixed', delay: 10 } },
    );
    await until(job, 'failed');

    const list = await api('get', `?queue=${QUEUES.catalogue}`).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.items[0]).toMatchObject({
      queue: QUEUES.catalogue,
      id: job.id,
      name: 'probe-close',
      attempts: 2,
      maxAttempts: 2,
      failedReason: `mail (${offerId})`,
      data: { offerId, note: null, version: 3, kind: 'offer', deadline: '2025-03-31' },
    });
    expect(list.body.items[0].reasonDigest).toMatch(/^[0-9a-f]{12}$/);
    expect(Date.parse(list.body.items[0].failedAt)).toBeGreaterThanOrEqual(Date.parse(list.body.items[0].createdAt));
    expect(JSON.stringify(list.body)).not.toMatch(/maria|rossi|roma|example\.com/i);

    failing = false;
    await api('post', `/${QUEUES.catalogue}/${job.id}/retry`).expect(204);
    await until(job, 'completed');
    expect(processed).toContain(job.id);
    expect((await api('get', `?queue=${QUEUES.catalogue}`).expect(200)).body.total).toBe(0);
    const [entry] = await t.dataSource.query(`SELECT actor_id, target_type, target_id, details FROM audit_log WHERE action = 'jobs.retry'`);
    expect(entry).toEqual({
      actor_id: coordinator.user.id,
      target_type: 'job',
      target_id: `${QUEUES.catalogue}/${job.id}`,
      details: { queue: QUEUES.catalogue, jobId: job.id, name: 'probe-close' },
    });
    // Retrying again: the job is no longer failed.
    expect((await api('post', `/${QUEUES.catalogue}/${job.id}/retry`).expect(409)).body.currentState).toBe('completed');
  });

  it('merges every queue newest first, pages, and filters by queue', async () => {
    const older = await failedJob(t, { queue: QUEUES.retention, name: 'older' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await failedJob(t, { name: 'newer' });
    const page1 = await api('get', '?pageSize=1').expect(200);
    expect(page1.body.total).toBe(2);
    expect(page1.body.items.map((j: { id: string; queue: string }) => [j.queue, j.id])).toEqual([[QUEUES.maintenance, newer.id]]);
    const page2 = await api('get', '?pageSize=1&page=2').expect(200);
    expect(page2.body.items.map((j: { id: string; queue: string }) => [j.queue, j.id])).toEqual([[QUEUES.retention, older.id]]);
    expect((await api('get', `?queue=${QUEUES.retention}`).expect(200)).body.items.map((j: { name: string }) => j.name)).toEqual(['older']);
    const bad = await api('get', '?queue=elsewhere&pageSize=500').expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'queue']);
    expect((await api('get', '?page=101&pageSize=20').expect(422)).body.errors[0]).toMatchObject({ field: 'page', code: 'pageTooDeep' });
  });

  it('discards a failed job (audited); unknown queues and jobs answer 404', async () => {
    const job = await failedJob(t, { name: 'to-discard' });
    await api('delete', `/${QUEUES.maintenance}/${job.id}`).expect(204);
    expect(await queueOf(t, QUEUES.maintenance).getJob(String(job.id))).toBeUndefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'jobs.discard' AND target_id = $1`, [
      `${QUEUES.maintenance}/${job.id}`,
    ]);
    expect(n).toBe(1);
    await api('delete', `/${QUEUES.maintenance}/${job.id}`).expect(404);
    await api('post', `/elsewhere/${job.id}/retry`).expect(404);
    await api('post', `/${QUEUES.maintenance}/${encodeURIComponent('bad id!')}/retry`).expect(404);
    const waiting = await queueOf(t, QUEUES.maintenance).add('waiting', {});
    expect((await api('delete', `/${QUEUES.maintenance}/${waiting.id}`).expect(409)).body.currentState).toBe('waiting');
    await waiting.remove();
  });

  it('is for coordinators only', async () => {
    const counsellor = await signedInUser(t, 'counsellor', { networks: [await createNetwork(t)] });
    const partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    for (const who of [counsellor, partner]) {
      await api('get', '', who.auth).expect(403);
      await api('post', `/${QUEUES.maintenance}/1/retry`, who.auth).expect(403);
      await api('delete', `/${QUEUES.maintenance}/1`, who.auth).expect(403);
    }
    await request(t.server).get('/api/jobs/failed').expect(401);
  });
});

describe('failed job sanitising', () => {
  it('keeps the kind of failure and the ids, never the text', () => {
    const id = '0b8f3c2e-5d1a-4f7b-9c3e-2a1b0c9d8e7f';
    expect(sanitiseFailedReason(`connect ECONNREFUSED 127.0.0.1:5432`)).toBe('connection_refused');
    expect(sanitiseFailedReason(`duplicate key value violates unique constraint "x": (name)=(Giulia Bianchi) for ${id.toUpperCase()}`)).toBe(`database (${id})`);
    expect(sanitiseFailedReason('job stalled more than allowable limit')).toBe('stalled');
    expect(sanitiseFailedReason('Giulia Bianchi, RSSMRA80A01F205X, 3331234567')).toBe('error');
    expect(sanitiseFailedReason(undefined)).toBe('error');
  });

  it('shows data keys, and values only when ids, numbers, flags, dates or codes', () => {
    expect(
      sanitiseJobData({
        profileId: '0b8f3c2e-5d1a-4f7b-9c3e-2a1b0c9d8e7f',
        documentId: 'offer-0b8f3c2e-5d1a-4f7b-9c3e-2a1b0c9d8e7f',
        version: 4,
        urgent: true,
        kind: 'share_card',
        revokedAt: '2025-01-02T10:00:00.000Z',
        to: 'giulia@example.com',
        label: 'Giulia',
        nested: { a: 1 },
        'bad key!': 'x',
      }),
    ).toEqual({
      profileId: '0b8f3c2e-5d1a-4f7b-9c3e-2a1b0c9d8e7f',
      documentId: 'offer-0b8f3c2e-5d1a-4f7b-9c3e-2a1b0c9d8e7f',
      version: 4,
      urgent: true,
      kind: 'share_card',
      revokedAt: '2025-01-02T10:00:00.000Z',
      to: null,
      label: null,
      nested: null,
    });
    expect(sanitiseJobData('text')).toEqual({});
  });
});
