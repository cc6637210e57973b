// The candidate card (safety rule 3, SECURITY.md "A card reveals no place"), in one place: the only shape in which a woman reaches a partner.
// Every card, the one frozen into a proposal and the one a read returns, leaves through
// projectCard, which copies the allowed fields by name: a field added to the profile, the
// verdict or the stored snapshot never leaks by default. No home comune, no km: a distance band.
// No pseudonym code: the receiving organisation's own candidate code. No notes, no comments, no
// score. candidate-card.spec.ts checks that exactly these keys come out, whatever goes in.

import {
  distanceBand,
  type Accommodation,
  type CefrLevel,
  type DistanceBand,
  type Shift,
  type SkillLevel,
} from '@ponte/domain';
import type { CourseExplanation, OfferExplanation } from './score';

/**
 * The candidate card as frozen when the proposal was made (`proposals.card`). Labels are not in
 * it: they are reference data, resolved in the reader's language (labelCard).
 */
export interface CardSnapshot {
  /** The code this organisation knows her by (candidateCodeFor), never her pseudonym code. */
  candidateCode: string;
  skills: { uri: string; level: SkillLevel }[];
  languages: { code: string; cefr: CefrLevel }[];
  eqfLevel: number | null;
  availability: {
    weeklyHours: number;
    shifts: Shift[];
    earliestStart: string | null;
  };
  /** Null when the offer or course is remote (distance does not matter) or a comune is unknown. */
  distanceBand: DistanceBand | null;
  accommodations: Accommodation[];
  explanation: CardExplanation;
}

/** The match explanation a partner sees: skills and schedule, no distance, no score. */
export type CardExplanation = OfferCardExplanation | CourseCardExplanation;

export interface OfferCardExplanation {
  kind: 'offer';
  /** Skills of the offer she holds, exactly or through a broader group she covers. */
  matchedSkills: {
    uri: string;
    essential: boolean;
    tier: 'exact' | 'broader';
  }[];
  missingSkills: { uri: string; essential: boolean }[];
  /** Share of the essential skills held exactly, 0-1. */
  essentialCoverage: number;
  schedule: {
    sharedShifts: Shift[];
    offerHours: number;
    profileHours: number;
    hoursFit: number;
  };
  accommodations: { met: string[]; unmet: string[] };
}

export interface CourseCardExplanation {
  kind: 'course';
  /** Skills the course teaches that she lacks for her target occupations or near offers. */
  skillsToGain: string[];
  sharedShifts: Shift[];
}

/** What the card may take from her profile (whatever else the row carries is ignored). */
export interface CardProfile {
  skills: readonly { uri: string; level: string }[];
  languages: readonly { code: string; cefr: string }[];
  eqfLevel: number | null;
  weeklyHours: number;
  shifts: readonly string[];
  earliestStart: string | null;
  accommodations: readonly string[];
}

/** The engine's verdict on the pair: its explanation is reduced to the partner's part. */
export type CardVerdict =
  | { kind: 'offer'; explanation: OfferExplanation }
  | { kind: 'course'; explanation: CourseExplanation };

/** A concept's label in the reader's language (English fallback; null when unknown). */
export interface ConceptLabel {
  label: string | null;
  labelLanguage: string | null;
}

function projectExplanation(e: CardExplanation): CardExplanation {
  if (e.kind === 'course') {
    return {
      kind: 'course',
      skillsToGain: [...e.skillsToGain],
      sharedShifts: [...e.sharedShifts],
    };
  }
  return {
    kind: 'offer',
    matchedSkills: e.matchedSkills.map((s) => ({
      uri: s.uri,
      essential: s.essential,
      tier: s.tier,
    })),
    missingSkills: e.missingSkills.map((s) => ({
      uri: s.uri,
      essential: s.essential,
    })),
    essentialCoverage: e.essentialCoverage,
    schedule: {
      sharedShifts: [...e.schedule.sharedShifts],
      offerHours: e.schedule.offerHours,
      profileHours: e.schedule.profileHours,
      hoursFit: e.schedule.hoursFit,
    },
    accommodations: {
      met: [...e.accommodations.met],
      unmet: [...e.accommodations.unmet],
    },
  };
}

