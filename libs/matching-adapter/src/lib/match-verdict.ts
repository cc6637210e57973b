import {
  explainOfferMatch,
  FILTER_REASONS,
  rankForProfile,
  type CourseExplanation,
  type FilterReason,
  type OfferExplanation,
} from '@ponte/matching';
import type { MatchInputs } from './match-inputs';

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
