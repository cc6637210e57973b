// What the filters need of the listings at one clock, computed once and reused for every profile:
// each listing's reason that does not depend on her (not vetted, not open, no seats), and per
// location bucket the listings passing those, grouped by what her own reasons read (language
// requirements, minimum EQF), with how many of each group share a shift with each possible shift
// mask of hers. Her filter counts then cost a few additions per group of each bucket she can
// reach instead of a visit per listing, so that the ranking visits only the listings that can
// enter her top K.

import type { ListingColumns } from './catalogue';
import { isBeforeDeadline, type Clock } from './context';
import type { ClockView } from './clock-view';
import { FILTER_REASONS, SHIFTS } from './model';

/** Shift masks (of a listing or a profile) are below this. */
export const SHIFT_MASKS = 1 << SHIFTS.length;
const REASONS = FILTER_REASONS.length;
const NOT_VETTED = FILTER_REASONS.indexOf('organisation_not_vetted');
const NOT_OPEN = FILTER_REASONS.indexOf('not_open');
const NO_SEATS = FILTER_REASONS.indexOf('no_seats');
const SCHEDULE = FILTER_REASONS.indexOf('schedule');
const LANGUAGE = FILTER_REASONS.indexOf('language');
const EQF = FILTER_REASONS.indexOf('eqf');

/**
 * The view for this clock. The last one is kept while the clock stays on the same day in
 * Europe/Rome and crosses no date-time deadline: a caller passing the current instant on every
 * request then builds it about once a day.
 */
export function clockView(c: ListingColumns, clock: Clock): ClockView {
  const memo = c.view;
  if (memo && memo.day === clock.day && !crossesDeadline(c.deadlines, memo.ms, clock.ms))
    return memo;
  return (c.view = buildView(c, clock));
}

/** Whether a deadline instant d lies in [min(a, b), max(a, b)): the clock passed it between a and b. */
function crossesDeadline(sorted: Float64Array, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let first = 0;
  let last = sorted.length;
  while (first < last) {
    const mid = (first + last) >> 1;
    if (sorted[mid] < lo) first = mid + 1;
    else last = mid;
  }
  return first < sorted.length && sorted[first] < hi;
}

function buildView(c: ListingColumns, clock: Clock): ClockView {
  const n = c.remote.length;
  const reasons = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const deadline = { day: c.deadlineDay[i], ms: c.deadlineMs[i] };
    if (c.vetted[i] === 0) reasons[i] = NOT_VETTED;
    else if (c.published[i] === 0 || !isBeforeDeadline(deadline, clock)) reasons[i] = NOT_OPEN;
    else reasons[i] = c.seats[i] > 0 ? -1 : NO_SEATS;
  }
  // Every bucket but the last (unknown comune: it fails on location, listing by listing).
  const buckets = c.ranges.length - 2;
  const failing = new Int32Array(buckets * REASONS);
  const groupStart = new Int32Array(buckets + 1);
  const list: number[] = [];
  const eqf: number[] = [];
  const byMask: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const groups = new Map<string, number>();
    for (let i = c.ranges[b]; i < c.ranges[b + 1]; i++) {
      if (reasons[i] >= 0) {
        failing[b * REASONS + reasons[i]]++;
        continue;
      }
      const key = `${c.languageList[i]} ${c.minEqf[i]}`;
      let g = groups.get(key);
      if (g === undefined) {
        groups.set(key, (g = list.length));
        list.push(c.languageList[i]);
        eqf.push(c.minEqf[i]);
        for (let m = 0; m < SHIFT_MASKS; m++) byMask.push(0);
      }
      byMask[g * SHIFT_MASKS + c.shiftMask[i]]++;
    }
    groupStart[b + 1] = list.length;
  }
  const groupSize = new Int32Array(list.length);
  const sharing = new Int32Array(list.length * SHIFT_MASKS);
  for (let g = 0; g < list.length; g++) {
    for (let m = 0; m < SHIFT_MASKS; m++) {
      const count = byMask[g * SHIFT_MASKS + m];
      groupSize[g] += count;
      for (let h = 0; h < SHIFT_MASKS; h++) if ((m & h) !== 0) sharing[g * SHIFT_MASKS + h] += count;
    }
  }
  return {
    ms: clock.ms,
    day: clock.day,
    reasons,
    failing,
    groupStart,
    groupList: Int32Array.from(list),
    groupEqf: Float64Array.from(eqf),
    groupSize,
    sharing,
  };
}

/** Her part of the filters, as the tally reads it. */
export interface ListingFilter {
  shiftMask: number;
  eqf: number;
  /** Per interned language requirements: 1 when she lacks one of the languages or levels. */
  languageFails: Uint8Array;
}

/**
 * Adds the reasons of every listing of bucket b (whose location passes for her) to counts, as a
 * visit of each would, and returns how many pass (her blocked organisations aside).
 */
export function tallyBucket(
  view: ClockView,
  b: number,
  her: ListingFilter,
  counts: Int32Array,
): number {
  for (let r = 0; r < REASONS; r++) counts[r] += view.failing[b * REASONS + r];
  let passed = 0;
  for (let g = view.groupStart[b]; g < view.groupStart[b + 1]; g++) {
    const sharing = view.sharing[g * SHIFT_MASKS + her.shiftMask];
    counts[SCHEDULE] += view.groupSize[g] - sharing;
    if (her.languageFails[view.groupList[g]] === 1) counts[LANGUAGE] += sharing;
    else if (view.groupEqf[g] > her.eqf) counts[EQF] += sharing;
    else passed += sharing;
  }
  return passed;
}
