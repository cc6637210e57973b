import type { CourseExplanation, OfferExplanation } from './explanation';
import type { Page, Timestamp } from './wire';

/** A profile's matches, why-not, pathways and skill gaps, as counsellors read them. */

export const MATCH_KINDS = ['offer', 'course'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Why a profile has no list: not active, or no active matching consent. */
export const MATCHING_UNAVAILABLE = ['profile_not_active', 'matching_consent_missing'] as const;
export type MatchingUnavailable = (typeof MATCHING_UNAVAILABLE)[number];

/** Hard-filter counts of the last computation, by reason (diagnostics; zeros left out). */
export type FilterCounts = Record<string, number>;

export interface ListingRef {
  id: string;
  title: string;
  organisation: { id: string; name: string };
  comune: string | null;
  /** on_site | remote | hybrid */
  workMode: string;
  /** YYYY-MM-DD */
  deadline: string;
  /** Offers. */
  contract?: string;
  /** Courses. */
  startDate?: string;
}

export interface Match {
  kind: MatchKind;
  /** 1-based position in her ranked list (after the filters). */
  rank: number;
  /** 0-100 */
  score: number;
  explanation: OfferExplanation | CourseExplanation;
  listing: ListingRef;
}

export interface MatchPage extends Page<Match> {
  /** The profile version the items were computed for (always the current one). */
  profileVersion: number;
  computedAt: Timestamp | null;
  /** Some stored results are outdated: they are left out. */
  stale: boolean;
  /** A recomputation was queued; ask again shortly. */
  recomputing: boolean;
  unavailable?: MatchingUnavailable;
  filtered: FilterCounts;
}

export interface MatchQuery {
  kind: MatchKind;
  page: number;
  pageSize: number;
  minScore?: number;
  radiusKm?: number;
  /** ISTAT code of the centre of `radiusKm` (default: her home comune). */
  comune?: string;
  /** ContractType codes (the API refuses any other). */
  contract?: string[];
}

export interface WhyNot {
  offerId: string;
  /** Passes every hard filter for her. */
  passed: boolean;
  /** The first hard filter that removes it (libs/matching FILTER_REASONS), or why she has no matches. */
  reason?: string;
  score?: number;
  explanation?: OfferExplanation;
  /** Its position in her current list, when it is there. */
  rank?: number;
  /** Passes the filters but scores below the last of her stored matches. */
  belowCut?: boolean;
}

export interface Pathway {
  course: ListingRef;
  closes: string[];
  remainingGaps: string[];
  targetReachable: boolean;
  km: number | null;
  remote: boolean;
  seats: number;
  reachableOffers: ListingRef[];
  reachableCount: number;
}

export interface Pathways {
  /** filteredBy: the hard filter that keeps the target offer from her (then no pathway). */
  target: { offerId?: string; occupation?: string; filteredBy: string | null };
  gaps: string[];
  pathways: Pathway[];
  filteredCourses: FilterCounts;
  unavailable?: MatchingUnavailable;
}

export interface SkillGap {
  /** ESCO skill URI. */
  skill: string;
  /** Offers that become reachable with this one skill. */
  unlocks: number;
  /** Offers that list it among the essential skills she lacks. */
  helps: number;
  offers: string[];
  courses: string[];
}

export interface SkillGaps {
  reachThreshold: number | null;
  passed: number;
  reachable: number;
  gaps: SkillGap[];
  unavailable?: MatchingUnavailable;
}
