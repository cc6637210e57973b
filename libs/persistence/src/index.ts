export { ENTITIES } from './lib/entities';
export { MIGRATIONS } from './migrations';
export { dataSourceOptions, createDataSource, pendingMigrations } from './lib/data-source';
export type { DataSourceSettings } from './lib/data-source';
export { PreparingClient } from './lib/prepared-statements';
export { Network } from './lib/identity/network.entity';
export { NetworkComune } from './lib/identity/network-comune.entity';
export { Organisation } from './lib/identity/organisation.entity';
export { User } from './lib/identity/user.entity';
export { Session } from './lib/identity/session.entity';
export { AuthToken, AUTH_TOKEN_PURPOSES } from './lib/identity/auth-token.entity';
export type { AuthTokenPurpose } from './lib/identity/auth-token.entity';
export { RecoveryCode } from './lib/identity/recovery-code.entity';
export { OrganisationVettingDecision } from './lib/identity/organisation-vetting-decision.entity';
export { OrganisationInformationRequest } from './lib/identity/organisation-information-request.entity';
export { MailOutboxEntry } from './lib/mail/mail-outbox-entry.entity';
export type { MailOutboxStatus } from './lib/mail/mail-outbox-entry.entity';
export { Comune } from './lib/reference/comune.entity';
export { EscoConcept, ESCO_CONCEPT_KINDS } from './lib/reference/esco-concept.entity';
export type { EscoConceptKind } from './lib/reference/esco-concept.entity';
export { EscoLabel, EscoLabelWord } from './lib/reference/esco-label.entity';
export type { EscoLabelKind } from './lib/reference/esco-label.entity';
export { EscoSkillBroader, EscoSkillAncestor, EscoOccupationSkill } from './lib/reference/esco-relations.entity';
export type { EscoSkillRelation } from './lib/reference/esco-relations.entity';
export { ReferenceImport } from './lib/reference/reference-import.entity';
export { AuditEntry } from './lib/audit/audit-entry.entity';
export type { AuditOutcome } from './lib/audit/audit-entry.entity';
export { Offer } from './lib/catalogue/offer.entity';
export { Course } from './lib/catalogue/course.entity';
export { CLOSED_REASONS } from './lib/catalogue/publication';
export type { ClosedReason, LanguageRequirement, Publication } from './lib/catalogue/publication';
export { Profile } from './lib/profiles/profile.entity';
export { ProfileSkill } from './lib/profiles/profile-skill.entity';
export { ProfileLanguage } from './lib/profiles/profile-language.entity';
export { ProfileExclusion } from './lib/profiles/profile-exclusion.entity';
export { ProfileBlockedOrganisation } from './lib/profiles/profile-blocked-organisation.entity';
export { Consent } from './lib/profiles/consent.entity';
export { bumpProfileVersion, touchProfileActivity } from './lib/profiles/profile-version';
export { eraseProfile, CORE_PROFILE_ERASERS } from './lib/profiles/profile-erasure';
export type { ErasedProfile, ErasureReport, ProfileEraser } from './lib/profiles/profile-erasure';
export { PROFILE_ERASERS } from './lib/profile-erasers';
export { blockedOrganisationsSql, exclusionsSql, organisationBlockedSql, safetyConstraintsSql } from './lib/profiles/safety-constraints.sql';
export { IndicatorCount } from './lib/indicators/indicator-count.entity';
export { recordIndicator } from './lib/indicators/record-indicator';
export type { IndicatorOccurrence } from './lib/indicators/record-indicator';
export { ShortlistEntry, SHORTLIST_SOURCES } from './lib/proposals/shortlist-entry.entity';
export type { ShortlistSource } from './lib/proposals/shortlist-entry.entity';
export { Proposal } from './lib/proposals/proposal.entity';
export { ProposalHistoryEntry } from './lib/proposals/proposal-history.entity';
export type { ProposalActorRole } from './lib/proposals/proposal-history.entity';
export { ProposalFollowUp } from './lib/proposals/proposal-follow-up.entity';
export { appendProposalHistory, withdrawProposals, openProposalIds, auditSystemWithdrawals } from './lib/proposals/proposal-moves';
export type { ProposalActor, WithdrawnProposal } from './lib/proposals/proposal-moves';
export { candidateCodeFor } from './lib/proposals/candidate-codes';
export { addMonths, scheduleFollowUps, pendingFollowUps } from './lib/proposals/proposal-follow-ups';
export type { DueFollowUp } from './lib/proposals/proposal-follow-ups';
export { PROPOSAL_ERASERS } from './lib/proposals/proposal-erasers';
export { Notification } from './lib/notifications/notification.entity';
export { createTestDatabase, onTestDatabase, TEST_PG_ADMIN_URL } from './lib/test-database';
export type { TestDatabase } from './lib/test-database';
export { proposalTestRows } from './lib/proposal-test-rows';
export { Match, MatchState, MatchNotice } from './lib/matching/match.entity';
export { MATCH_ERASERS } from './lib/matching/match-erasers';
export { planPartitions, profilesInRange, inRange, isEveryProfile, rangeSql, EVERY_PROFILE } from './lib/matching/match-partitions';
export { seedMatchingVolume, VOLUME_SKILL } from './lib/matching/matching-volume';
export type { MatchingVolume } from './lib/matching/matching-volume';
export { inNetwork, inNetworks, ELIGIBLE_PROFILE_SQL, OPEN_TARGET_SQL, partnerVisible, partnerVisibleNow } from './lib/scopes.sql';
export {
  eligibleProfileVersions,
  loadPairTaxonomyRows,
  loadProfileForMatch,
  loadProfiles,
  loadTargetForMatch,
  loadTargets,
  loadTaxonomyRows,
  openTargetVersions,
  targetVersions,
  taxonomyFingerprint,
} from './lib/matching/match-sources.sql';
export type { ProfileForMatch, TargetForMatch, VersionedProfile, VersionedTarget } from './lib/matching/match-sources.sql';
export { catalogueChangesSince } from './lib/matching/catalogue-mark.sql';
export type { CatalogueMark } from './lib/matching/catalogue-mark.sql';
export {
  deleteMatches,
  deleteTargetMatches,
  notifyNewMatches,
  storedKeys,
  upsertMatches,
  upsertMatchStates,
} from './lib/matching/match-store';
export type { MatchKey, MatchRow, MatchStateRow } from './lib/matching/match-store';
export {
  deleteListingMatchesExcept,
  deleteOrganisationMatches,
  isListingOpen,
  lockListingVersion,
  lockProfileVersions,
  offerEntryFloors,
  openListingIds,
  organisationStatus,
  profilesToSweep,
} from './lib/matching/match-precompute.sql';
export { SEALED_WITH, SEALED_COLUMNS } from './lib/profiles/sealed-text';
export type { SealedColumn } from './lib/profiles/sealed-text';
export { FOLDED_FILTER_REASONS, REPORTED_FILTER_REASONS, reportedFilterCounts } from './lib/matching/reported-filters';
export type { ReportedFilterReason } from './lib/matching/reported-filters';
