/** Deadlines are calendar days in Milan: an offer whose deadline is today is still open today. */
export const CATALOGUE_TIME_ZONE = 'Europe/Rome';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: CATALOGUE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Milan, `YYYY-MM-DD`. */
export function todayInMilan(now: Date = new Date()): string {
  return dayFormat.format(now);
}

/** The instant a deadline expires: midnight in Milan at the end of that day (SQL, exact across DST). */
export const CLOSE_INSTANT_SQL = `(($1::date + 1)::timestamp AT TIME ZONE '${CATALOGUE_TIME_ZONE}')`;
