/**
 * The interview comes before its outcome (issue 21): a hire (or a "not hired") cannot be
 * recorded before the day of the interview, and a hire cannot start before it. Days are
 * calendar days in Europe/Rome, where the interview takes place, whatever the caller's clock.
 */
export const PONTE_TIME_ZONE = 'Europe/Rome';

/** `YYYY-MM-DD` of an instant, in Europe/Rome. */
export function romeDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PONTE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export interface InterviewOutcomeProblem {
  field: 'to' | 'startDate';
  code: 'outcomeBeforeInterview' | 'startBeforeInterview';
  params: { date: string };
}

/** What is wrong with recording `to` (with its start date) for a proposal whose interview is at `interviewAt`. */
export function interviewOutcomeProblems(
  interviewAt: Date | null,
  move: { to: string; startDate?: string | null },
  now: Date = new Date(),
): InterviewOutcomeProblem[] {
  if (!interviewAt || (move.to !== 'hired' && move.to !== 'not_hired')) return [];
  const interviewDay = romeDay(interviewAt);
  const problems: InterviewOutcomeProblem[] = [];
  if (romeDay(now) < interviewDay) problems.push({ field: 'to', code: 'outcomeBeforeInterview', params: { date: interviewDay } });
  if (move.to === 'hired' && move.startDate && move.startDate < interviewDay) {
    problems.push({ field: 'startDate', code: 'startBeforeInterview', params: { date: interviewDay } });
  }
  return problems;
}
