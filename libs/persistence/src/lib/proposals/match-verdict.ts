import { distanceBand, type Accommodation, type CefrLevel, type SkillLevel } from '@ponte/domain';
import {
  explainOfferMatch,
  FILTER_REASONS,
  rankForProfile,
  type Course as EngineCourse,
  type CourseExplanation,
  type FilterReason,
  type MatchContext,
  type Offer as EngineOffer,
  type OfferExplanation,
  type Profile as EngineProfile,
} from '@ponte/matching';
import type { ProfileForMatch, TargetForMatch } from '../matching/match-sources.sql';
import type { CardExplanation, CardSnapshot } from './candidate-card';

/** One pair as stored and as the engine reads it (loadMatchInputs of @ponte/matching-adapter). */
export interface MatchInputs {
  profile: ProfileForMatch;
  target: TargetForMatch;
  engineProfile: EngineProfile;
  engineOffer?: EngineOffer;
  engineCourse?: EngineCourse;
  context: MatchContext;
}

export type MatchVerdict =
  | { passed: false; reason: FilterReason }
  | { passed: true; kind: 'offer'; score: number; explanation: OfferExplanation }
  | { passed: true; kind: 'course'; score: number; explanation: CourseExplanation };

/**
 * The engine's verdict on one pair, exactly as matching would rank it: a proposal may only go
 * where a match could (never what matching would hide). A course is judged against the gaps of
 * her target occupations (the catalogue of near offers is not loaded for one proposal).
 */
export function evaluateMatch(inputs: MatchInputs): MatchVerdict {
  if (inputs.engineOffer) {
    const verdict = explainOfferMatch(inputs.engineProfile, inputs.engineOffer, inputs.context);
    return verdict.passed ? { passed: true, kind: 'offer', score: verdict.score, explanation: verdict.explanation } : verdict;
  }
  const result = rankForProfile(inputs.engineProfile, { courses: inputs.engineCourse ? [inputs.engineCourse] : [] }, inputs.context, {
    limit: 1,
    courseLimit: 1,
    unlockCap: 0,
  });
  const [course] = result.courses;
  if (course) return { passed: true, kind: 'course', score: course.score, explanation: course.explanation };
  const reason = FILTER_REASONS.find((r) => result.filteredCourses[r] > 0) ?? 'not_open';
  return { passed: false, reason };
}

/** The partner's part of the explanation: skills and schedule; no km, no distance points, no score. */
function cardExplanation(verdict: Extract<MatchVerdict, { passed: true }>): CardExplanation {
  if (verdict.kind === 'course') {
    return { kind: 'course', skillsToGain: [...verdict.explanation.closes], sharedShifts: [...verdict.explanation.sharedShifts] };
  }
  const e = verdict.explanation;
  return {
    kind: 'offer',
    matchedSkills: e.skills.filter((s) => s.tier !== 'none').map((s) => ({ uri: s.uri, essential: s.essential, tier: s.tier as 'exact' | 'broader' })),
    missingSkills: e.skills.filter((s) => s.tier === 'none').map((s) => ({ uri: s.uri, essential: s.essential })),
    essentialCoverage: e.essentialCoverage,
    schedule: { ...e.schedule, sharedShifts: [...e.schedule.sharedShifts] },
    accommodations: { met: [...e.accommodations.met], unmet: [...e.accommodations.unmet] },
  };
}

/**
 * The candidate card frozen at proposal time, built field by field from an allow-list: the
 * pseudonym code (the organisation's own `candidateCode` stands for her), the home comune, the
 * km, the age band, contract preferences, notes and comments never enter it.
 */
export function buildCardSnapshot(inputs: MatchInputs, verdict: Extract<MatchVerdict, { passed: true }>, candidateCode: string): CardSnapshot {
  const { profile } = inputs;
  const km = verdict.explanation.km;
  const remote = verdict.explanation.remote;
  return {
    candidateCode,
    skills: profile.skills.map((s) => ({ uri: s.uri, level: s.level as SkillLevel })),
    languages: profile.languages.map((l) => ({ code: l.code, cefr: l.cefr as CefrLevel })),
    eqfLevel: profile.eqfLevel,
    availability: { weeklyHours: profile.weeklyHours, shifts: [...profile.shifts], earliestStart: profile.earliestStart },
    distanceBand: remote || km === null ? null : distanceBand(km),
    accommodations: profile.accommodations as Accommodation[],
    explanation: cardExplanation(verdict),
  };
}
