import type { CardFacts, SkillTier } from '@ponte/contracts';
import type { Shift, SkillLevel } from '@ponte/domain';

/**
 * The candidate card as frozen when the proposal was made: exactly what a partner may ever
 * see of the woman, nothing that locates her (a distance band, never a comune or km) and no
 * label (labels are reference data, resolved in the reader's language). The cover message is
 * kept beside it, sealed (`proposals.cover_message_encrypted`).
 */
export interface CardSnapshot extends CardFacts {
  skills: { uri: string; level: SkillLevel }[];
  explanation: CardExplanation;
}

/** The match explanation a partner sees: skills and schedule, no distance, no score. */
export type CardExplanation = OfferCardExplanation | CourseCardExplanation;

export interface OfferCardExplanation {
  kind: 'offer';
  /** Skills of the offer she holds, exactly or through a broader group she covers. */
  matchedSkills: { uri: string; essential: boolean; tier: Exclude<SkillTier, 'none'> }[];
  missingSkills: { uri: string; essential: boolean }[];
  /** Share of the essential skills held exactly, 0-1. */
  essentialCoverage: number;
  schedule: { sharedShifts: Shift[]; offerHours: number; profileHours: number; hoursFit: number };
  accommodations: { met: string[]; unmet: string[] };
}

export interface CourseCardExplanation {
  kind: 'course';
  /** Skills the course teaches that she lacks for her target occupations or near offers. */
  skillsToGain: string[];
  sharedShifts: Shift[];
}

/** The counsellor's full explanation, as the engine returned it (km and points included). */
export interface MatchSnapshot {
  score: number;
  /** An OfferExplanation or CourseExplanation of @ponte/matching. */
  explanation: object;
  /** When the engine ran. */
  at: string;
}
