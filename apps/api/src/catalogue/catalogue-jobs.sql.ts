import { CLOSE_INSTANT_SQL } from './catalogue-dates';

// The catalogue jobs' statement: the delay to a deadline's closing instant, computed by the
// database's clock and time zone (the instant the closing job checks against).

/** Milliseconds from now to the closing instant of deadline `$1`, at least 0. */
export const CLOSE_DELAY_SQL = `SELECT greatest(0, extract(epoch FROM ${CLOSE_INSTANT_SQL} - now()) * 1000)::bigint AS ms`;
