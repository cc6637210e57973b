export {
  ROLES,
  PARTNER_ROLES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  ORGANISATION_TRANSITIONS,
  SHIFTS,
  CONTRACT_TYPES,
  ACCOMMODATIONS,
  CEFR_LEVELS,
  EQF_LEVELS,
  SKILL_LEVELS,
  SKILL_ACQUISITIONS,
  AGE_BANDS,
  COMMUTE_MEANS,
  PROFILE_STATUSES,
  PUBLICATION_STATUSES,
  WORK_MODES,
  COURSE_COSTS,
  CONSENT_KINDS,
  CONSENT_BASES,
  ERASURE_REASONS,
  INDICATOR_EVENTS,
  DISTANCE_BANDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  DECLINE_REASONS,
  isRole,
  isPartnerRole,
  isOrganisationKind,
  isOrganisationStatus,
  isShift,
  isContractType,
  isAccommodation,
  isCefrLevel,
  isEqfLevel,
  isSkillLevel,
  isSkillAcquisition,
  isAgeBand,
  isCommuteMean,
  isProfileStatus,
  isPublicationStatus,
  isWorkMode,
  isCourseCost,
  isConsentKind,
  isConsentBasis,
  isErasureReason,
  isIndicatorEvent,
  isDistanceBand,
  isProposalKind,
  isProposalState,
  isDeclineReason,
  canTransitionOrganisation,
  organisationCanPublish,
  cefrRank,
  distanceBand,
  nextProposalStates,
  canTransitionProposal,
  proposalStatesOf,
  isTerminalProposalState,
  startsFollowUp,
} from './lib/enums';
export type {
  Role,
  PartnerRole,
  OrganisationKind,
  OrganisationStatus,
  Shift,
  ContractType,
  Accommodation,
  CefrLevel,
  EqfLevel,
  SkillLevel,
  SkillAcquisition,
  AgeBand,
  CommuteMean,
  ProfileStatus,
  PublicationStatus,
  WorkMode,
  CourseCost,
  ConsentKind,
  ConsentBasis,
  ErasureReason,
  IndicatorEvent,
  DistanceBand,
  ProposalKind,
  ProposalState,
  DeclineReason,
} from './lib/enums';

export {
  PERMISSIONS,
  PERMISSION_VALUES,
  ROLE_PERMISSIONS,
  MFA_REQUIRED_ROLES,
  PROPOSAL_TRANSITION_PERMISSIONS,
  isPermission,
  hasPermission,
  rolesWithPermission,
  requiresMfa,
  canMoveProposalInto,
} from './lib/permissions';
export type { Permission } from './lib/permissions';

export {
  isValidPartitaIva,
  normalisePartitaIva,
  partitaIvaCheckDigit,
} from './lib/validators/partita-iva';
export {
  isValidCodiceFiscalePersona,
  isValidCodiceFiscaleOrganisation,
  isWellFormedCodiceFiscalePersona,
  codiceFiscaleCheckChar,
  normaliseCodiceFiscale,
} from './lib/validators/codice-fiscale';
export { isValidAtecoCode } from './lib/validators/ateco';
export { START_DATE_WINDOW, isPlausibleStartDate, startDateWindow } from './lib/validators/start-date';
export { PONTE_TIME_ZONE, romeDay, interviewOutcomeProblems, romeWallTimeToInstant, instantToRomeWallTime } from './lib/proposal-dates';
export type { InterviewOutcomeProblem } from './lib/proposal-dates';
export {
  isValidEmail,
  isValidItalianPhone,
  normaliseItalianPhone,
} from './lib/validators/contact';

export { detectIdentifiers, firstIdentifier } from './lib/identifiers/detector';
export { normaliseFreeText } from './lib/identifiers/normalise';
export { IDENTIFIER_KINDS } from './lib/identifiers/types';
export type {
  IdentifierKind,
  IdentifierFinding,
  DetectorOptions,
} from './lib/identifiers/types';

export {
  PSEUDONYM_ALPHABET,
  PSEUDONYM_PREFIX,
  PSEUDONYM_CODE_PATTERN,
  generatePseudonymCode,
  isPseudonymCode,
  normalisePseudonymCode,
  pseudonymCheckChar,
} from './lib/pseudonym';
export type { RandomBytes } from './lib/pseudonym';
export { CANDIDATE_CODE_PATTERN, generateCandidateCode, isCandidateCode } from './lib/candidate-code';

export {
  WITHDRAWAL_CAUSES,
  FOLLOW_UP_MONTHS,
  FOLLOW_UP_OUTCOMES,
  isOpenProposalState,
  openProposalStates,
  canRecordDisclosure,
  isFollowUpMonths,
  isFollowUpOutcome,
  acceptsFollowUp,
  indicatorEventsOfMove,
  followUpIndicator,
} from './lib/proposal-rules';
export type { WithdrawalCause, FollowUpMonths, FollowUpOutcome } from './lib/proposal-rules';

export { greatCircleKm } from './lib/geo';
export type { LatLon } from './lib/geo';

export { AdditiveSystemBuilder, determinedCells } from './lib/indicators/additive-system';
export type { AdditiveSystem, AdditiveSum, TableCells } from './lib/indicators/additive-system';
export {
  SMALL_CELL_THRESHOLD,
  isSuppressed,
  suppressCounts,
  suppressSmallCells,
  publishCell,
} from './lib/indicators/small-cells';
export type { IndicatorCell, SuppressedTable } from './lib/indicators/small-cells';

export { RECOMPUTATION_STATES } from './lib/recomputation';
export type { ProfileRange, RecomputationScope, RecomputationState, RecomputationProgress, RecomputationView } from './lib/recomputation';
export { VETTING_CHECKS, explainVettingChecks, vettingCheckFlags } from './lib/validators/vetting-checks';
export type { VettingCheck, VettingCheckResult, VettedFacts } from './lib/validators/vetting-checks';
export { INDICATOR_METRICS, indicatorMetricMessages } from './lib/indicator-terms';
export type { IndicatorMetric } from './lib/indicator-terms';
