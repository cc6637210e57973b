import type {
  Accommodation,
  DistanceBand,
  ProposalKind,
  ProposalState,
  Shift,
} from '@ponte/domain';

/**
 * The candidate card as the API projects it (apps/api/src/proposals/dto/candidate-card.view.ts):
 * the only view of a woman a partner ever receives, and exactly what counsellors see of
 * what was shared. Labels are in the request's language (English fallback, null if unknown).
 */
export interface LabelledConcept {
  uri: string;
  label: string | null;
  /** The label's language: English where the reader's has no label yet. */
  labelLanguage?: string | null;
}

export interface CardSkill extends LabelledConcept {
  level: string;
}

export interface CardMatchedSkill extends LabelledConcept {
  essential: boolean;
  /** `exact`: she has it; `broader`: she has a skill of its ESCO group. */
  tier: 'exact' | 'broader' | string;
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

export interface CardExplanation {
  kind: ProposalKind;
  matchedSkills?: CardMatchedSkill[];
  missingSkills?: CardMissingSkill[];
  /** Share of the essential skills held exactly, 0-1. */
  essentialCoverage?: number;
  /** Courses: skills it teaches that she lacks. */
  skillsToGain?: LabelledConcept[];
  schedule: CardSchedule;
  accommodations?: { met: string[]; unmet: string[] };
}

export interface CandidateCard {
  /** The code the receiving organisation knows her by (its own; never her pseudonym code). */
  candidateCode: string;
  skills: CardSkill[];
  languages: { code: string; cefr: string }[];
  eqfLevel: number | null;
  availability: {
    weeklyHours: number;
    shifts: Shift[];
    earliestStart: string | null;
  };
  /** Null for remote work. */
  distanceBand: DistanceBand | null;
  accommodations: Accommodation[];
  explanation: CardExplanation;
}

export interface ProposalHistoryStep {
  state: ProposalState;
  at: string;
  actorRole: string;
}
