import { testEnvironment } from '@ponte/config';
import type { ProfileRange } from '@ponte/domain';
import { launchRecomputation, partitionJobId, QUEUES, recomputationJobId, type PartitionResult, type RecomputationJob } from '@ponte/jobs';
import { createDataSource, createTestDatabase, inRange, planPartitions, seedMatchingVolume, TestDatabase } from '@ponte/persistence';
import { MatchPrecomputer } from '@ponte/matching-adapter';
import { FlowProducer, Job, Queue } from 'bullmq';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BuiltApp, startBuiltWorker, until } from './support/built-apps';
import { dropQueueKeys } from './support/queue-keys';
import { recordSection } from './support/resilience-report';

// Three partitions of two store batches each (MatchPrecomputer stores 200 profiles a transaction):
// the kill lands after a partition's first batch is stored and before its second is.
const PROFILES = 1200;
const PARTITION = 400;
// Long enough that a busy machine never delays a live worker's lock renewal past it (a partition
// stalled twice fails), short enough to keep the test brief.
const STALL_MS = 10_000;

/**
 * A full recomputation fanned out over partitions (QUEUES.recomputation), and the BUILT worker
 * that holds a partition killed with SIGKILL while that partition is half stored. Two other worker
 * processes take over: the dead one's partition is found stalled once its lock runs out
 * (RECOMPUTE_STALL_MS), runs again from the start on another process, and the recomputation
 * completes with every profile's matches stored once: exactly what one process computing
 * everything stores.
 */
describe('fault: a worker killed mid-partition of a recomputation', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let env: Record<string, string>;
  let queue: Queue;
  let flows: FlowProducer;
  const workers: BuiltApp[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({
      DATABASE_URL: db.url,
      LOG_LEVEL: 'info',
      RECOMPUTE_PARTITION_SIZE: String(PARTITION),
      RECOMPUTE_STALL_MS: String(STALL_MS),
      RECOMPUTE_CONCURRENCY: '1',
    });
    ds = createDataSource({ url: db.url, applicationName: 'ponte-test-recompute-kill', poolSize: 2 });
    await ds.initialize();
    const connection = { url: env.REDIS_URL };
    queue = new Queue(QUEUES.recomputation, { connection, prefix: env.QUEUE_PREFIX });
    flows = new FlowProducer({ connection, prefix: env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await flows?.close();
    await queue?.close();
    await ds?.destroy();
    await db?.drop();
    if (env) await dropQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
  });

  const nameOf = (worker: BuiltApp) => `${hostname()}:${worker.child.pid}`;
  const storedIn = async (range: ProfileRange): Promise<number> => {
    const ids = (await ds.query(`SELECT profile_id AS id FROM match_states`)).map((r: { id: string }) => r.id);
    return ids.filter((id: string) => inRange(id, range)).length;
  };

  it('completes on the other processes, every profile stored once', async () => {
    // The first worker boots (and runs its boot sweep) on an empty database: the recomputation does all the work.
    const first = await startBuiltWorker(env);
    workers.push(first);
    const volume = await seedMatchingVolume(ds, { profiles: PROFILES, offers: 1500, courses: 150 });
    const plan = await planPartitions(ds.manager, PARTITION);
    const id = randomUUID();
    expect(await launchRecomputation(flows, plan, { recomputationId: id, scope: { kind: 'all' } })).toEqual({
      partitions: plan.ranges.length,
      profiles: PROFILES,
    });

    // Kill the first worker while a partition it holds is partly stored (some of its batches written, not all).
    let killed: { index: number; storedAtKill: number } | null = null;
    await until(
      'a partition of the first worker to be half stored',
      async () => {
        for (const job of await queue.getActive()) {
          if (job.processedBy !== nameOf(first)) continue;
          const index = Number(job.data.index);
          const stored = await storedIn(plan.ranges[index]);
          const size = volume.profileIds.filter((p) => inRange(p, plan.ranges[index])).length;
          if (stored > 0 && stored < size) {
            await first.kill();
            killed = { index, storedAtKill: stored };
            return true;
          }
        }
        return false;
      },
      120_000,
      10,
    );
    const { index, storedAtKill } = killed as unknown as { index: number; storedAtKill: number };
    expect(await (await queue.getJob(partitionJobId(id, index)))?.getState()).toBe('active');

    // Two more processes: they take the remaining partitions and, once its lock has run out, the dead one's.
    workers.push(...(await Promise.all([startBuiltWorker(env), startBuiltWorker(env)])));
    await until('the recomputation to complete', async () => (await queue.getJob(recomputationJobId(id)))?.finishedOn !== undefined, 240_000, 500).catch((error) => {
      throw new Error(`${(error as Error).message}\n${workers.map((w) => w.tail()).join('\n---\n')}`);
    });

    const parent = (await queue.getJob(recomputationJobId(id))) as Job<RecomputationJob>;
    expect(await parent.getState()).toBe('completed');
    const byKey = await parent.getChildrenValues<PartitionResult>();
    const resultOf = (i: number) => byKey[`${env.QUEUE_PREFIX}:${QUEUES.recomputation}:${partitionJobId(id, i)}`];
    const results = plan.ranges.map((_, i) => resultOf(i));
    // Every partition once in the parent, the killed one run to the end by another process.
    expect({ missing: plan.ranges.flatMap((_, i) => (resultOf(i) ? [] : [i])), failures: await parent.getIgnoredChildrenFailures() }).toEqual({ missing: [], failures: {} });
    expect(results.reduce((sum, r) => sum + r.profiles, 0)).toBe(PROFILES);
    expect(resultOf(index).worker).not.toBe(nameOf(first));
    expect(parent.returnvalue).toMatchObject({ partitions: { total: plan.ranges.length, done: plan.ranges.length, failed: 0 }, profiles: { done: PROFILES } });

    const [figures] = await ds.query(
      `SELECT (SELECT count(*)::int FROM match_states s JOIN profiles p ON p.id = s.profile_id AND p.version = s.profile_version) AS states,
              (SELECT count(*)::int FROM matches) AS matches,
              (SELECT count(*)::int FROM (SELECT target_id FROM notifications GROUP BY target_id HAVING count(*) > 1) x) AS "notifiedTwice"`,
    );
    // One process recomputing everything afterwards finds nothing to write: the fan-out stored its exact result, once.
    const check = await new MatchPrecomputer(ds).recomputeAll();
    const processes = new Set(results.map((r) => r.worker));
    recordSection({
      id: 'fault-recomputation-worker-kill',
      kind: 'fault',
      title: `A full recomputation over ${plan.ranges.length} partitions, the worker holding one killed (SIGKILL) mid-partition`,
      figures: {
        profiles: PROFILES,
        partitions: plan.ranges.length,
        killedPartition: index,
        profilesOfItStoredWhenKilled: storedAtKill,
        workerProcessesThatCompletedPartitions: processes.size,
        matchStatesAtCurrentVersion: figures.states,
        matchesStored: figures.matches,
        profilesNotifiedTwice: figures.notifiedTwice,
        rowsChangedBySingleProcessRecheck: check.stored + check.deleted,
      },
      checks: [
        'the dead worker\'s partition was taken over by another process once its lock ran out, and ran to the end',
        'the parent completed with every partition done once; their profile counts add up to every profile',
        'a single process recomputing everything afterwards changes no row: each profile\'s matches stored exactly once',
      ],
    });
    expect(figures).toMatchObject({ states: PROFILES, notifiedTwice: 0 });
    expect(figures.matches).toBeGreaterThan(0);
    expect(check).toMatchObject({ profiles: PROFILES, stored: 0, deleted: 0 });
  }, 420_000);
});
