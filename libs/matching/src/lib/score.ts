// Score formulas, shared by the indexed engine and the naive baseline so both rank identically.
// Every component is rounded to 0.01 points; the score is their sum. Rounding is monotone, so the
// metamorphic guarantees (more skills never lower a score, farther never raises it) survive it.

import type { Accommodation, Contract, Shift } from './model';

/** Points of each offer component; they add up to 100. */
export const OFFER_WEIGHTS = {
  skills: 45,
  occupation: 15,
  distance: 15,
  schedule: 10,
  contract: 5,
  accommodations: 10,
} as const;

/** Points of each course component; they add up to 100. */
export const COURSE_WEIGHTS = { gaps: 60, distance: 25, schedule: 15 } as const;

/** Essential skills weigh twice optional ones; a skill covered through its broader group counts half. */
export const ESSENTIAL_WEIGHT = 2;
export const OPTIONAL_WEIGHT = 1;
export const BROADER_CREDIT = 0.5;

/** Closing this many of her gaps (or all of them, if fewer) earns a course its full gap points. */
export const GAPS_FOR_FULL_COURSE_POINTS = 3;

/** Default share of an offer's essential skills she must hold exactly for it to be "reachable". */
export const DEFAULT_REACH_THRESHOLD = 0.8;
/** Default share from which a not-yet-reachable offer is "near": its gaps steer course ranking. */
export const DEFAULT_NEAR_THRESHOLD = 0.5;

export type SkillTier = 'exact' | 'broader' | 'none';
export type OccupationFit =
  | 'target'
  | 'isco_unit'
  | 'isco_minor'
  | 'none'
  | 'no_target';
export type ContractFit =
  | 'preferred'
  | 'no_preference'
  | 'unspecified'
  | 'other';

const OCCUPATION_CREDIT: Record<OccupationFit, number> = {
  target: 1,
  isco_unit: 0.6,
  isco_minor: 0.3,
  none: 0,
  // A profile without targets is open to any occupation: neutral, same points for every offer.
  no_target: 0.5,
};

const CONTRACT_CREDIT: Record<ContractFit, number> = {
  preferred: 1,
  no_preference: 1,
  unspecified: 0.5,
  other: 0,
};

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Skill points from the weighted credit; an offer that lists no skill gets half points. */
export function skillPoints(credit: number, weightTotal: number): number {
  const share = weightTotal === 0 ? 0.5 : credit / weightTotal;
  return round2(OFFER_WEIGHTS.skills * share);
}

export function occupationPoints(fit: OccupationFit): number {
  return round2(OFFER_WEIGHTS.occupation * OCCUPATION_CREDIT[fit]);
}

/** Share of the commute budget left: 1 at 0 km, 0 at the maximum commute; remote work is 1. */
export function distanceShare(
  km: number,
  maxCommuteKm: number,
  remote: boolean,
): number {
  if (remote) return 1;
  const ratio = maxCommuteKm > 0 ? km / maxCommuteKm : km > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - ratio));
}

export function distancePoints(
  km: number,
  maxCommuteKm: number,
  remote: boolean,
): number {
  return round2(
    OFFER_WEIGHTS.distance * distanceShare(km, maxCommuteKm, remote),
  );
}

/** 1 when the weekly hours agree, falling with their ratio (too few hours fail independence too). */
export function hoursFit(offerHours: number, profileHours: number): number {
  const hi = Math.max(offerHours, profileHours);
  return hi <= 0 ? 1 : Math.min(offerHours, profileHours) / hi;
}

/** 60% the share of the offer's shifts she can cover, 40% the fit of the weekly hours. */
export function schedulePoints(
  sharedShifts: number,
  offerShifts: number,
  offerHours: number,
  profileHours: number,
): number {
  const shiftShare = offerShifts === 0 ? 0 : sharedShifts / offerShifts;
  return round2(
    OFFER_WEIGHTS.schedule *
      (0.6 * shiftShare + 0.4 * hoursFit(offerHours, profileHours)),
  );
}

export function contractFit(
  offered: Contract | undefined,
  preferred: ReadonlySet<string> | null,
): ContractFit {
  if (preferred === null) return 'no_preference';
  if (offered === undefined) return 'unspecified';
  return preferred.has(offered) ? 'preferred' : 'other';
}

export function contractPoints(fit: ContractFit): number {
  return round2(OFFER_WEIGHTS.contract * CONTRACT_CREDIT[fit]);
}

/** Share of the requested accommodations the offer grants; nothing requested = all granted. */
export function accommodationPoints(met: number, requested: number): number {
  return round2(
    OFFER_WEIGHTS.accommodations * (requested === 0 ? 1 : met / requested),
  );
}

export function courseGapPoints(closed: number, gaps: number): number {
  if (gaps === 0) return 0;
  const full = Math.min(gaps, GAPS_FOR_FULL_COURSE_POINTS);
  return round2(COURSE_WEIGHTS.gaps * Math.min(1, closed / full));
}

export function courseDistancePoints(
  km: number,
  maxCommuteKm: number,
  remote: boolean,
): number {
  return round2(
    COURSE_WEIGHTS.distance * distanceShare(km, maxCommuteKm, remote),
  );
}

export function courseSchedulePoints(
  sharedShifts: number,
  courseShifts: number,
): number {
  return round2(
    COURSE_WEIGHTS.schedule *
      (courseShifts === 0 ? 0 : sharedShifts / courseShifts),
  );
}

/** The score: the components' points summed in declaration order (as the inner loop does). */
export function total(points: OfferPoints | CoursePoints): number {
  let sum = 0;
  for (const value of Object.values(points) as number[]) sum += value;
  return round2(sum);
}

/** Exact share of the essential skills; an offer without essential skills is fully covered. */
export function essentialCoverage(exact: number, essential: number): number {
  return essential === 0 ? 1 : exact / essential;
}

export interface OfferPoints {
  skills: number;
  occupation: number;
  distance: number;
  schedule: number;
  contract: number;
  accommodations: number;
}

export interface CoursePoints {
  gaps: number;
  distance: number;
  schedule: number;
}

export interface SkillMatch {
  uri: string;
  essential: boolean;
  tier: SkillTier;
  /** For the broader tier: the skill group (or broader skill) she covers ... */
  group?: string;
  /** ... and the skill of hers that covers it. */
  through?: string;
}

export interface OfferExplanation {
  points: OfferPoints;
  /** Every skill the offer lists, essential first, each with its tier. */
  skills: SkillMatch[];
  missingEssential: string[];
  /** Share of essential skills held exactly (0-1, three decimals). */
  essentialCoverage: number;
  occupation: OccupationFit;
  /** Great-circle km between comune centres (one decimal); null when a comune is unknown. */
  km: number | null;
  remote: boolean;
  schedule: {
    sharedShifts: Shift[];
    offerHours: number;
    profileHours: number;
    hoursFit: number;
  };
  contract: { offered: Contract | null; fit: ContractFit };
  accommodations: { met: Accommodation[]; unmet: Accommodation[] };
}

export interface CourseExplanation {
  points: CoursePoints;
  /** Her gaps (target occupations' and near offers' essential skills) that the course teaches. */
  closes: string[];
  km: number | null;
  remote: boolean;
  sharedShifts: Shift[];
  startDate: string | null;
  seats: number;
  /** Offers that pass her hard filters and become reachable once she completes the course. */
  unlocksOffers: string[];
  unlocksCount: number;
}

export interface OfferMatch {
  id: string;
  score: number;
  explanation: OfferExplanation;
}

export interface CourseMatch {
  id: string;
  score: number;
  explanation: CourseExplanation;
}
