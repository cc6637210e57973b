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

/**
 * A wall-clock time typed in a `datetime-local` field ("2026-12-10T10:30") read as Europe/Rome
 * time, whatever the browser's zone: an interview at 10:30 is at 10:30 in Milan even when the
 * partner's computer is set to New York. Null when the text is not such a time.
 */
export function romeWallTimeToInstant(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // Rome's offset at the guess, then again at the result (the two differ only across a DST change).
  let instant = wall - romeOffsetMs(new Date(wall));
  instant = wall - romeOffsetMs(new Date(instant));
  return new Date(instant);
}

/** The `datetime-local` text of an instant in Europe/Rome (to fill the field back). */
export function instantToRomeWallTime(at: Date): string {
  const parts = romeParts(at);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function romeParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PONTE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function romeOffsetMs(at: Date): number {
  const p = romeParts(at);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
  return wall - Math.floor(at.getTime() / 60_000) * 60_000;
}
