/**
 * Queue and job names shared by the API (producer) and the worker (consumer).
 * One queue per kind of background work; a job name says what the job does.
 */
export const QUEUES = {
  matching: 'matching',
  search: 'search-index',
  notifications: 'notifications',
  catalogue: 'catalogue',
  retention: 'retention',
  followUp: 'follow-up',
  proposals: 'proposals',
  maintenance: 'maintenance',
  /** Full and organisation-wide recomputations of matches: a parent job and its partitions (BullMQ flow). */
  recomputation: 'match-recompute',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  matching: {
    recomputeProfile: 'recompute-profile',
    recomputeOffer: 'recompute-offer',
    recomputeCourse: 'recompute-course',
    recomputeOrganisation: 'recompute-organisation',
    /** Repeatable safety net: recomputes profiles whose stored matches are missing or outdated. */
    sweep: 'matching-sweep',
  },
  search: {
    indexDocument: 'index-document',
    removeDocument: 'remove-document',
    reindexAll: 'reindex-all',
    /** An organisation's status or name changed: rebuild (or drop) each of its documents. */
    reindexOrganisation: 'reindex-organisation',
    /** Repeatable safety net: re-syncs records whose indexed version or searchability is stale. */
    sweep: 'search-sweep',
  },
  notifications: { deliverOutbox: 'deliver-outbox', sweepOutbox: 'sweep-outbox' },
  catalogue: {
    closeAtDeadline: 'close-at-deadline',
    /** Repeatable safety net: closes whatever a lost delayed job left open past its deadline. */
    sweepDeadlines: 'sweep-deadlines',
  },
  retention: { sweep: 'retention-sweep' },
  followUp: {
    remind: 'follow-up-reminder',
    /** Repeatable safety net: re-enqueues the reminder of every checkpoint not reminded yet. */
    sweep: 'follow-up-sweep',
  },
  proposals: {
    /** A share_card / disclose_identity / matching consent was revoked: withdraw what it allowed. */
    withdrawForRevokedConsent: 'withdraw-for-revoked-consent',
    /** A profile's exclusions or blocked organisations changed: withdraw proposals they now forbid. */
    withdrawForSafety: 'withdraw-for-safety',
    /** Repeatable safety net: the withdrawals of revocations and safety changes whose jobs were lost. */
    sweep: 'proposals-sweep',
  },
  /** Repeatable: deletes sent outbox mails after 30 days and idempotency keys after 24 h. */
  maintenance: { purge: 'maintenance-purge' },
  recomputation: {
    /** The parent: runs once every partition is done, and sums them up. */
    run: 'recompute-matches',
    /** One profile range of the parent's scope; any worker process takes it, idempotent. */
    partition: 'recompute-partition',
  },
} as const;

/** Retries with exponential backoff; a job that keeps failing stays in the failed set for a coordinator. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: false,
} as const;
