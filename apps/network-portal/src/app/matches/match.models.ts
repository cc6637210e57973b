import type { ContractType, Shift } from '@ponte/domain';

/**
 * Matches and pathways as apps/api/src/matching/dto returns them; the explanation is the
 * engine's (libs/matching score.ts), with ESCO URIs whose labels are looked up separately.
 */
export type MatchKind = 'offer' | 'course';
export type SkillTier = 'exact' | 'broader' | 'none';
export type MatchingUnavailable = 'profile_not_active' | 'matching_consent_missing';

export interface SkillMatch {
  uri: string;
  essential: boolean;
  tier: SkillTier;
  /** 2 essential / 1 optional, times the skill's specificity. */
  weight: number;
  /** 1 exact, up to 0.5 through a group, 0 none. */
  credit: number;
  /** Held through her languages (ISO code). */
  language?: string;
  group?: string;
  through?: string;
}

export interface OfferPoints {
  skills: number;
  use: number;
  occupation: number;
  distance: number;
  schedule: number;
  accommodations: number;
  contract: number;
}

export interface OfferExplanation {
  points: OfferPoints;
  maxPoints: OfferPoints;
  fit: number;
  evidence: number;
  skills: SkillMatch[];
  missingEssential: string[];
  essentialCoverage: number;
  usedSkills: { used: number; of: number };
  occupation: string;
  km: number | null;
  remote: boolean;
  schedule: { sharedShifts: Shift[]; offerHours: number; profileHours: number; hoursFit: number };
  contract: { offered: string | null; fit: string };
  accommodations: { met: string[]; unmet: string[] };
}

export interface CoursePoints {
  gaps: number;
  distance: number;
  schedule: number;
}

export interface CourseExplanation {
  points: CoursePoints;
  maxPoints: CoursePoints;
  progress: number;
  towards: { offer: string } | { occupation: string } | null;
  closes: string[];
  km: number | null;
  remote: boolean;
  sharedShifts: Shift[];
  startDate: string | null;
  seats: number;
  unlocksOffers: string[];
  unlocksCount: number;
}

export interface ListingRef {
  id: string;
  title: string;
  organisation: { id: string; name: string };
  comune: string | null;
  workMode: string;
  deadline: string;
  contract?: ContractType;
  startDate?: string;
}

export interface Match {
  kind: MatchKind;
  rank: number;
  score: number;
  explanation: OfferExplanation | CourseExplanation;
  listing: ListingRef;
}

export interface MatchPage {
  items: Match[];
  total: number;
  page: number;
  pageSize: number;
  profileVersion: number;
  computedAt: string | null;
  stale: boolean;
  recomputing: boolean;
  unavailable?: MatchingUnavailable;
  filtered: Record<string, number>;
}

export interface MatchQuery {
  kind: MatchKind;
  page: number;
  pageSize: number;
  minScore?: number;
  radiusKm?: number;
  contract?: string[];
}

export interface WhyNot {
  offerId: string;
  passed: boolean;
  reason?: string;
  score?: number;
  explanation?: OfferExplanation;
  rank?: number;
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
  target: { offerId?: string; occupation?: string; filteredBy: string | null };
  gaps: string[];
  pathways: Pathway[];
  filteredCourses: Record<string, number>;
  unavailable?: MatchingUnavailable;
}

export interface SkillGap {
  skill: string;
  unlocks: number;
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

export function isOfferExplanation(
  e: OfferExplanation | CourseExplanation,
): e is OfferExplanation {
  return 'skills' in e;
}
