import type { ProfileRange, RecomputationScope } from '@ponte/domain';
import type { FlowJob } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JOBS, QUEUES } from './jobs';

/**
 * A full or organisation-wide recomputation of matches as a BullMQ flow (QUEUES.recomputation):
 * a parent job whose children are profile ranges. Any number of worker processes, on any number
 * of machines, take the children; each child recomputes its range from the current database
 * state (idempotent, retried alone); a killed worker's child is found stalled when its lock runs
 * out and runs again elsewhere. The parent runs once every child is done and sums them up.
 */

/** The parent's data: what the coordinator asked for and how it was cut. */
export interface RecomputationJob {
  recomputationId: string;
  scope: RecomputationScope;
  partitions: number;
  /** Profiles in the scope when it was planned (the denominator of the progress). */
  profiles: number;
  requestedAt: string;
}

/** A child's data: one range of the parent's scope. */
export interface RecomputePartitionJob extends ProfileRange {
  recomputationId: string;
  index: number;
  scope: RecomputationScope;
}

/** What a child returns (kept by BullMQ in its parent): counts and times only. */
export interface PartitionResult {
  profiles: number;
  stored: number;
  deleted: number;
  startedAt: string;
  finishedAt: string;
  /** The worker process that ran it (`host:pid`). */
  worker: string;
  /** Where its time went, ms: loading profiles (and the catalogue check), the engine, storing (overlapping the engine). */
  loadMs?: number;
  rankMs?: number;
  storeMs?: number;
}

// BullMQ refuses ':' in custom ids.
export const recomputationJobId = (recomputationId: string): string => `recompute-${recomputationId}`;
export const partitionJobId = (recomputationId: string, index: number): string => `recompute-${recomputationId}-p${index}`;

/** The parent is kept for the coordinator's history; a done child is dropped (its result lives in the parent). */
export const RECOMPUTATIONS_KEPT = 50;

/**
 * The flow to add with a FlowProducer. Ids are deterministic, so adding the same recomputation
 * twice adds nothing. A child that keeps failing lands in the failed set (a coordinator retries
 * it from the jobs page) and does not hold the others: the parent completes and counts it.
 */
export function recomputationFlow(job: RecomputationJob, ranges: readonly ProfileRange[]): FlowJob {
  return {
    name: JOBS.recomputation.run,
    queueName: QUEUES.recomputation,
    data: job,
    opts: { ...DEFAULT_JOB_OPTIONS, jobId: recomputationJobId(job.recomputationId), removeOnComplete: { count: RECOMPUTATIONS_KEPT } },
    children: ranges.map((range, index) => ({
      name: JOBS.recomputation.partition,
      queueName: QUEUES.recomputation,
      data: { recomputationId: job.recomputationId, index, scope: job.scope, from: range.from, to: range.to } satisfies RecomputePartitionJob,
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: partitionJobId(job.recomputationId, index), removeOnComplete: true, ignoreDependencyOnFailure: true },
    })),
  };
}

/** How a recomputation is cut (planPartitions of @ponte/persistence): its ranges and the profiles counted. */
export interface RecomputationPlan {
  ranges: readonly ProfileRange[];
  profiles: number;
}

/**
 * Adds a planned recomputation as one flow (parent and partitions, atomically). The same
 * `recomputationId` twice adds nothing (deterministic job ids): a retried launcher is harmless.
 * The API (a coordinator's full recomputation) and the worker (an organisation vetted again) both
 * start them here.
 */
export async function launchRecomputation(
  flows: { add(flow: FlowJob): Promise<unknown> },
  plan: RecomputationPlan,
  request: { recomputationId: string; scope: RecomputationScope; requestedAt?: Date },
): Promise<{ partitions: number; profiles: number }> {
  const job: RecomputationJob = {
    recomputationId: request.recomputationId,
    scope: request.scope,
    partitions: plan.ranges.length,
    profiles: plan.profiles,
    requestedAt: (request.requestedAt ?? new Date()).toISOString(),
  };
  await flows.add(recomputationFlow(job, plan.ranges));
  return { partitions: job.partitions, profiles: job.profiles };
}
