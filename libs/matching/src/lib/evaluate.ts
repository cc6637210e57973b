// The inner loop: hard filters and scores of a whole catalogue for one profile, on columns.
// Location reasons are decided once per bucket (comune, remote flag); everything else per
// listing, without allocating. This is the only place where filters and scores are computed:
// explanations recompute the same numbers for the few results returned, the baseline on its own.

import {
  staticReasons,
  type Catalogue,
  type ListingColumns,
} from './catalogue';
import type { Clock } from './context';
import { FILTER_REASONS, type FilterCounts, type FilterReason } from './model';
import type { PreparedProfile } from './prepare';
import {
  BROADER_CREDIT,
  ESSENTIAL_WEIGHT,
  OPTIONAL_WEIGHT,
  accommodationPoints,
  contractPoints,
  courseDistancePoints,
  courseGapPoints,
  courseSchedulePoints,
  distancePoints,
  occupationPoints,
  round2,
  schedulePoints,
  skillPoints,
  type ContractFit,
  type OccupationFit,
} from './score';

export const PASS = -1;
const R = (reason: FilterReason) => FILTER_REASONS.indexOf(reason);
const EXCLUSION_AREA = R('exclusion_area');
const UNKNOWN_LOCATION = R('unknown_location');
const BEYOND_COMMUTE = R('beyond_commute');
const ORGANISATION_BLOCKED = R('organisation_blocked');
const SCHEDULE = R('schedule');
const LANGUAGE = R('language');
const EQF = R('eqf');

export function countsFrom(raw: Int32Array): FilterCounts {
  return Object.fromEntries(
    FILTER_REASONS.map((r, i) => [r, raw[i]]),
  ) as FilterCounts;
}

/**
 * Location reasons (comune = -1 when unknown). A remote listing with a comune is still checked
 * against her exclusion areas: the organisation is there. Safety first.
 */
export function locationReason(
  p: PreparedProfile,
  comune: number,
  remote: boolean,
): number {
  if (p.exclusionUnresolved) return EXCLUSION_AREA;
  if (comune < 0) return UNKNOWN_LOCATION;
  if (p.excluded[comune] === 1) return EXCLUSION_AREA;
  if (remote) return PASS;
  if (p.home < 0) return UNKNOWN_LOCATION;
  return p.distances[comune] > p.maxCommuteKm ? BEYOND_COMMUTE : PASS;
}

export function occupationFitOf(
  p: PreparedProfile,
  occupation: number,
  isco: number,
): OccupationFit {
  if (p.targets.length === 0) return 'no_target';
  if (occupation < 0) return 'none';
  if (p.targets.includes(occupation)) return 'target';
  if (isco >= 0) {
    if (p.targetIsco.includes(isco)) return 'isco_unit';
    const minor = Math.floor(isco / 10);
    for (const code of p.targetIsco)
      if (Math.floor(code / 10) === minor) return 'isco_minor';
  }
  return 'none';
}

export function contractFitOf(
  preferredMask: number,
  contract: number,
): ContractFit {
  if (preferredMask === 0) return 'no_preference';
  if (contract < 0) return 'unspecified';
  return (preferredMask & (1 << contract)) !== 0 ? 'preferred' : 'other';
}

// Masks have at most 8 bits (5 shifts, 4 accommodations): count them by table.
const BITS = Uint8Array.from({ length: 256 }, (_, x) => {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
});

// Component points as constants, taken from the score functions so both paths agree exactly.
const OCCUPATION = {
  target: occupationPoints('target'),
  unit: occupationPoints('isco_unit'),
  minor: occupationPoints('isco_minor'),
  none: occupationPoints('none'),
  noTarget: occupationPoints('no_target'),
};
const CONTRACT = {
  preferred: contractPoints('preferred'),
  noPreference: contractPoints('no_preference'),
  unspecified: contractPoints('unspecified'),
  other: contractPoints('other'),
};

function occupationPointsOf(
  p: PreparedProfile,
  occupation: number,
  isco: number,
): number {
  const targets = p.targets;
  if (targets.length === 0) return OCCUPATION.noTarget;
  if (occupation < 0) return OCCUPATION.none;
  for (let t = 0; t < targets.length; t++)
    if (targets[t] === occupation) return OCCUPATION.target;
  if (isco < 0) return OCCUPATION.none;
  const codes = p.targetIsco;
  for (let t = 0; t < codes.length; t++)
    if (codes[t] === isco) return OCCUPATION.unit;
  const minor = Math.floor(isco / 10);
  for (let t = 0; t < codes.length; t++)
    if (Math.floor(codes[t] / 10) === minor) return OCCUPATION.minor;
  return OCCUPATION.none;
}

function contractPointsOf(preferredMask: number, contract: number): number {
  if (preferredMask === 0) return CONTRACT.noPreference;
  if (contract < 0) return CONTRACT.unspecified;
  return (preferredMask & (1 << contract)) !== 0
    ? CONTRACT.preferred
    : CONTRACT.other;
}

/** Her view of the catalogue's interned organisations and languages. */
class Viewer {
  readonly blocked: Int32Array | null;
  readonly levels: Int8Array;

