/** Payloads and deterministic job ids of the catalogue and search-index queues. */

export type CatalogueKind = 'offer' | 'course';

/** Index (or drop, when no longer searchable) one offer or course; the worker reads it from the database. */
export interface IndexDocumentJob {
  kind: CatalogueKind;
  id: string;
  /** The version that triggered the job: only part of its id, the worker indexes the current one. */
  version: number;
}

export interface RemoveDocumentJob {
  /** The search document id, `offer-<uuid>` or `course-<uuid>`. */
  documentId: string;
}

export interface ReindexOrganisationJob {
  organisationId: string;
}

/** Close a published offer or course whose deadline has passed. */
export interface CloseAtDeadlineJob {
  kind: CatalogueKind;
  id: string;
  /** `YYYY-MM-DD`: a job for an older deadline finds the current one in the future and does nothing. */
  deadline: string;
}

// BullMQ refuses ':' in custom ids.
export const indexDocumentJobId = (job: IndexDocumentJob) => `index-${job.kind}-${job.id}-v${job.version}`;
export const removeDocumentJobId = (job: RemoveDocumentJob, at: number) => `remove-${job.documentId}-${at}`;
export const reindexOrganisationJobId = (job: ReindexOrganisationJob, at: number) =>
  `reindex-org-${job.organisationId}-${at}`;
export const closeAtDeadlineJobId = (job: CloseAtDeadlineJob) => `close-${job.kind}-${job.id}-${job.deadline}`;
export const SWEEP_DEADLINES_SCHEDULER = 'sweep-deadlines';
export const SWEEP_SEARCH_SCHEDULER = 'sweep-search-index';
