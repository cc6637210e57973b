import type { OrganisationStatus } from '@ponte/domain';

/**
 * Payloads and deterministic job ids of QUEUES.matching (besides RecomputeProfileJob, emitted by
 * the profiles feature). The worker always recomputes from the CURRENT database state: the
 * version in a payload only makes the id unique per change, so a replay is harmless.
 */

/** JOBS.matching.recomputeOffer: an offer was published, changed, filled or closed. */
export interface RecomputeOfferJob {
  offerId: string;
  version: number;
}
export const recomputeOfferJobId = (offerId: string, version: number): string => `offer-${offerId}-v${version}`;

/** JOBS.matching.recomputeCourse: a course was published, changed, filled or closed. */
export interface RecomputeCourseJob {
  courseId: string;
  version: number;
}
export const recomputeCourseJobId = (courseId: string, version: number): string => `course-${courseId}-v${version}`;

/** JOBS.matching.recomputeOrganisation: a vetting decision; `status` is the organisation's new one. */
export interface RecomputeOrganisationJob {
  organisationId: string;
  status: OrganisationStatus;
}
export const recomputeOrganisationJobId = (organisationId: string, decisionId: string): string => `org-${organisationId}-${decisionId}`;

/** The repeatable JOBS.matching.sweep: recomputes what lost jobs left outdated. */
export const SWEEP_MATCHES_SCHEDULER = 'sweep-matches';
