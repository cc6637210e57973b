// Input model of the matching engine (camelCase, as in README.md "The model" and "CLI").
// Enumerations are exported as constants so the JSON Schema, the API and the portals can share them.

export const SHIFTS = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
] as const;
export type Shift = (typeof SHIFTS)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const CONTRACTS = [
  'permanent',
  'fixed_term',
  'apprenticeship',
  'internship',
  'temporary',
  'self_employed',
] as const;
export type Contract = (typeof CONTRACTS)[number];

/** Accommodations a woman may need and an employer may grant (README.md "Offer score"). */
export const ACCOMMODATIONS = [
  'flexible_hours',
  'childcare',
  'confidential_hr',
  'part_time',
] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];

/** Only `vetted` passes; everything else (and a missing status) fails `organisation_not_vetted`. */
export const ORGANISATION_STATUSES = [
  'vetted',
  'pending',
  'suspended',
  'rejected',
] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const LISTING_STATUSES = [
  'draft',
  'published',
  'withdrawn',
  'closed',
  'filled',
] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/**
 * Hard-filter reasons, in the order they are checked: an item that fails several is counted
 * once, under the first. Location reasons come first (safety, and they are decided per comune),
 * then the organisation, then the listing, then fit.
 */
export const FILTER_REASONS = [
  'exclusion_area',
  'unknown_location',
  'beyond_commute',
  'organisation_blocked',
  'organisation_not_vetted',
  'not_open',
  'no_seats',
  'schedule',
  'language',
  'eqf',
] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];
export type FilterCounts = Record<FilterReason, number>;

export interface ProfileSkill {
  uri: string;
  /** Recorded for the counsellor; not scored (ESCO has no proficiency scale). */
  level?: number | string;
}

export interface LanguageLevel {
  /** ISO 639-1 code, e.g. "it". */
  code: string;
  cefr: CefrLevel;
}

export interface ExclusionArea {
  /** ISTAT code of the comune at the centre of the area. */
  comune: string;
  radiusKm: number;
}

export interface Profile {
  id: string;
  homeComune: string;
  maxCommuteKm: number;
  skills: readonly ProfileSkill[];
  languages?: readonly LanguageLevel[];
  eqf?: number;
  targetOccupations?: readonly string[];
  shifts: readonly Shift[];
  weeklyHours: number;
  exclusions?: readonly ExclusionArea[];
  blockedOrganisations?: readonly string[];
  contracts?: readonly Contract[];
  accommodations?: readonly Accommodation[];
}

interface Listing {
  id: string;
  organisationId?: string;
  /** The publishing organisation's vetting status, joined in by the caller. Missing = not vetted. */
  organisationStatus?: OrganisationStatus;
  comune: string;
  remote?: boolean;
  shifts: readonly Shift[];
  seats: number;
  status: ListingStatus;
  languages?: readonly LanguageLevel[];
  minEqf?: number;
}

export interface Offer extends Listing {
  occupation?: string;
  essentialSkills: readonly string[];
  optionalSkills?: readonly string[];
  weeklyHours: number;
  /** ISO date (open through that day, Europe/Rome) or ISO date-time. */
  deadline?: string;
  contract?: Contract;
  accommodations?: readonly Accommodation[];
}

export interface Course extends Listing {
  skillsTaught: readonly string[];
  targetOccupations?: readonly string[];
  /** Total course hours (informative). */
  hours?: number;
  /** ISO date. */
  startDate?: string;
  /** Enrolment deadline, same rules as an offer's. */
  deadline?: string;
}
