/**
 * A profile's earliest start date is plausible from one year in the past to two years ahead
 * (issue 20): any date outside is no start date, and `1900-01-01`… would carry a birth date onto
 * the candidate card. Days are calendar days in Europe/Rome.
 */
export const START_DATE_WINDOW = { pastDays: 365, futureDays: 730 } as const;

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant, in Europe/Rome. */
function romeDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The first and last plausible start dates, `YYYY-MM-DD`, as of `now`. */
export function startDateWindow(now: Date = new Date()): { min: string; max: string } {
  const today = Date.parse(`${romeDay(now)}T00:00:00Z`);
  const day = (offset: number) => new Date(today + offset * DAY_MS).toISOString().slice(0, 10);
  return { min: day(-START_DATE_WINDOW.pastDays), max: day(START_DATE_WINDOW.futureDays) };
}

export function isPlausibleStartDate(date: string, now: Date = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const { min, max } = startDateWindow(now);
  return date >= min && date <= max;
}
