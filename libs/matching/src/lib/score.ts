// The scoring model, shared by the indexed engine and the naive baseline so both rank identically.
//
// Fit first. Her fit to an offer (0-1) comes from what the offer asks and she holds (skills),
// how much of what she can do the offer uses (use) and the occupation. The conditions (distance
// inside her commute, schedule, accommodations, contract) are worth 10 points at most, and those
// points are scaled by her fit: they separate offers she fits comparably well, and cannot lift an
// offer above one she clearly fits better (see CLEARLY_BETTER_FIT).
//
//   score = fitPoints + fit × conditionPoints,  fit = fitPoints / 90
//
// So a score reads as "per cent of a perfect fit, in the best conditions": 75 means she meets
// about three quarters of what the offer asks, in terms that also reflect the conditions.
// Every component is rounded to 0.01 points; the score is their sum. Rounding is monotone, so the
// metamorphic guarantees (more skills never lower a score, nearer never lowers it) survive it.

import type { Contract } from './model';
import type {
  ContractFit,
  CourseExplanation,
  CoursePoints,
  OccupationFit,
  OfferExplanation,
  OfferPoints,
} from '@ponte/contracts';

// The explanation is what counsellors read: its shape is the API contract, produced here.
export type {
  ContractFit,
  CourseExplanation,
  CoursePoints,
  CourseTowards,
  OccupationFit,
  OfferExplanation,
  OfferPoints,
  SkillMatch,
  SkillTier,
} from '@ponte/contracts';

/** Maximum points of each offer component; they add up to 100. */
export const OFFER_WEIGHTS = {
  skills: 55,
  use: 25,
  occupation: 10,
  distance: 4,
  schedule: 3,
  accommodations: 2,
  contract: 1,
} as const;

const FIT_MAX = OFFER_WEIGHTS.skills + OFFER_WEIGHTS.use + OFFER_WEIGHTS.occupation;

/** Maximum points of each course component; they add up to 100 (conditions scaled by progress). */
export const COURSE_WEIGHTS = { gaps: 90, distance: 6, schedule: 4 } as const;

/** Essential skills weigh twice optional ones, before specificity. */
export const ESSENTIAL_WEIGHT = 2;
export const OPTIONAL_WEIGHT = 1;

/**
 * Credit of a skill she lacks but whose ESCO group she covers with a skill of hers: half for a
 * narrow group (up to NARROW_GROUP concepts), falling with the log of the group's size to nothing
 * for a group of WIDE_GROUP concepts or more (a field of education, a transversal family).
 */
export const BROADER_CREDIT = 0.5;
export const NARROW_GROUP = 8;
export const WIDE_GROUP = 1000;

/**
 * Specificity of a skill: 1 for a skill of one occupation, falling with the log of the number of
 * ESCO occupations that list it, to a floor for the transversal skills thousands of them list.
 */
export const SPECIFIC_OCCUPATIONS = 2000;
export const SPECIFICITY_FLOOR = 0.2;

/**
 * An offer that asks for little says little about her fit: its skills share is taken over at
 * least this weight (two specific essential skills). Four transversal skills she holds (weight
 * about 1.6) then earn 40% of the skill points, not all of them.
 */
export const MIN_SKILL_WEIGHT = 4;

/** Her skills the offer uses are counted up to this much specificity (about 8 specific skills). */
export const USE_CAPACITY = 8;

/** The CEFR level (index in CEFR_LEVELS) that holds a language skill when the offer states none. */
export const LANGUAGE_SKILL_LEVEL = 2; // B1

/**
 * "Clearly better fit": higher by at least a ninth (0.60 against 0.54), plus a thousandth for the
 * rounding of the points. The conditions are worth at most 10 × fit points, so such a fit always
 * ranks first, whatever the distances, schedules and contracts. The property tests hold to it.
 */
export const CLEARLY_BETTER_FIT = 1 / 9;

export function clearlyBetterFit(fit: number, than: number): boolean {
  return fit >= than * (1 + CLEARLY_BETTER_FIT) + 0.001;
}

/** Her best offers a course's progress is measured towards (whatever number of offers is returned). */
export const PROGRESS_OFFERS = 50;

/** Default share of an offer's essential skills she must hold exactly for it to be "reachable". */
export const DEFAULT_REACH_THRESHOLD = 0.8;
/** Default share from which a not-yet-reachable offer is "near": courses that make it reachable say so. */
export const DEFAULT_NEAR_THRESHOLD = 0.5;


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

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function specificityOf(occupations: number): number {
  const n = Math.max(1, occupations);
  return Math.max(SPECIFICITY_FLOOR, 1 - Math.log(n) / Math.log(SPECIFIC_OCCUPATIONS));
}

/** Credit of the broader tier through a group of `size` concepts (the group and those below it). */
export function groupCreditOf(size: number): number {
  if (size <= NARROW_GROUP) return BROADER_CREDIT;
  const fall = Math.log(size / NARROW_GROUP) / Math.log(WIDE_GROUP / NARROW_GROUP);
  return Math.max(0, round3(BROADER_CREDIT * (1 - fall)));
}

