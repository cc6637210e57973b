import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { RecomputationView } from '@ponte/domain';
import {
  JOBS,
  markedStart,
  progressOf,
  QUEUES,
  readRecomputation,
  type PartitionResult,
  type RecomputationJob,
  type RecomputePartitionJob,
} from '@ponte/jobs';
import { Job, Queue, Worker } from 'bullmq';
import { hostname } from 'node:os';
import { MatchingService } from '../matching/matching.service';

/**
 * The consumer of QUEUES.recomputation: partitions of full and organisation-wide recomputations
 * (JOBS.recomputation.partition) and their parents (JOBS.recomputation.run). A plain BullMQ Worker
 * rather than a @Processor, because its concurrency and lock come from the configuration
 * (RECOMPUTE_CONCURRENCY, RECOMPUTE_STALL_MS), validated at boot. A partition's lock is renewed
 * every quarter of RECOMPUTE_STALL_MS while it runs (the engine yields between profiles); when
 * its process dies, the lock runs out and any worker's stalled check puts the partition back in
 * the queue. A partition starts by bringing the catalogue up to date, which at a region's size is
 * a synchronous compilation of tens of seconds or more: the lock is extended right before it.
 * Jobs of other queues in the same process are not: a compilation longer than their lock makes
 * them stalled (they are idempotent and run again).
 */
/** How long the lock is extended before a partition's catalogue check (a compilation holds the event loop). */
export const COMPILE_LOCK_MS = 10 * 60_000;
@Injectable()
export class RecomputationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Recomputation');
  /** Names this process in each partition's result (and in BullMQ's processedBy). */
  readonly name = `${hostname()}:${process.pid}`;
  private worker?: Worker;

  constructor(
    @InjectQueue(QUEUES.recomputation) private readonly queue: Queue,
    private readonly matching: MatchingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const stallMs = this.config.RECOMPUTE_STALL_MS;
    this.worker = new Worker(QUEUES.recomputation, (job, token) => this.process(job, token), {
      connection: this.queue.opts.connection,
      prefix: this.queue.opts.prefix,
      name: this.name,
      concurrency: this.config.RECOMPUTE_CONCURRENCY,
      lockDuration: stallMs,
      lockRenewTime: Math.round(stallMs / 4),
      stalledInterval: Math.max(500, Math.round(stallMs / 2)),
    });
    this.worker.on('completed', (job) => void this.progressed(job));
    // Ids and reasons only: a job's data holds ids and ranges.
    this.worker.on('failed', (job, error) => this.logger.warn({ job: job?.id, reason: error.message }, 'recomputation job failed'));
    this.worker.on('error', (error) => this.logger.error({ reason: error.message }, 'recomputation worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    // A partition in progress finishes (or, past the orchestrator's grace, is found stalled and retried).
    await this.worker?.close();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    if (job.name === JOBS.recomputation.partition) return this.partition(job as Job<RecomputePartitionJob>, token);
    if (job.name === JOBS.recomputation.run) return this.summarise(job as Job<RecomputationJob>);
    throw new Error(`unknown recomputation job "${job.name}"`);
  }

  private async partition(job: Job<RecomputePartitionJob>, token?: string): Promise<PartitionResult> {
    const startedAt = new Date().toISOString();
    await this.markStarted(job, startedAt);
    // Extended right before each build, not at the start: while the data loads the regular
    // renewals run, and each brings the lock back to RECOMPUTE_STALL_MS (at a region's size a
    // lock extended at the start ran out during the compilation that followed minutes of loading,
    // and the partition, done, was found stalled and ran again). After the build, the regular
    // renewal brings it back to RECOMPUTE_STALL_MS.
    const beforeCompile = async () => {
      if (token) await job.extendLock(token, Math.max(COMPILE_LOCK_MS, this.config.RECOMPUTE_STALL_MS));
    };
    const { scope, from, to } = job.data;
    const report = await this.matching.precomputer.recomputePartition(scope, { from, to }, { beforeCompile });
    const result: PartitionResult = {
      profiles: report.profiles,
      stored: report.stored,
      deleted: report.deleted,
      startedAt,
      finishedAt: new Date().toISOString(),
      worker: this.name,
      loadMs: Math.round(report.loadMs),
      rankMs: Math.round(report.rankMs),
      storeMs: Math.round(report.storeMs),
    };
    this.logger.log({ job: job.id, ...result }, 'partition recomputed');
    return result;
  }

  /** Every partition is done (or failed for good): the parent's final figures. */
  private async summarise(job: Job<RecomputationJob>): Promise<Pick<RecomputationView, 'partitions' | 'profiles' | 'stored' | 'deleted' | 'profilesPerSecond'>> {
    const view = await readRecomputation(job);
    const progress = progressOf(view);
    await job.updateProgress(progress);
    this.logger.log({ recomputation: view.id, scope: view.scope.kind, ...progress.partitions, profiles: progress.profiles.done, profilesPerSecond: progress.profilesPerSecond }, 'recomputation done');
    return { partitions: progress.partitions, profiles: progress.profiles, stored: view.stored, deleted: view.deleted, profilesPerSecond: progress.profilesPerSecond };
  }

  private async parentOf(job: Job): Promise<Job<RecomputationJob> | undefined> {
    const id = job.parent?.id;
    return id ? ((await Job.fromId(this.queue, id)) as Job<RecomputationJob> | undefined) : undefined;
  }

  /** The first partition to start marks the parent (the rate counts from there; before it, "queued"). */
  private async markStarted(job: Job, startedAt: string): Promise<void> {
    const parent = await this.parentOf(job);
    if (parent && !markedStart(parent)) await parent.updateProgress({ startedAt });
  }

  /** After each partition, the parent's own progress (BullMQ `progress`): done / total, profiles per second, ETA. */
  private async progressed(job: Job): Promise<void> {
    if (job.name !== JOBS.recomputation.partition) return;
    try {
      const parent = await this.parentOf(job);
      if (!parent) return;
      await parent.updateProgress(progressOf(await readRecomputation(parent)));
    } catch (error) {
      // Only the figure is late: the next partition (or the summary) writes it again.
      this.logger.warn({ job: job.id, reason: (error as Error).message }, 'recomputation progress not updated');
    }
  }
}