  constructor(
    readonly p: PreparedProfile,
    cat: Catalogue,
  ) {
    const ids = [...(p.blocked ?? [])].flatMap(
      (o) => cat.organisationIds.get(o) ?? [],
    );
    this.blocked = ids.length > 0 ? Int32Array.from(ids) : null;
    this.levels = new Int8Array(cat.languageIds.size).fill(-1);
    for (const [code, level] of p.languages) {
      const id = cat.languageIds.get(code);
      if (id !== undefined) this.levels[id] = level;
    }
  }

  /** The reasons that do not depend on location, in FILTER_REASONS order. */
  reason(c: ListingColumns, statics: Int8Array, i: number): number {
    if (this.blocked !== null && this.blocked.includes(c.organisation[i]))
      return ORGANISATION_BLOCKED;
    if (statics[i] !== PASS) return statics[i];
    if ((c.shiftMask[i] & this.p.shiftMask) === 0) return SCHEDULE;
    for (let k = c.languageStart[i]; k < c.languageStart[i + 1]; k++) {
      if (this.levels[c.language[k]] < c.languageLevel[k]) return LANGUAGE;
    }
    return c.minEqf[i] > this.p.eqf ? EQF : PASS;
  }
}

/** Calls `visit` for each bucket whose location passes; counts the other buckets per reason. */
function scanBuckets(
  p: PreparedProfile,
  c: ListingColumns,
  counts: Int32Array,
  visit: (start: number, end: number, comune: number, remote: boolean) => void,
): void {
  const unlocated = c.ranges.length - 2;
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
    else visit(start, end, b >> 1, (b & 1) === 1);
  }
}

/**
 * Filters and scores every offer for her. `onPass` gets the position of each offer that passes,
 * its score and how many of its essential skills she holds exactly.
 */
export function scanOffers(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  onPass: (position: number, score: number, exactEssential: number) => void,
): void {
  const c = cat.offerColumns;
  const statics = staticReasons(c, clock);
  const viewer = new Viewer(p, cat);
  const { held, covered } = p;
  scanBuckets(p, c, counts, (start, end, comune, remote) => {
    const distance = distancePoints(
      p.distances[comune],
      p.maxCommuteKm,
      remote,
    );
    for (let i = start; i < end; i++) {
      const r = viewer.reason(c, statics, i);
      if (r !== PASS) {
        counts[r]++;
        continue;
      }
      let credit = 0;
      let exact = 0;
      const essentialEnd = c.skillStart[i] + c.essentialCount[i];
      for (let k = c.skillStart[i]; k < c.skillStart[i + 1]; k++) {
        const s = c.skill[k];
        const weight = k < essentialEnd ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
        const w = s >>> 5;
        if (w < held.length && (held[w] & (1 << (s & 31))) !== 0) {
          credit += weight;
          if (k < essentialEnd) exact++;
          continue;
        }
        for (let g = c.keyStart[k]; g < c.keyStart[k + 1]; g++) {
          const key = c.key[g];
          const kw = key >>> 5;
          if (kw < covered.length && (covered[kw] & (1 << (key & 31))) !== 0) {
            credit += weight * BROADER_CREDIT;
            break;
          }
        }
      }
      const score = round2(
        skillPoints(credit, c.weightTotal[i]) +
          occupationPointsOf(p, c.occupation[i], c.isco[i]) +
          distance +
          schedulePoints(
            BITS[c.shiftMask[i] & p.shiftMask],
            c.shiftCount[i],
            c.weeklyHours[i],
            p.weeklyHours,
          ) +
          contractPointsOf(p.contractMask, c.contract[i]) +
          accommodationPoints(
            BITS[c.accommodationMask[i] & p.accommodationMask],
            p.accommodationCount,
          ),
      );
      onPass(i, score, exact);
    }
  });
}

/** Filters and scores every course for her, given her gaps (a bitset over concept ids). */
export function scanCourses(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  gaps: Uint32Array,
  gapCount: number,
  onPass: (position: number, score: number) => void,
): void {
  const c = cat.courseColumns;
  const statics = staticReasons(c, clock);
  const viewer = new Viewer(p, cat);
  scanBuckets(p, c, counts, (start, end, comune, remote) => {
    const distance = courseDistancePoints(
      p.distances[comune],
      p.maxCommuteKm,
      remote,
    );
    for (let i = start; i < end; i++) {
      const r = viewer.reason(c, statics, i);
      if (r !== PASS) {
        counts[r]++;
        continue;
      }
      let closed = 0;
      for (let k = c.skillStart[i]; k < c.skillStart[i + 1]; k++) {
        const s = c.skill[k];
        const w = s >>> 5;
        if (w < gaps.length && (gaps[w] & (1 << (s & 31))) !== 0) closed++;
      }
      const score = round2(
        courseGapPoints(closed, gapCount) +
          distance +
          courseSchedulePoints(
            BITS[c.shiftMask[i] & p.shiftMask],
            c.shiftCount[i],
          ),
      );
      onPass(i, score);
    }
  });
}
