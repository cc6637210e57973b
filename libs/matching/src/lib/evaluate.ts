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
import { zoneExcludes } from './safety';
import {
  OFFER_WEIGHTS,
  accommodationShare,
  conditionPoints,
  contractCreditOf,
  courseScheduleShare,
  distanceShare,
  fitOf,
  occupationCreditOf,
  evidenceOf,
  round2,
  scheduleShare,
  skillPoints,
  usePoints,
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
  if (zoneExcludes(p.exclusion, comune)) return EXCLUSION_AREA;
  if (comune < 0) return UNKNOWN_LOCATION;
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

const OCCUPATION_POINTS = {
  target: round2(OFFER_WEIGHTS.occupation * occupationCreditOf('target')),
  unit: round2(OFFER_WEIGHTS.occupation * occupationCreditOf('isco_unit')),
  minor: round2(OFFER_WEIGHTS.occupation * occupationCreditOf('isco_minor')),
  none: round2(OFFER_WEIGHTS.occupation * occupationCreditOf('none')),
  noTarget: round2(OFFER_WEIGHTS.occupation * occupationCreditOf('no_target')),
};
const CONTRACT_SHARE = {
  preferred: contractCreditOf('preferred'),
  noPreference: contractCreditOf('no_preference'),
  unspecified: contractCreditOf('unspecified'),
  other: contractCreditOf('other'),
};

function occupationPointsOf(
  p: PreparedProfile,
  occupation: number,
  isco: number,
): number {
  const targets = p.targets;
  if (targets.length === 0) return OCCUPATION_POINTS.noTarget;
  if (occupation < 0) return OCCUPATION_POINTS.none;
  for (let t = 0; t < targets.length; t++)
    if (targets[t] === occupation) return OCCUPATION_POINTS.target;
  if (isco < 0) return OCCUPATION_POINTS.none;
  const codes = p.targetIsco;
  for (let t = 0; t < codes.length; t++)
    if (codes[t] === isco) return OCCUPATION_POINTS.unit;
  const minor = Math.floor(isco / 10);
  for (let t = 0; t < codes.length; t++)
    if (Math.floor(codes[t] / 10) === minor) return OCCUPATION_POINTS.minor;
  return OCCUPATION_POINTS.none;
}

function contractShareOf(preferredMask: number, contract: number): number {
  if (preferredMask === 0) return CONTRACT_SHARE.noPreference;
  if (contract < 0) return CONTRACT_SHARE.unspecified;
  return (preferredMask & (1 << contract)) !== 0
    ? CONTRACT_SHARE.preferred
    : CONTRACT_SHARE.other;
}

/** Score from its parts, summed in the explanation's order so both agree to the last bit. */
export function scoreOf(
  skills: number,
  use: number,
  occupation: number,
  distance: number,
  schedule: number,
  accommodations: number,
  contract: number,
): number {
  const fit = fitOf(skills, use, occupation);
  const W = OFFER_WEIGHTS;
  return round2(
    skills +
      use +
      occupation +
      conditionPoints(W.distance, distance, fit) +
      conditionPoints(W.schedule, schedule, fit) +
      conditionPoints(W.accommodations, accommodations, fit) +
      conditionPoints(W.contract, contract, fit),
  );
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
   * Whether the exact score of a passing offer is needed, given an upper bound of it (evidence
   * bounded by 1) and how many of its essential skills she holds exactly. Answering false skips
   * the skill loop.
   */
  needsScore(position: number, bound: number, exactEssential: number): boolean;
  /**
   * Every passing offer; `score` is NaN when needsScore answered false. `evidence` is the share
   * of the offer's skill weight she holds exactly (three decimals): the tie-break.
   */
  passed(
    position: number,
    score: number,
    evidence: number,
    exactEssential: number,
  ): void;
}

export const SCORE_EVERY_OFFER = { needsScore: () => true };

/**
 * Her exact matches per offer from the inverted index: counts, weight held and specificity of
 * hers used (summed in her skills' order, as the baseline does). Returns the touched positions.
 */
function countExactMatches(
  p: PreparedProfile,
  cat: Catalogue,
): number[] {
  const c = cat.offerColumns;
  const touched: number[] = [];
  const limit = c.postingStart.length - 1;
  const count = (s: number, specificity: number, hers: boolean) => {
    if (s >= limit) return;
    const essentialWeight = 2 * cat.taxonomy.specificityOf(s);
    const optionalWeight = cat.taxonomy.specificityOf(s);
    for (let k = c.postingStart[s]; k < c.postingStart[s + 1]; k++) {
      const entry = c.posting[k];
      const i = entry >> 1;
      if (c.exactEssential[i] === 0 && c.exactOptional[i] === 0)
        touched.push(i);
      if ((entry & 1) === 1) {
        c.exactEssential[i]++;
        c.exactWeight[i] += essentialWeight;
      } else {
        c.exactOptional[i]++;
        c.exactWeight[i] += optionalWeight;
      }
      if (hers) {
        c.usedSpecificity[i] += specificity;
      }
    }
  };
  for (let j = 0; j < p.skills.length; j++)
    count(p.skills[j], p.skillSpecificity[j], true);
  for (const s of p.languageSkills) count(s, 0, false);
  return touched;
}

/** Whether the offer at position i states the interned language `language`. */
function statesLanguage(c: OfferColumns, i: number, language: number): boolean {
  for (let k = c.languageStart[i]; k < c.languageStart[i + 1]; k++)
    if (c.language[k] === language) return true;
  return false;
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
  const { held, covered, weakLanguageSkills } = p;
  const weakLanguages = weakLanguageSkills.size > 0;
  const hers = p.specificityTotal;
  const touched = countExactMatches(p, cat);
  const visit = (i: number, distance: number): void => {
    const r = viewer.reason(c, statics, i);
    if (r !== PASS) {
      counts[r]++;
      return;
    }
    const occupation = occupationPointsOf(p, c.occupation[i], c.isco[i]);
    const schedule = scheduleShare(
      BITS[c.shiftMask[i] & p.shiftMask],
      c.shiftCount[i],
      c.weeklyHours[i],
      p.weeklyHours,
    );
    const contract = contractShareOf(p.contractMask, c.contract[i]);
    const accommodations = accommodationShare(
      BITS[c.accommodationMask[i] & p.accommodationMask],
      p.accommodationCount,
    );
    const use = usePoints(c.usedSpecificity[i], hers);
    const total = c.weightTotal[i];
    const exactEssential = c.exactEssential[i];
    // Every skill not held exactly can at best earn the best credit of a group she covers (finding
    // the offers that list a skill under one of her groups cost more than the skill loops this
    // bound lets through); a language she has below B1 may hold a language skill of an offer
    // stating that language: no bound then.
    const held0 = c.exactWeight[i];
    const boundCredit =
      weakLanguages && c.hasLanguageSkill[i] === 1
        ? total
        : held0 + p.broaderCredit * (total - held0) + 1e-9 * total;
    const bound = scoreOf(
      skillPoints(boundCredit, total),
      use,
      occupation,
      distance,
      schedule,
      accommodations,
      contract,
    );
    if (!visitor.needsScore(i, bound, exactEssential)) {
      visitor.passed(i, NaN, NaN, exactEssential);
      return;
    }
    let credit = 0;
    let exactWeight = 0;
    for (let k = c.skillStart[i]; k < c.skillStart[i + 1]; k++) {
      const s = c.skill[k];
      const weight = c.skillWeight[k];
      const w = s >>> 5;
      if (
        (w < held.length && (held[w] & (1 << (s & 31))) !== 0) ||
        (weakLanguages &&
          c.skillLanguage[k] >= 0 &&
          weakLanguageSkills.has(s) &&
          statesLanguage(c, i, c.skillLanguage[k]))
      ) {
        credit += weight;
        exactWeight += weight;
        continue;
      }
      let best = 0;
      for (let g = c.keyStart[k]; g < c.keyStart[k + 1]; g++) {
        const key = c.key[g];
        const kw = key >>> 5;
        if (
          c.keyCredit[g] > best &&
          kw < covered.length &&
          (covered[kw] & (1 << (key & 31))) !== 0
        )
          best = c.keyCredit[g];
      }
      credit += weight * best;
    }
    const score = scoreOf(
      skillPoints(credit, total),
      use,
      occupation,
      distance,
      schedule,
      accommodations,
      contract,
    );
    visitor.passed(i, score, evidenceOf(exactWeight, total), exactEssential);
  };
  try {
    // First the offers sharing a skill with her: the likely best, they raise the bar of the top K
    // early, so that most of the others are dismissed by their bound without the skill loop.
    for (const i of touched) {
      const comune = c.comune[i];
      const remote = c.remote[i] === 1;
      if (comune < 0 || locationReason(p, comune, remote) !== PASS) continue; // counted below
      c.done[i] = 1;
      visit(i, distanceShare(p.distances[comune], p.maxCommuteKm, remote));
    }
    scanBuckets(p, c, counts, (start, end, comune, remote) => {
      const distance = distanceShare(
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
      c.exactWeight[i] = 0;
      c.usedSpecificity[i] = 0;
      c.done[i] = 0;
    }
  }
}


/** Filters every course for her and hands each passing one, with its distance and schedule shares. */
export function scanCourses(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  onPass: (position: number, distance: number, schedule: number) => void,
): void {
  const c = cat.courseColumns;
  const statics = staticReasons(c, clock);
  const viewer = new Viewer(p, cat);
  scanBuckets(p, c, counts, (start, end, comune, remote) => {
    const distance = distanceShare(p.distances[comune], p.maxCommuteKm, remote);
    for (let i = start; i < end; i++) {
      const r = viewer.reason(c, statics, i);
      if (r !== PASS) {
        counts[r]++;
        continue;
      }
      const shared = BITS[c.shiftMask[i] & p.shiftMask];
      onPass(i, distance, courseScheduleShare(shared, c.shiftCount[i]));
    }
  });
}
