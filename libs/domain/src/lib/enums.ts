/**
 * The closed vocabularies of Ponte. Each is a `const` array (for validation, select options
 * and database enums) plus the union type derived from it. Values are stable identifiers
 * stored in the database and exchanged over the API: never rename one, only add.
 */

function member<T extends string>(
  values: readonly T[],
): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
}

// --- Accounts and organisations -------------------------------------------------------------

export const ROLES = [
  'coordinator',
  'counsellor',
  'partner_admin',
  'partner_member',
] as const;
export type Role = (typeof ROLES)[number];
export const isRole = member(ROLES);

export const PARTNER_ROLES = [
  'partner_admin',
  'partner_member',
] as const satisfies readonly Role[];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export const isPartnerRole = member(PARTNER_ROLES);

export const ORGANISATION_KINDS = [
  'company',
  'training_body',
  'union',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const isOrganisationKind = member(ORGANISATION_KINDS);

export const ORGANISATION_STATUSES = [
  'pending',
  'vetted',
  'rejected',
  'suspended',
] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export const isOrganisationStatus = member(ORGANISATION_STATUSES);

/** Vetting decisions a coordinator may take from each status (issue 3). `rejected` is final. */
export const ORGANISATION_TRANSITIONS: Readonly<
  Record<OrganisationStatus, readonly OrganisationStatus[]>
> = {
  pending: ['vetted', 'rejected'],
  vetted: ['suspended'],
  suspended: ['vetted'],
  rejected: [],
};

export function canTransitionOrganisation(
  from: OrganisationStatus,
  to: OrganisationStatus,
): boolean {
  return ORGANISATION_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Only a vetted organisation publishes offers and courses or receives proposals. */
export function organisationCanPublish(status: OrganisationStatus): boolean {
  return status === 'vetted';
}

// --- Profile ---------------------------------------------------------------------------------

export const SHIFTS = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
] as const;
export type Shift = (typeof SHIFTS)[number];
export const isShift = member(SHIFTS);

export const CONTRACT_TYPES = [
  'tirocinio',
  'apprendistato',
  'tempo_determinato',
  'tempo_indeterminato',
  'other',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const isContractType = member(CONTRACT_TYPES);

export const ACCOMMODATIONS = [
  'flexible_hours',
  'childcare',
  'confidential_hr',
  'part_time',
  'transport',
] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];
export const isAccommodation = member(ACCOMMODATIONS);

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const isCefrLevel = member(CEFR_LEVELS);

/** 1 (A1) … 6 (C2): compare with `cefrRank(have) >= cefrRank(required)`. */
export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}

export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type EqfLevel = (typeof EQF_LEVELS)[number];
export function isEqfLevel(value: unknown): value is EqfLevel {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 8
  );
}

export const SKILL_LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const isSkillLevel = member(SKILL_LEVELS);

export const SKILL_ACQUISITIONS = [
  'work',
  'training',
  'unpaid_care',
  'volunteering',
] as const;
export type SkillAcquisition = (typeof SKILL_ACQUISITIONS)[number];
export const isSkillAcquisition = member(SKILL_ACQUISITIONS);

export const AGE_BANDS = [
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const isAgeBand = member(AGE_BANDS);

export const COMMUTE_MEANS = [
  'public_transport',
  'car',
  'bike',
  'walk',
] as const;
export type CommuteMean = (typeof COMMUTE_MEANS)[number];
export const isCommuteMean = member(COMMUTE_MEANS);

export const PROFILE_STATUSES = [
  'active',
  'paused',
  'placed',
  'archived',
] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];
export const isProfileStatus = member(PROFILE_STATUSES);

// --- Offers and courses ----------------------------------------------------------------------

