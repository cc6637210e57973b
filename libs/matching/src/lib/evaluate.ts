// The inner loop: hard filters and scores of a whole catalogue for one profile, on columns.
// Location reasons are decided once per bucket (comune, remote flag); everything else per
// listing, without allocating. This is the only place where filters and scores are computed:
// explanations recompute the same numbers for the few results returned, the baseline on its own.

import {
  staticReasons,
  type Catalogue,
  type ListingColumns,
  type OfferColumns,
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

/** What a caller of scanOffers does with the offers that pass her hard filters. */
export interface OfferVisitor {
  /**
   * Whether the exact score of a passing offer is needed, given an upper bound of it and how
   * many of its essential skills she holds exactly. Answering false skips the skill loop.
   */
  needsScore(position: number, bound: number, exactEssential: number): boolean;
  /** Every passing offer; `score` is NaN when needsScore answered false. */
  passed(position: number, score: number, exactEssential: number): void;
}

export const SCORE_EVERY_OFFER = { needsScore: () => true };

/** Counts her exact matches per offer from the inverted index; returns the touched positions. */
function countExactMatches(p: PreparedProfile, c: OfferColumns): number[] {
  const touched: number[] = [];
  const limit = c.postingStart.length - 1;
  for (const s of p.skills) {
    if (s >= limit) continue;
    for (let k = c.postingStart[s]; k < c.postingStart[s + 1]; k++) {
      const entry = c.posting[k];
      const i = entry >> 1;
      if (c.exactEssential[i] === 0 && c.exactOptional[i] === 0)
        touched.push(i);
      if ((entry & 1) === 1) c.exactEssential[i]++;
      else c.exactOptional[i]++;
    }
  }
  return touched;
}

/**
 * Filters and scores every offer for her. Her exact matches come from the inverted index; the
 * skill loop (which finds the broader tier) runs only for the offers the visitor needs.
 */
export function scanOffers(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  visitor: OfferVisitor,
): void {
  const c = cat.offerColumns;
  const statics = staticReasons(c, clock);
  const viewer = new Viewer(p, cat);
  const { held, covered } = p;
  const touched = countExactMatches(p, c);
  const visit = (i: number, distance: number): void => {
    const r = viewer.reason(c, statics, i);
    if (r !== PASS) {
      counts[r]++;
      return;
    }
    const occupation = occupationPointsOf(p, c.occupation[i], c.isco[i]);
    const schedule = schedulePoints(
      BITS[c.shiftMask[i] & p.shiftMask],
      c.shiftCount[i],
      c.weeklyHours[i],
      p.weeklyHours,
    );
    const contract = contractPointsOf(p.contractMask, c.contract[i]);
    const accommodations = accommodationPoints(
      BITS[c.accommodationMask[i] & p.accommodationMask],
      p.accommodationCount,
    );
    const essential = c.essentialCount[i];
    const exactEssential = c.exactEssential[i];
    const optional = c.skillStart[i + 1] - c.skillStart[i] - essential;
    const exactOptional = c.exactOptional[i];
    // Every skill not held exactly can at best be broader.
    const bestCredit =
      ESSENTIAL_WEIGHT *
        (exactEssential + BROADER_CREDIT * (essential - exactEssential)) +
      OPTIONAL_WEIGHT *
        (exactOptional + BROADER_CREDIT * (optional - exactOptional));
    // Summed in the order of the explanation's points (so both agree to the last bit), and
    // the same way for the bound, so that score <= bound holds exactly.
    const bound = round2(
      skillPoints(bestCredit, c.weightTotal[i]) +
        occupation +
        distance +
        schedule +
        contract +
        accommodations,
    );
    if (!visitor.needsScore(i, bound, exactEssential)) {
      visitor.passed(i, NaN, exactEssential);
      return;
    }
    let credit = 0;
    const essentialEnd = c.skillStart[i] + essential;
    for (let k = c.skillStart[i]; k < c.skillStart[i + 1]; k++) {
      const s = c.skill[k];
      const weight = k < essentialEnd ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
      const w = s >>> 5;
      if (w < held.length && (held[w] & (1 << (s & 31))) !== 0) {
        credit += weight;
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
        occupation +
        distance +
        schedule +
        contract +
        accommodations,
    );
    visitor.passed(i, score, exactEssential);
  };
  try {
    // First the offers sharing a skill with her: the likely best, they raise the bar of the top K
    // early, so that most of the others are dismissed by their bound without the skill loop.
    for (const i of touched) {
      const comune = c.comune[i];
      const remote = c.remote[i] === 1;
      if (comune < 0 || locationReason(p, comune, remote) !== PASS) continue; // counted below
      c.done[i] = 1;
      visit(i, distancePoints(p.distances[comune], p.maxCommuteKm, remote));
    }
    scanBuckets(p, c, counts, (start, end, comune, remote) => {
      const distance = distancePoints(
        p.distances[comune],
        p.maxCommuteKm,
        remote,
      );
      for (let i = start; i < end; i++) if (c.done[i] === 0) visit(i, distance);
    });
  } finally {
    for (const i of touched) {
      c.exactEssential[i] = 0;
      c.exactOptional[i] = 0;
      c.done[i] = 0;
    }
  }
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
