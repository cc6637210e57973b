import { SAFETY_REASONS, type FilterReason } from '@ponte/matching';

/**
 * What a counsellor may be told about the listings her matches leave out (ARCHITECTURE.md, safety
 * rule 2, whose home is @ponte/matching lib/safety.ts; issue 20). The engine counts every hard
 * filter apart; exclusion areas and blocked organisations must never be singled out in a count
 * (how many listings an area removes says where it is). They are folded, with the reasons about a
 * listing's own state and place, into one `unavailable` count that never says which; the fit
 * reasons stay apart, for diagnostics.
 * Applied where counts are stored (match_states) and answered (matches, pathways).
 */
export const REPORTED_FILTER_REASONS = ['beyond_commute', 'schedule', 'language', 'eqf', 'unavailable'] as const;
export type ReportedFilterReason = (typeof REPORTED_FILTER_REASONS)[number];

/** Folded into `unavailable`: rule 2's reasons, and those that would let a count single them out. */
export const FOLDED_FILTER_REASONS: ReadonlySet<string> = new Set<FilterReason>([...SAFETY_REASONS, 'unknown_location', 'organisation_not_vetted', 'not_open', 'no_seats']);

/** Counts as reported: fit reasons as they are, the folded ones summed into `unavailable`; zeros left out. */
export function reportedFilterCounts(counts: Readonly<Record<string, number>> | null | undefined): Partial<Record<ReportedFilterReason, number>> {
  const reported: Partial<Record<ReportedFilterReason, number>> = {};
  for (const [reason, count] of Object.entries(counts ?? {})) {
    if (!(count > 0)) continue;
    const as: ReportedFilterReason | null = FOLDED_FILTER_REASONS.has(reason) || reason === 'unavailable' ? 'unavailable' : (REPORTED_FILTER_REASONS as readonly string[]).includes(reason) ? (reason as ReportedFilterReason) : null;
    if (as) reported[as] = (reported[as] ?? 0) + count;
  }
  return Object.fromEntries(REPORTED_FILTER_REASONS.filter((r) => reported[r]).map((r) => [r, reported[r]])) as Partial<Record<ReportedFilterReason, number>>;
}

