import type { ConsentKind } from '@ponte/domain';

/**
 * Payloads and deterministic job ids of the jobs that profiles and consents emit. The id makes
 * a re-enqueue of the same event a no-op (BullMQ ids may not contain ':').
 */

/** JOBS.matching.recomputeProfile: recompute the matches of `profileId` for `version`. */
export interface RecomputeProfileJob {
  profileId: string;
  version: number;
}
export const recomputeProfileJobId = (profileId: string, version: number): string => `profile-${profileId}-v${version}`;

/** JOBS.proposals.withdrawForRevokedConsent. */
export interface ConsentRevokedJob {
  consentId: string;
  profileId: string;
  kind: ConsentKind;
  /** Set for share_card and disclose_identity. */
  organisationId: string | null;
  revokedAt: string;
}
export const consentRevokedJobId = (consentId: string): string => `consent-revoked-${consentId}`;

/** JOBS.proposals.withdrawForSafety: the profile's constraints as of `version` must hold for its open proposals. */
export interface SafetyChangedJob {
  profileId: string;
  version: number;
}
export const safetyChangedJobId = (profileId: string, version: number): string => `safety-${profileId}-v${version}`;

/** Scheduler id of the repeatable JOBS.proposals.sweep. */
export const SWEEP_PROPOSALS_SCHEDULER = 'sweep-proposals';
