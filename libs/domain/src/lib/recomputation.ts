/**
 * A full or organisation-wide recomputation of matches, as the coordinator's jobs page shows it
 * (GET /api/jobs/recomputations) and as the job keeps it in its own progress: counts and times
 * only, never a profile.
 */

/** Every matchable profile, or the listings of one organisation against every profile. */
export type RecomputationScope = { kind: 'all' } | { kind: 'organisation'; organisationId: string };

/** Profile ids from `from` (inclusive) to `to` (exclusive), in uuid order; null = open end: a partition of a recomputation. */
export interface ProfileRange {
  from: string | null;
  to: string | null;
}

/**
 * queued: no partition started yet; running: partitions in progress; finishing: every partition
 * done, the summary runs; completed (possibly with failed partitions, retried from the failed
 * jobs list); failed: the summary itself failed.
 */
export const RECOMPUTATION_STATES = ['queued', 'running', 'finishing', 'completed', 'failed'] as const;
export type RecomputationState = (typeof RECOMPUTATION_STATES)[number];

/** Where a recomputation stands; the job's own progress holds the same figures. */
export interface RecomputationProgress {
  partitions: { total: number; done: number; failed: number };
  /** `total` as planned; profiles added meanwhile are recomputed too, so `done` may pass it. */
  profiles: { total: number; done: number };
  /** Over the partitions done, from the first partition's start; null before the first is done. */
  profilesPerSecond: number | null;
  /** At that rate, for the profiles left; null when unknown, 0 once done. */
  etaSeconds: number | null;
  /** Distinct worker processes that ran a partition. */
  workers: number;
  startedAt: string | null;
  updatedAt: string;
}

export interface RecomputationView extends RecomputationProgress {
  id: string;
  scope: RecomputationScope;
  state: RecomputationState;
  requestedAt: string;
  finishedAt: string | null;
  /** Match rows written and deleted so far. */
  stored: number;
  deleted: number;
}
