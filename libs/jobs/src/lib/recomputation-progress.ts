import type { RecomputationProgress, RecomputationState, RecomputationView } from '@ponte/domain';
import type { Job } from 'bullmq';
import type { PartitionResult, RecomputationJob } from './recomputation-jobs';

/** The figures of a recomputation from its children's results (what BullMQ keeps in the parent). */
export function recomputationProgress(
  planned: { partitions: number; profiles: number },
  results: readonly PartitionResult[],
  failed: number,
  now: Date,
  /** When the first partition started (the worker marks it in the parent's progress), if known. */
  firstStart: string | null = null,
): RecomputationProgress {
  const done = results.reduce((sum, r) => sum + r.profiles, 0);
  const starts = [...results.map((r) => r.startedAt), ...(firstStart ? [firstStart] : [])].map((t) => Date.parse(t));
  const ends = results.map((r) => Date.parse(r.finishedAt));
  const startedAt = starts.length ? Math.min(...starts) : null;
  const finished = results.length + failed >= planned.partitions;
  // While partitions run the clock runs; once all are done, up to the last one's end.
  const until = finished && ends.length ? Math.max(...ends) : now.getTime();
  const seconds = startedAt === null ? 0 : (until - startedAt) / 1000;
  const rate = seconds > 0 && results.length > 0 ? done / seconds : null;
  const left = Math.max(0, planned.profiles - done);
  return {
    partitions: { total: planned.partitions, done: results.length, failed },
    profiles: { total: planned.profiles, done },
    profilesPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: finished ? 0 : rate ? Math.round(left / rate) : null,
    workers: new Set(results.map((r) => r.worker)).size,
    startedAt: startedAt === null ? null : new Date(startedAt).toISOString(),
    updatedAt: now.toISOString(),
  };
}

const STATES: Record<string, RecomputationState> = {
  'waiting-children': 'running',
  waiting: 'finishing',
  prioritized: 'finishing',
  active: 'finishing',
  delayed: 'finishing',
  completed: 'completed',
  failed: 'failed',
};

/**
 * The state a coordinator sees. `finishedOn` comes from the job as read before its state: a job
 * that ended in between has a final state but no end yet, so it shows as finishing until a read
 * sees both (a completed recomputation always has its end time).
 */
export function shownState(state: string, finishedOn: number | undefined, startedAt: string | null, failed: number): RecomputationState {
  const mapped = STATES[state] ?? 'queued';
  if ((mapped === 'completed' || mapped === 'failed') && !finishedOn) return 'finishing';
  // Waiting for children that no worker has started yet: queued (no worker running, or all busy).
  return mapped === 'running' && startedAt === null && failed === 0 ? 'queued' : mapped;
}

/** The start the worker marked in the parent's progress (markStarted), if any. */
export function markedStart(parent: Job): string | null {
  const progress = parent.progress as Partial<RecomputationProgress> | number | undefined;
  return typeof progress === 'object' && progress !== null && typeof progress.startedAt === 'string' ? progress.startedAt : null;
}

/**
 * A recomputation as the coordinator sees it, read live from its parent job: the children done
 * (with their results) and those that failed for good. A few Redis round trips, no scan.
 */
export async function readRecomputation(parent: Job<RecomputationJob>, now = new Date()): Promise<RecomputationView> {
  const [state, values, counts] = await Promise.all([
    parent.getState(),
    parent.getChildrenValues<PartitionResult>(),
    parent.getDependenciesCount({ failed: true, ignored: true }),
  ]);
  const results = Object.values(values);
  const failed = (counts.failed ?? 0) + (counts.ignored ?? 0);
  const progress = recomputationProgress(parent.data, results, failed, now, markedStart(parent));
  return {
    id: parent.data.recomputationId,
    scope: parent.data.scope,
    state: shownState(state, parent.finishedOn, progress.startedAt, failed),
    requestedAt: parent.data.requestedAt,
    finishedAt: parent.finishedOn ? new Date(parent.finishedOn).toISOString() : null,
    stored: results.reduce((sum, r) => sum + r.stored, 0),
    deleted: results.reduce((sum, r) => sum + r.deleted, 0),
    ...progress,
  };
}

/** The figures a parent keeps in its own progress (the view without what its data and state say). */
export function progressOf(view: RecomputationView): RecomputationProgress {
  const { partitions, profiles, profilesPerSecond, etaSeconds, workers, startedAt, updatedAt } = view;
  return { partitions, profiles, profilesPerSecond, etaSeconds, workers, startedAt, updatedAt };
}