/** Shared by offers and courses. */
export const PUBLICATION_STATUSES = ['draft', 'published', 'closed'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const isPublicationStatus = member(PUBLICATION_STATUSES);

export const WORK_MODES = ['on_site', 'remote', 'hybrid'] as const;
export type WorkMode = (typeof WORK_MODES)[number];
export const isWorkMode = member(WORK_MODES);

export const COURSE_COSTS = ['free', 'funded', 'paid'] as const;
export type CourseCost = (typeof COURSE_COSTS)[number];
export const isCourseCost = member(COURSE_COSTS);

// --- Consent ---------------------------------------------------------------------------------

/**
 * `matching`: the profile may be matched at all. `share_card` and `disclose_identity` are
 * scoped to one named organisation.
 */
export const CONSENT_KINDS = [
  'matching',
  'share_card',
  'disclose_identity',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const isConsentKind = member(CONSENT_KINDS);

/** How the counsellor obtained a consent: the woman said so explicitly, signed a form, or wrote. */
export const CONSENT_BASES = [
  'explicit_verbal',
  'signed_form',
  'written_message',
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];
export const isConsentBasis = member(CONSENT_BASES);

// --- Retention and indicators ----------------------------------------------------------------

/** Why a profile was erased: recorded in the audit log instead of any content. */
export const ERASURE_REASONS = [
  'woman_request',
  'counsellor_decision',
  'created_in_error',
  'duplicate',
  'retention',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
export const isErasureReason = member(ERASURE_REASONS);

/**
 * Anonymous events counted per network and month (no profile id): they survive erasure and
 * feed the indicators. Features append their events here.
 */
export const INDICATOR_EVENTS = [
  'profile_created',
  'profile_archived',
  'profile_erased',
  'profile_placed',
  'consent_recorded',
  'consent_revoked',
  'proposal_sent',
  'proposal_withdrawn',
  'interview_arranged',
  'hired',
  'enrolled',
  'course_completed',
  // Proposals (issue 7): hires by contract type, and who is still in work / training at 6 months
  // (letters and underscores only: the counters table checks it).
  'hired_tirocinio',
  'hired_apprendistato',
  'hired_tempo_determinato',
  'hired_tempo_indeterminato',
  'hired_other',
  'still_in_work_six_months',
  'still_in_training_six_months',
] as const;
export type IndicatorEvent = (typeof INDICATOR_EVENTS)[number];
export const isIndicatorEvent = member(INDICATOR_EVENTS);

// --- Distance shown to partners instead of the home comune -----------------------------------

export const DISTANCE_BANDS = [
  'within_5km',
  'within_10km',
  'within_20km',
  'within_50km',
  'beyond_50km',
] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number];
export const isDistanceBand = member(DISTANCE_BANDS);

/** Bands are upper-inclusive: exactly 5 km is `within_5km`. Negative or NaN input throws. */
export function distanceBand(km: number): DistanceBand {
  if (!(km >= 0))
    throw new RangeError(`distance must be a non-negative number, got ${km}`);
  if (km <= 5) return 'within_5km';
  if (km <= 10) return 'within_10km';
  if (km <= 20) return 'within_20km';
  if (km <= 50) return 'within_50km';
  return 'beyond_50km';
}

// --- Proposals (issue 7) ---------------------------------------------------------------------

export const PROPOSAL_KINDS = ['offer', 'course'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const isProposalKind = member(PROPOSAL_KINDS);

export const PROPOSAL_STATES = [
  'proposed',
  'viewed',
  'interested',
  'declined',
  'interview_arranged',
  'hired',
  'not_hired',
  'enrolled',
  'completed',
  'dropped_out',
  'withdrawn',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const isProposalState = member(PROPOSAL_STATES);

/** Why a partner declines a proposal or does not hire after an interview. */
export const DECLINE_REASONS = [
  'skills_mismatch',
  'experience_insufficient',
  'language_level',
  'schedule_incompatible',
  'location_incompatible',
  'position_filled',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const isDeclineReason = member(DECLINE_REASONS);

/**
 * Legal moves per proposal kind. `withdrawn` (by the counsellor or by consent revocation) is
 * open from every state before an outcome. A partner may still decline after showing
 * interest (before any interview). A course's `interview_arranged` is an admission interview.
 * States absent from a kind (e.g. `hired` for a course) have no moves.
 */
const OFFER_MOVES: Readonly<
  Partial<Record<ProposalState, readonly ProposalState[]>>
> = {
  proposed: ['viewed', 'withdrawn'],
  viewed: ['interested', 'declined', 'withdrawn'],
  interested: ['interview_arranged', 'declined', 'withdrawn'],
  interview_arranged: ['hired', 'not_hired', 'withdrawn'],
};

const COURSE_MOVES: Readonly<
  Partial<Record<ProposalState, readonly ProposalState[]>>
> = {
  proposed: ['viewed', 'withdrawn'],
  viewed: ['interested', 'declined', 'withdrawn'],
  interested: ['interview_arranged', 'enrolled', 'declined', 'withdrawn'],
  interview_arranged: ['enrolled', 'declined', 'withdrawn'],
  enrolled: ['completed', 'dropped_out'],
};

export function nextProposalStates(
  kind: ProposalKind,
  state: ProposalState,
): readonly ProposalState[] {
  return (kind === 'offer' ? OFFER_MOVES : COURSE_MOVES)[state] ?? [];
}

export function canTransitionProposal(
  kind: ProposalKind,
  from: ProposalState,
  to: ProposalState,
): boolean {
  return nextProposalStates(kind, from).includes(to);
}

/** States a proposal of this kind can be in (reachable from `proposed`). */
export function proposalStatesOf(kind: ProposalKind): readonly ProposalState[] {
  const seen = new Set<ProposalState>(['proposed']);
  const queue: ProposalState[] = ['proposed'];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const next of nextProposalStates(kind, s)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return PROPOSAL_STATES.filter((s) => seen.has(s));
}

/** No move leaves this state for this kind (`enrolled` is not terminal: it awaits the outcome). */
export function isTerminalProposalState(
  kind: ProposalKind,
  state: ProposalState,
): boolean {
  return nextProposalStates(kind, state).length === 0;
}

/**
 * Successful outcomes that start the 3- and 6-month follow-up reminders. Only states that a
 * proposal of this kind can reach count: `hired` for offers, `enrolled` for courses.
 */
export function startsFollowUp(
  kind: ProposalKind,
  state: ProposalState,
): boolean {
  return kind === 'offer' ? state === 'hired' : state === 'enrolled';
}
