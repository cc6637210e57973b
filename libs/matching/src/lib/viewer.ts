// The hard filters of one profile over the catalogue's columns: per location bucket, per listing
// (for the listings the engine visits) and counted for all listings at once (through the tally),
// with the same outcome listing by listing.

import type { Catalogue, ListingColumns } from './catalogue';
import { FILTER_REASONS, type FilterReason } from './model';
import type { PreparedProfile } from './prepare';
import { zoneExcludes } from './safety';
import type { ClockView } from './clock-view';
import { tallyBucket, type ListingFilter } from './tally';

export const PASS = -1;
const R = (reason: FilterReason) => FILTER_REASONS.indexOf(reason);
const EXCLUSION_AREA = R('exclusion_area');
const UNKNOWN_LOCATION = R('unknown_location');
const BEYOND_COMMUTE = R('beyond_commute');
const ORGANISATION_BLOCKED = R('organisation_blocked');
const SCHEDULE = R('schedule');
const LANGUAGE = R('language');
const EQF = R('eqf');

/**
 * Location reasons (comune = -1 when unknown). A remote listing with a comune is still checked
 * against her exclusion areas: the organisation is there. Safety first.
 */
export function locationReason(
  p: PreparedProfile,
  comune: number,
  remote: boolean,
): number {
  if (zoneExcludes(p.exclusion, comune)) return EXCLUSION_AREA;
  if (comune < 0) return UNKNOWN_LOCATION;
  if (remote) return PASS;
  if (p.home < 0) return UNKNOWN_LOCATION;
  return p.distances[comune] > p.maxCommuteKm ? BEYOND_COMMUTE : PASS;
}

/** Her view of the catalogue's interned organisations and language requirements. */
export class Viewer implements ListingFilter {
  readonly blocked: Int32Array | null;
  readonly languageFails: Uint8Array;
  readonly shiftMask: number;
  readonly eqf: number;

  constructor(p: PreparedProfile, cat: Catalogue) {
    const ids = [...(p.blocked ?? [])].flatMap(
      (o) => cat.organisationIds.get(o) ?? [],
    );
    this.blocked = ids.length > 0 ? Int32Array.from(ids) : null;
    const levels = new Int8Array(cat.languageIds.size).fill(-1);
    for (const [code, level] of p.languages) {
      const id = cat.languageIds.get(code);
      if (id !== undefined) levels[id] = level;
    }
    const lists = cat.languageLists;
    this.languageFails = new Uint8Array(lists.start.length - 1);
    for (let l = 0; l < this.languageFails.length; l++) {
      for (let k = lists.start[l]; k < lists.start[l + 1]; k++)
        if (levels[lists.language[k]] < lists.level[k]) this.languageFails[l] = 1;
    }
    this.shiftMask = p.shiftMask;
    this.eqf = p.eqf;
  }

  /** The reasons that do not depend on location, in FILTER_REASONS order. */
  reason(c: ListingColumns, view: ClockView, i: number): number {
    if (this.blocked !== null && this.blocked.includes(c.organisation[i]))
      return ORGANISATION_BLOCKED;
    return this.unblockedReason(c, view, i);
  }

  private unblockedReason(c: ListingColumns, view: ClockView, i: number): number {
    if (view.reasons[i] !== PASS) return view.reasons[i];
    if ((c.shiftMask[i] & this.shiftMask) === 0) return SCHEDULE;
    if (this.languageFails[c.languageList[i]] === 1) return LANGUAGE;
    return c.minEqf[i] > this.eqf ? EQF : PASS;
  }

  /**
   * Adds every listing's first failing reason to counts, as a visit of each would; returns how
   * many pass.
   */
  count(p: PreparedProfile, c: ListingColumns, view: ClockView, counts: Int32Array): number {
    const unlocated = c.ranges.length - 2;
    let passed = 0;
    for (let b = 0; b <= unlocated; b++) {
      const start = c.ranges[b];
      const end = c.ranges[b + 1];
      if (start === end) continue;
      if (b === unlocated) {
        for (let i = start; i < end; i++)
          counts[locationReason(p, -1, c.remote[i] === 1)]++;
        continue;
      }
      const r = locationReason(p, b >> 1, (b & 1) === 1);
      if (r !== PASS) counts[r] += end - start;
      else passed += tallyBucket(view, b, this, counts);
    }
    // The tally counted her blocked organisations' listings under their other reasons.
    for (const o of this.blocked ?? []) {
      if (o + 1 >= c.organisationStart.length) continue; // none of these listings
      for (let k = c.organisationStart[o]; k < c.organisationStart[o + 1]; k++) {
        const i = c.byOrganisation[k];
        if (c.comune[i] < 0 || locationReason(p, c.comune[i], c.remote[i] === 1) !== PASS)
          continue;
        const r = this.unblockedReason(c, view, i);
        if (r === PASS) passed--;
        else counts[r]--;
        counts[ORGANISATION_BLOCKED]++;
      }
    }
    return passed;
  }
}

/** Per bucket, 1 when its location passes for her (the last bucket, of unknown comuni, never does). */
export function reachableBuckets(p: PreparedProfile, c: ListingColumns): Uint8Array {
  const reach = new Uint8Array(c.ranges.length - 1);
  for (let b = 0; b < reach.length - 1; b++)
    if (locationReason(p, b >> 1, (b & 1) === 1) === PASS) reach[b] = 1;
  return reach;
}

/** Calls `visit` for each bucket whose location passes for her. */
export function scanBuckets(
  p: PreparedProfile,
  c: ListingColumns,
  visit: (start: number, end: number, comune: number, remote: boolean) => void,
): void {
  for (let b = 0; b < c.ranges.length - 2; b++) {
    const start = c.ranges[b];
    const end = c.ranges[b + 1];
    if (start < end && locationReason(p, b >> 1, (b & 1) === 1) === PASS)
      visit(start, end, b >> 1, (b & 1) === 1);
  }
}
