import { builtInComuni, type ComuneIndex } from './geo';
import { DEFAULT_NEAR_THRESHOLD, DEFAULT_REACH_THRESHOLD } from './score';
import { emptyTaxonomy, type Taxonomy } from './taxonomy';

/** Everything the engine needs besides the profile and the catalogue. Build it once and reuse it. */
export interface MatchContext {
  taxonomy: Taxonomy;
  comuni: ComuneIndex;
  /** The instant deadlines are compared with: the engine never reads the clock. */
  now: Date | string | number;
  /** Share of essential skills held exactly for an offer to be reachable (default 0.8). */
  reachThreshold?: number;
  /** Share from which an unreachable offer is "near" and its gaps steer courses (default 0.5). */
  nearThreshold?: number;
}

export function createContext(
  now: MatchContext['now'],
  parts: Partial<Omit<MatchContext, 'now'>> = {},
): MatchContext {
  return {
    ...parts,
    taxonomy: parts.taxonomy ?? emptyTaxonomy(),
    comuni: parts.comuni ?? builtInComuni(),
    now,
  };
}

export interface Clock {
  ms: number;
  /** Calendar day in Europe/Rome as yyyymmdd. */
  day: number;
  reach: number;
  near: number;
}

const romeDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function resolveClock(ctx: MatchContext): Clock {
  const ms =
    ctx.now instanceof Date ? ctx.now.getTime() : new Date(ctx.now).getTime();
  if (!Number.isFinite(ms))
    throw new Error(`invalid "now": ${String(ctx.now)}`);
  const day = Number(romeDay.format(ms).replace(/-/g, ''));
  return {
    ms,
    day,
    reach: ctx.reachThreshold ?? DEFAULT_REACH_THRESHOLD,
    near: ctx.nearThreshold ?? DEFAULT_NEAR_THRESHOLD,
  };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A deadline as two comparable bounds: a date-only deadline keeps the listing open through that
 * day in Europe/Rome; a date-time deadline until that instant. Unparseable = already past.
 */
export function parseDeadline(deadline: string | undefined): {
  day: number;
  ms: number;
} {
  if (deadline === undefined) return { day: Infinity, ms: Infinity };
  const m = DATE_ONLY.exec(deadline);
  if (m) return { day: Number(m[1] + m[2] + m[3]), ms: Infinity };
  const ms = Date.parse(deadline);
  return Number.isFinite(ms)
    ? { day: Infinity, ms }
    : { day: -Infinity, ms: -Infinity };
}

export function isBeforeDeadline(
  deadline: { day: number; ms: number },
  clock: Clock,
): boolean {
  return clock.day <= deadline.day && clock.ms <= deadline.ms;
}
