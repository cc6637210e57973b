import type { Accommodation, CefrLevel, DistanceBand, ProposalKind, Shift, SkillLevel } from '@ponte/domain';
import type { SkillTier } from './explanation';

/**
 * The candidate card: the only view of a woman a partner ever receives, and exactly what
 * counsellors see of what was shared. Projected on the server from the snapshot frozen with the
 * proposal (an allow-list); nothing locates her (a distance band, never a comune or km).
 */
export interface CandidateCard extends CardFacts {
  skills: CardSkill[];
  explanation: CardExplanation;
}

/** What the card carries as frozen, with no label to look up: shared with the stored snapshot. */
export interface CardFacts {
  /** The code the receiving organisation knows her by (its own; never her pseudonym code). */
  candidateCode: string;
  languages: { code: string; cefr: CefrLevel }[];
  eqfLevel: number | null;
  availability: {
    weeklyHours: number;
    shifts: Shift[];
    /** YYYY-MM-DD */
    earliestStart: string | null;
  };
  /** Null for remote work, or where a comune is unknown. */
  distanceBand: DistanceBand | null;
  accommodations: Accommodation[];
}

/** An ESCO concept with its label in the reader's language (English fallback; null if unknown). */
export interface LabelledConcept {
  uri: string;
  label: string | null;
  /** The label's language: English where the reader's has no label yet. */
  labelLanguage: string | null;
}

export interface CardSkill extends LabelledConcept {
  level: SkillLevel;
}

export interface CardMatchedSkill extends LabelledConcept {
  essential: boolean;
  /** `exact`: she has it; `broader`: she has a skill of its ESCO group. */
  tier: Exclude<SkillTier, 'none'>;
}

export interface CardMissingSkill extends LabelledConcept {
  essential: boolean;
}

export interface CardSchedule {
  sharedShifts: Shift[];
  offerHours?: number;
  profileHours?: number;
  /** 0-1 */
  hoursFit?: number;
}

/** Why she fits: skills and schedule only (no comune, no km, no distance points, no score). */
export interface CardExplanation {
  kind: ProposalKind;
  matchedSkills?: CardMatchedSkill[];
  missingSkills?: CardMissingSkill[];
  /** Share of the essential skills held exactly, 0-1. */
  essentialCoverage?: number;
  /** Courses: skills it teaches that she lacks. */
  skillsToGain?: LabelledConcept[];
  schedule: CardSchedule;
  /** Offers: accommodations she needs that the offer grants / does not grant. */
  accommodations?: { met: string[]; unmet: string[] };
}
