import { getFlowProducerToken, getQueueToken } from '@nestjs/bullmq';
import { JOBS, launchRecomputation, partitionJobId, QUEUES, recomputationJobId, recomputeOrganisationJobId, type PartitionResult, type RecomputationJob } from '@ponte/jobs';
import { EVERY_PROFILE, inRange, planPartitions, seedMatchingVolume, type MatchingVolume } from '@ponte/persistence';
import type { RecomputationProgress } from '@ponte/domain';
import { FlowProducer, Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { MatchingWorkerModule } from '../matching/matching.module';
import { MatchingService } from '../matching/matching.service';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { RecomputationModule } from './recomputation.module';
import { RecomputationWorker } from './recomputation.worker';

const PARTITION = 60;

/** Recomputations as BullMQ flows, consumed by this process's RecomputationWorker, on a real database and Redis. */
describe('recomputations (fan-out over partitions)', () => {
  let w: TestWorker;
  let volume: MatchingVolume;
  let queue: Queue;
  let matchingQueue: Queue;
  let flows: FlowProducer;

  beforeAll(async () => {
    w = await createTestWorker([MatchingWorkerModule, RecomputationModule], { RECOMPUTE_PARTITION_SIZE: String(PARTITION), RECOMPUTE_CONCURRENCY: '2' });
    volume = await seedMatchingVolume(w.dataSource, { profiles: 250, offers: 500, courses: 60 });
    queue = w.context.get<Queue>(getQueueToken(QUEUES.recomputation));
    matchingQueue = w.context.get<Queue>(getQueueToken(QUEUES.matching));
    flows = w.context.get<FlowProducer>(getFlowProducerToken(QUEUES.recomputation));
  }, 60_000);
  afterAll(() => w.close());

  async function completed<T>(from: Queue, jobId: string): Promise<Job<T>> {
    // Generous: the machine's cores are shared, and a slow run is not a failure here.
    for (let i = 0; i < 1800; i++) {
      const job = (await from.getJob(jobId)) as Job<T> | undefined;
      if (job?.finishedOn && (await job.isCompleted())) return job;
      if (job?.finishedOn && (await job.isFailed())) throw new Error(job.failedReason);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not complete`);
  }
  const finished = (id: string) => completed<RecomputationJob>(queue, recomputationJobId(id));
  const snapshot = (where = 'TRUE', params: unknown[] = []) =>
    w.dataSource.query(
      `SELECT profile_id, kind, target_id, score::float8 AS score, profile_version, target_version FROM matches WHERE ${where} ORDER BY profile_id, kind, target_id`,
      params,
    );

  it('plans ranges that cover every profile once, including one created after the plan', async () => {
    const plan = await planPartitions(w.dataSource.manager, PARTITION);
    expect(plan.profiles).toBe(250);
    expect(plan.ranges).toHaveLength(Math.ceil(250 / PARTITION));
    expect(plan.ranges[0].from).toBeNull();
    expect(plan.ranges.at(-1)?.to).toBeNull();
    for (const id of [...volume.profileIds, randomUUID(), '00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff']) {
      expect(plan.ranges.filter((range) => inRange(id, range))).toHaveLength(1);
    }
  });

  it('a full recomputation runs as partitions, stores what one process would, and keeps its progress', async () => {
    const id = randomUUID();
    const plan = await launchRecomputation(flows, await planPartitions(w.dataSource.manager, PARTITION), { recomputationId: id, scope: { kind: 'all' } });
    expect(plan).toEqual({ partitions: 5, profiles: 250 });
    const parent = await finished(id);
    // A partition that failed for good is set aside (the parent still completes): its reason first.
    expect(await parent.getIgnoredChildrenFailures()).toEqual({});
    const results = Object.values(await parent.getChildrenValues<PartitionResult>());
    expect(results).toHaveLength(5);
    // Each profile in exactly one partition: the partitions' counts add up to the whole.
    expect(results.reduce((sum, r) => sum + r.profiles, 0)).toBe(250);
    expect(new Set(results.map((r) => r.worker))).toEqual(new Set([w.context.get(RecomputationWorker).name]));
    const progress = parent.progress as RecomputationProgress;
    expect(progress).toMatchObject({ partitions: { total: 5, done: 5, failed: 0 }, profiles: { total: 250, done: 250 }, etaSeconds: 0, workers: 1 });
    expect(progress.profilesPerSecond).toBeGreaterThan(0);
    expect(parent.returnvalue).toMatchObject({ partitions: { total: 5, done: 5, failed: 0 }, profiles: { done: 250 } });
    expect(Number(parent.returnvalue.stored)).toBeGreaterThan(0);

    const [{ states }] = await w.dataSource.query(`SELECT count(*)::int AS states FROM match_states s JOIN profiles p ON p.id = s.profile_id AND p.version = s.profile_version`);
    expect(states).toBe(250);
    // One process over every profile finds nothing to change: the partitions stored exactly its result.
    const before = await snapshot();
    const again = await w.context.get(MatchingService).precomputer.recomputeAll();
    expect(again).toMatchObject({ profiles: 250, stored: 0, deleted: 0 });
    expect(await snapshot()).toEqual(before);
    // Done partitions leave the queue (their results live in the parent); the parent stays for the coordinator.
    expect(await queue.getJob(partitionJobId(id, 0))).toBeUndefined();
  }, 300_000);

  it('the same recomputation added twice runs once; a partition run again changes nothing', async () => {
    const id = randomUUID();
    await launchRecomputation(flows, await planPartitions(w.dataSource.manager, 1000), { recomputationId: id, scope: { kind: 'all' } });
    await launchRecomputation(flows, await planPartitions(w.dataSource.manager, 1000), { recomputationId: id, scope: { kind: 'all' } });
    const parent = await finished(id);
    expect(await parent.getIgnoredChildrenFailures()).toEqual({});
    expect(Object.keys(await parent.getChildrenValues())).toHaveLength(1);
    const precomputer = w.context.get(MatchingService).precomputer;
    const plan = await planPartitions(w.dataSource.manager, PARTITION);
    expect(await precomputer.recomputePartition({ kind: 'all' }, plan.ranges[2])).toMatchObject({ profiles: PARTITION, stored: 0, deleted: 0 });
  }, 300_000);

  it('a vetting decision fans out into an organisation recomputation that restores its listings in every list', async () => {
    const organisationId = volume.organisationIds[0];
    const theirs = await snapshot('organisation_id = $1', [organisationId]);
    const others = await snapshot('organisation_id <> $1', [organisationId]);
    expect(theirs.length).toBeGreaterThan(0);
    // Its rows lost (as after a suspension); vetted again: the decision's job fans out.
    await w.dataSource.query(`DELETE FROM matches WHERE organisation_id = $1`, [organisationId]);
    const jobId = recomputeOrganisationJobId(organisationId, randomUUID());
    await matchingQueue.add(JOBS.matching.recomputeOrganisation, { organisationId, status: 'vetted' }, { jobId });
    const fanned = await completed(matchingQueue, jobId);
    expect(fanned.returnvalue).toMatchObject({ recomputationId: jobId, partitions: 5, profiles: 250 });
    const parent = await finished(jobId);
    expect(await parent.getIgnoredChildrenFailures()).toEqual({});
    expect(parent.data.scope).toEqual({ kind: 'organisation', organisationId });
    expect(parent.returnvalue).toMatchObject({ partitions: { total: 5, done: 5, failed: 0 }, profiles: { done: 250 } });
    // Every row of theirs is back (an offer job may add more to a list it finds short: reads keep the top 50),
    // and no other organisation's row moved.
    expect(await snapshot('organisation_id = $1', [organisationId])).toEqual(expect.arrayContaining(theirs));
    expect(await snapshot('organisation_id <> $1', [organisationId])).toEqual(others);
  }, 300_000);

  it('an organisation no longer vetted loses its matches in one job, without fanning out', async () => {
    const organisationId = volume.organisationIds[1];
    await w.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [organisationId]);
    const jobId = recomputeOrganisationJobId(organisationId, randomUUID());
    await matchingQueue.add(JOBS.matching.recomputeOrganisation, { organisationId, status: 'suspended' }, { jobId });
    const job = await completed<unknown>(matchingQueue, jobId);
    expect(job.returnvalue.deleted).toBeGreaterThan(0);
    expect(await queue.getJob(recomputationJobId(jobId))).toBeUndefined();
    expect(await w.dataSource.query(`SELECT 1 FROM matches WHERE organisation_id = $1`, [organisationId])).toEqual([]);
    // Restored, for the tests after this one.
    await w.dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [organisationId]);
    await w.context.get(MatchingService).precomputer.recomputeOrganisation(organisationId, EVERY_PROFILE);
  }, 60_000);
});
