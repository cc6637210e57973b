import type { Shift } from '@ponte/domain';

/**
 * Why an offer or course ranks where it does, as the engine (libs/matching score.ts) computes it
 * and counsellors read it. Skills and occupations are ESCO URIs; their labels are looked up apart.
 */

/** `exact`: she holds it; `broader`: she holds a skill of its ESCO group; `none`: she lacks it. */
export type SkillTier = 'exact' | 'broader' | 'none';
export type OccupationFit = 'target' | 'isco_unit' | 'isco_minor' | 'none' | 'no_target';
export type ContractFit = 'preferred' | 'no_preference' | 'unspecified' | 'other';

export interface OfferPoints {
  skills: number;
  use: number;
  occupation: number;
  distance: number;
  schedule: number;
  accommodations: number;
  contract: number;
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
  /** Its weight in the skills share: 2 essential / 1 optional, times its specificity. */
  weight: number;
  /** 1 exact, the group's credit for the broader tier (0.5 at most), 0 none. */
  credit: number;
  /** For a language skill held through her languages: the language code. */
  language?: string;
  /** For the broader tier: the skill group (or broader skill) she covers ... */
  group?: string;
  /** ... and the skill of hers that covers it. */
  through?: string;
}

export interface OfferExplanation {
  points: OfferPoints;
  /** The maximum of each component, next to its points. */
  maxPoints: OfferPoints;
  /** Her fit, 0-1 (three decimals): the share of the conditions' points she earns. */
  fit: number;
  /** Share of the offer's skill weight she holds exactly (three decimals): breaks ties of score. */
  evidence: number;
  /** Every skill the offer lists, essential first, each with its tier. */
  skills: SkillMatch[];
  missingEssential: string[];
  /** Share of essential skills held exactly (0-1, three decimals). */
  essentialCoverage: number;
  /** How many of her skills the offer lists, of how many she has. */
  usedSkills: { used: number; of: number };
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
  /** The engine's contract vocabulary (libs/matching model.ts CONTRACTS). */
  contract: { offered: string | null; fit: ContractFit };
  /** The engine's accommodation vocabulary (libs/matching model.ts ACCOMMODATIONS). */
  accommodations: { met: string[]; unmet: string[] };
}

/** What a course moves her towards: the offer or target occupation whose gaps it closes most. */
export type CourseTowards = { offer: string } | { occupation: string } | null;

export interface CourseExplanation {
  points: CoursePoints;
  maxPoints: CoursePoints;
  /** Share (0-1, three decimals) of the gaps of `towards` that the course closes, weighted. */
  progress: number;
  towards: CourseTowards;
  /** Her gaps (essential skills of her target occupations and best offers) that the course teaches. */
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

export function isOfferExplanation(e: OfferExplanation | CourseExplanation): e is OfferExplanation {
  return 'skills' in e;
}