export function skillWeight(essential: boolean, specificity: number): number {
  return (essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT) * specificity;
}

/** Skill points from the weighted credit; an offer that lists no skill gets half points. */
export function skillPoints(credit: number, weightTotal: number): number {
  const share = weightTotal === 0 ? 0.5 : Math.min(1, credit / Math.max(weightTotal, MIN_SKILL_WEIGHT));
  return round2(OFFER_WEIGHTS.skills * share);
}

/** Use points: the specificity of her skills the offer lists, over min(hers, USE_CAPACITY). */
export function usePoints(used: number, hers: number): number {
  const capacity = Math.min(hers, USE_CAPACITY);
  return round2(OFFER_WEIGHTS.use * (capacity <= 0 ? 0 : Math.min(1, used / capacity)));
}

export function occupationCreditOf(fit: OccupationFit): number {
  return OCCUPATION_CREDIT[fit];
}

export function occupationPoints(fit: OccupationFit): number {
  return round2(OFFER_WEIGHTS.occupation * OCCUPATION_CREDIT[fit]);
}

/** Her fit, 0-1, from the three fit components' points. */
export function fitOf(skills: number, use: number, occupation: number): number {
  return (skills + use + occupation) / FIT_MAX;
}

/** Share of the commute budget left: 1 at 0 km, 0 at the maximum commute; remote work is 1. */
export function distanceShare(km: number, maxCommuteKm: number, remote: boolean): number {
  if (remote) return 1;
  const ratio = maxCommuteKm > 0 ? km / maxCommuteKm : km > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - ratio));
}

/** 1 when the weekly hours agree, falling with their ratio (too few hours fail independence too). */
export function hoursFit(offerHours: number, profileHours: number): number {
  const hi = Math.max(offerHours, profileHours);
  return hi <= 0 ? 1 : Math.min(offerHours, profileHours) / hi;
}

/** 60% the share of the offer's shifts she can cover, 40% the fit of the weekly hours. */
export function scheduleShare(sharedShifts: number, offerShifts: number, offerHours: number, profileHours: number): number {
  const shiftShare = offerShifts === 0 ? 0 : sharedShifts / offerShifts;
  return 0.6 * shiftShare + 0.4 * hoursFit(offerHours, profileHours);
}

export function contractFit(offered: Contract | undefined, preferred: ReadonlySet<string> | null): ContractFit {
  if (preferred === null) return 'no_preference';
  if (offered === undefined) return 'unspecified';
  return preferred.has(offered) ? 'preferred' : 'other';
}

export function contractCreditOf(fit: ContractFit): number {
  return CONTRACT_CREDIT[fit];
}

/** Share of the requested accommodations the offer grants; nothing requested = all granted. */
export function accommodationShare(met: number, requested: number): number {
  return requested === 0 ? 1 : met / requested;
}

/** A condition's points: its share of its maximum, scaled by her fit. */
export function conditionPoints(max: number, share: number, fit: number): number {
  return round2(max * share * fit);
}

/** The offer's points, component by component (the one formula both paths call). */
export function offerPoints(
  skills: number,
  use: number,
  occupation: number,
  distance: number,
  schedule: number,
  accommodations: number,
  contract: number,
): OfferPoints {
  const fit = fitOf(skills, use, occupation);
  const W = OFFER_WEIGHTS;
  return {
    skills,
    use,
    occupation,
    distance: conditionPoints(W.distance, distance, fit),
    schedule: conditionPoints(W.schedule, schedule, fit),
    accommodations: conditionPoints(W.accommodations, accommodations, fit),
    contract: conditionPoints(W.contract, contract, fit),
  };
}

/** The course's points: gap progress, then its conditions scaled by that progress. */
export function coursePoints(progress: number, distance: number, schedule: number): CoursePoints {
  const W = COURSE_WEIGHTS;
  return {
    gaps: round2(W.gaps * progress),
    distance: conditionPoints(W.distance, distance, progress),
    schedule: conditionPoints(W.schedule, schedule, progress),
  };
}

/** The course's score: total(coursePoints(...)) without the object, for the inner loop. */
export function courseScoreOf(progress: number, distance: number, schedule: number): number {
  const W = COURSE_WEIGHTS;
  return round2(
    round2(W.gaps * progress) +
      conditionPoints(W.distance, distance, progress) +
      conditionPoints(W.schedule, schedule, progress),
  );
}

export function courseScheduleShare(sharedShifts: number, courseShifts: number): number {
  return courseShifts === 0 ? 0 : sharedShifts / courseShifts;
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

export const OFFER_MAX_POINTS: OfferPoints = { ...OFFER_WEIGHTS };
export const COURSE_MAX_POINTS: CoursePoints = { ...COURSE_WEIGHTS };

/** Progress towards a target: its weight times the share of its gaps closed. */
export function gapProgress(weight: number, closed: number, gaps: number): number {
  return gaps === 0 ? 0 : weight * (closed / gaps);
}

/** Share of the offer's skill weight held exactly: the tie-break between equal scores. */
export function evidenceOf(exactWeight: number, weightTotal: number): number {
  return weightTotal === 0 ? 0 : round3(exactWeight / weightTotal);
}