/** The allow-list: the card's fields, copied by name at every level. */
export function projectCard(card: CardSnapshot): CardSnapshot {
  return {
    candidateCode: card.candidateCode,
    skills: card.skills.map((s) => ({ uri: s.uri, level: s.level })),
    languages: card.languages.map((l) => ({ code: l.code, cefr: l.cefr })),
    eqfLevel: card.eqfLevel,
    availability: {
      weeklyHours: card.availability.weeklyHours,
      shifts: [...card.availability.shifts],
      earliestStart: card.availability.earliestStart,
    },
    distanceBand: card.distanceBand,
    accommodations: [...card.accommodations],
    explanation: projectExplanation(card.explanation),
  };
}

/** The partner's part of the engine's explanation: skills and schedule; no km, no points. */
function cardExplanation(verdict: CardVerdict): CardExplanation {
  if (verdict.kind === 'course') {
    return {
      kind: 'course',
      skillsToGain: verdict.explanation.closes,
      sharedShifts: verdict.explanation.sharedShifts,
    };
  }
  const e = verdict.explanation;
  return {
    kind: 'offer',
    matchedSkills: e.skills
      .filter((s) => s.tier !== 'none')
      .map((s) => ({
        uri: s.uri,
        essential: s.essential,
        tier: s.tier as 'exact' | 'broader',
      })),
    missingSkills: e.skills.filter((s) => s.tier === 'none'),
    essentialCoverage: e.essentialCoverage,
    schedule: e.schedule,
    accommodations: e.accommodations,
  };
}

/** Her distance to the place, as a band: null when remote or unknown. Never the km. */
function bandOf(verdict: CardVerdict): DistanceBand | null {
  const { km, remote } = verdict.explanation;
  return remote || km === null ? null : distanceBand(km);
}

/**
 * The card frozen at proposal time, from her profile and the engine's verdict on the pair; the
 * organisation's own `candidateCode` stands for her.
 */
export function freezeCard(
  profile: CardProfile,
  verdict: CardVerdict,
  candidateCode: string,
): CardSnapshot {
  return projectCard({
    candidateCode,
    skills: profile.skills as CardSnapshot['skills'],
    languages: profile.languages as CardSnapshot['languages'],
    eqfLevel: profile.eqfLevel,
    availability: {
      weeklyHours: profile.weeklyHours,
      shifts: profile.shifts as Shift[],
      earliestStart: profile.earliestStart,
    },
    distanceBand: bandOf(verdict),
    accommodations: profile.accommodations as Accommodation[],
    explanation: cardExplanation(verdict),
  });
}

/** Every concept URI of the card: what the reader's labels are looked up for. */
export function cardConceptUris(card: CardSnapshot): string[] {
  const e = card.explanation;
  return [
    ...card.skills.map((s) => s.uri),
    ...(e.kind === 'offer'
      ? [...e.matchedSkills, ...e.missingSkills].map((s) => s.uri)
      : e.skillsToGain),
  ];
}

/**
 * The card as a read returns it: the stored snapshot through the allow-list again (a snapshot
 * written by an older version carries nothing more out), with the reader's labels beside each
 * concept. Only concepts gain keys; a course's shared shifts read as its schedule.
 */
export function labelCard(
  snapshot: CardSnapshot,
  label: (uri: string) => ConceptLabel,
) {
  const card = projectCard(snapshot);
  const labelled = <T extends { uri: string }>(c: T) => {
    const { label: text, labelLanguage } = label(c.uri);
    return { ...c, label: text, labelLanguage };
  };
  const e = card.explanation;
  return {
    ...card,
    skills: card.skills.map(labelled),
    explanation:
      e.kind === 'offer'
        ? {
            ...e,
            matchedSkills: e.matchedSkills.map(labelled),
            missingSkills: e.missingSkills.map(labelled),
          }
        : {
            kind: e.kind,
            skillsToGain: e.skillsToGain.map((uri) => labelled({ uri })),
            schedule: { sharedShifts: e.sharedShifts },
          },
  };
}

export type LabelledCard = ReturnType<typeof labelCard>;
