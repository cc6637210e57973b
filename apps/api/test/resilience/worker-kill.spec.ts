import { testEnvironment } from '@ponte/config';
import { JOBS, QUEUES } from '@ponte/jobs';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { BuiltApp, startBuiltWorker, until } from './support/built-apps';
import { dropQueueKeys } from './support/queue-keys';
import { recordSection } from './support/resilience-report';

const OVERDUE = 10_000;
const JOB_ID = 'kill-test-deadline-sweep';

/**
 * The BUILT worker killed with SIGKILL in the middle of a job whose effect can be counted: a
 * deadline sweep closing 10,000 overdue offers (one transaction: status, version + 1, one
 * `offer.close` audit entry each). The kill lands while the transaction is open; PostgreSQL
 * rolls it back. A new worker finds the job stalled (its lock expired), retries it, and every
 * offer ends closed exactly once: version + 1 and one audit entry, never two.
 */
describe('fault: the worker killed mid-job', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let env: Record<string, string>;
  let queue: Queue;
  let worker: BuiltApp | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url, LOG_LEVEL: 'info' });
    ds = createDataSource({ url: db.url, applicationName: 'ponte-test-kill', poolSize: 2 });
    await ds.initialize();
    queue = new Queue(QUEUES.catalogue, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await worker?.kill();
    await queue?.close();
    await ds?.destroy();
    await db?.drop();
    if (env) await dropQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
  });

  it('retries the killed job and closes each offer once', async () => {
    worker = await startBuiltWorker(env);
    // Let the boot-time sweeps pass on an empty catalogue first.
    await until('the boot sweeps to finish', async () => Object.values(await queue.getJobCounts('waiting', 'active')).every((n) => n === 0), 30_000, 200);
    const [{ id: organisationId }] = await ds.query(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa in scadenza', 'vetted') RETURNING id`);
    await ds.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, contract, seats, deadline, status, published_at)
       SELECT $1, 'Offerta ' || g, 'Scaduta', 'on_site', '015146', 20, 'tirocinio', 1, current_date - 2, 'published', now() - interval '40 days'
       FROM generate_series(1, $2) g`,
      [organisationId, OVERDUE],
    );

    await queue.add(JOBS.catalogue.sweepDeadlines, {}, { jobId: JOB_ID, attempts: 5, backoff: { type: 'fixed', delay: 500 } });
    // Kill while the job's transaction is open (closing offers or writing their audit entries).
    const inTransaction = async () =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ponte-worker'
             AND xact_start IS NOT NULL AND (query ILIKE '%closed_reason%' OR query ILIKE '%audit_log%')`,
        )
      )[0].n > 0;
    await until('the sweep transaction to be open', inTransaction, 60_000, 20);
    await worker.kill();
    worker = undefined;
    const closedAtKill = Number((await ds.query(`SELECT count(*)::int AS n FROM offers WHERE status = 'closed'`))[0].n);
    expect((await queue.getJob(JOB_ID))?.finishedOn).toBeUndefined();

    // The dead worker's lock on the job runs out; a new worker moves the stalled job back and runs it again.
    await until('the dead worker\'s job lock to expire', async () => (await (await queue.getBackend().client).get(`${env.QUEUE_PREFIX}:${QUEUES.catalogue}:${JOB_ID}:lock`)) === null, 60_000, 500);
    worker = await startBuiltWorker(env);
    await until('the killed job to complete', async () => (await queue.getJob(JOB_ID))?.finishedOn !== undefined, 120_000, 500).catch((error) => {
      throw new Error(`${(error as Error).message}\n${worker?.tail()}`);
    });
    const job = await queue.getJob(JOB_ID);
    const [figures] = await ds.query(
      `SELECT count(*) FILTER (WHERE status = 'closed' AND closed_reason = 'deadline')::int AS closed,
              count(*) FILTER (WHERE version = 2)::int AS "versionBumpedOnce",
              (SELECT count(*)::int FROM audit_log WHERE action = 'offer.close') AS "closeAudits",
              (SELECT count(*)::int FROM (SELECT target_id FROM audit_log WHERE action = 'offer.close' GROUP BY target_id HAVING count(*) > 1) x) AS "auditedTwice"
       FROM offers`,
    );
    recordSection({
      id: 'fault-worker-kill',
      kind: 'fault',
      title: 'The built worker killed (SIGKILL) mid-job: a deadline sweep of 10,000 overdue offers',
      figures: {
        overdueOffers: OVERDUE,
        closedWhenKilled: closedAtKill,
        jobAttemptsStarted: job?.attemptsStarted ?? 0,
        jobStalledCounter: job?.stalledCounter ?? 0,
        jobState: (await job?.getState()) ?? 'missing',
        jobFailedReason: job?.failedReason ?? '',
        closedAfterRetry: figures.closed,
        versionBumpedOnce: figures.versionBumpedOnce,
        closeAuditEntries: figures.closeAudits,
        offersAuditedTwice: figures.auditedTwice,
      },
      checks: [
        'killed while the sweep transaction was open: nothing of it was committed',
        'a new worker found the job stalled, ran it again, and it completed',
        'every offer closed once: version + 1 and exactly one offer.close audit entry',
      ],
    });
    expect(closedAtKill).toBe(0);
    expect(await job?.getState()).toBe('completed');
    expect((job?.attemptsStarted ?? 0) + (job?.stalledCounter ?? 0)).toBeGreaterThanOrEqual(2);
    expect(figures).toEqual({ closed: OVERDUE, versionBumpedOnce: OVERDUE, closeAudits: OVERDUE, auditedTwice: 0 });
  }, 300_000);
});
