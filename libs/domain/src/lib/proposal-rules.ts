import {
  canTransitionProposal,
  type ContractType,
  type IndicatorEvent,
  type ProposalKind,
  type ProposalState,
} from './enums';

/**
 * Rules around a proposal that are not moves of its state machine (enums.ts): withdrawal
 * causes, identity disclosure, follow-up checkpoints and the indicator each outcome counts.
 */

/**
 * Why a proposal was withdrawn: the counsellor's decision, a revoked consent, or a new safety
 * constraint. Partners see only the first kind (as `withdrawn`); the others answer 404 to them.
 */
export const WITHDRAWAL_CAUSES = [
  'counsellor',
  'consent_revoked',
  'safety',
] as const;
export type WithdrawalCause = (typeof WITHDRAWAL_CAUSES)[number];

/** Open = an outcome is still pending, so a revocation or a new constraint withdraws it. */
export function isOpenProposalState(
  kind: ProposalKind,
  state: ProposalState,
): boolean {
  return canTransitionProposal(kind, state, 'withdrawn');
}

/** Open states, per kind, for queries. */
export function openProposalStates(kind: ProposalKind): ProposalState[] {
  return (
    [
      'proposed',
      'viewed',
      'interested',
      'interview_arranged',
      'enrolled',
    ] as const
  ).filter((s) => isOpenProposalState(kind, s));
}

/**
 * Identity disclosure (recorded, never stored) makes sense once the partner is interested and
 * until the relationship ends badly; never before the partner answered, never after a refusal
 * or a withdrawal.
 */
const DISCLOSURE_STATES: Readonly<Record<ProposalKind, readonly ProposalState[]>> = {
  offer: ['interested', 'interview_arranged', 'hired'],
  course: ['interested', 'interview_arranged', 'enrolled', 'completed'],
};

export function canRecordDisclosure(
  kind: ProposalKind,
  state: ProposalState,
): boolean {
  return DISCLOSURE_STATES[kind].includes(state);
}

/** Months after the start of work or training when the counsellor is asked how it is going. */
export const FOLLOW_UP_MONTHS = [3, 6] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];
export function isFollowUpMonths(value: unknown): value is FollowUpMonths {
  return value === 3 || value === 6;
}

/** `still_in_work` reads "still in training" for a course. */
export const FOLLOW_UP_OUTCOMES = [
  'still_in_work',
  'no_longer',
  'unknown',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export function isFollowUpOutcome(value: unknown): value is FollowUpOutcome {
  return (
    typeof value === 'string' &&
    (FOLLOW_UP_OUTCOMES as readonly string[]).includes(value)
  );
}

/** A follow-up is recordable only after a hire (offer) or an enrolment (course) that was not undone. */
export function acceptsFollowUp(
  kind: ProposalKind,
  state: ProposalState,
): boolean {
  return kind === 'offer'
    ? state === 'hired'
    : state === 'enrolled' || state === 'completed' || state === 'dropped_out';
}

/** The anonymous counters a move into `state` adds (besides none for views and answers). */
export function indicatorEventsOfMove(
  state: ProposalState,
  contract?: ContractType | null,
): IndicatorEvent[] {
  switch (state) {
    case 'interview_arranged':
      return ['interview_arranged'];
    case 'hired':
      return ['hired', `hired_${contract ?? 'other'}`];
    case 'enrolled':
      return ['enrolled'];
    case 'completed':
      return ['course_completed'];
    case 'withdrawn':
      return ['proposal_withdrawn'];
    default:
      return [];
  }
}

/** The counter of a 6-month follow-up that found her still in work (offer) or training (course). */
export function followUpIndicator(
  kind: ProposalKind,
  months: FollowUpMonths,
  outcome: FollowUpOutcome,
): IndicatorEvent | null {
  if (months !== 6 || outcome !== 'still_in_work') return null;
  return kind === 'offer' ? 'still_in_work_six_months' : 'still_in_training_six_months';
}
