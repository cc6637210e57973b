// The inner loop: hard filters and scores of a whole catalogue for one profile, on columns.
// Location reasons are decided once per bucket (comune, remote flag); everything else per
// listing, without allocating. This is the only place where filters and scores are computed:
// explanations recompute the same numbers for the few results returned, the baseline on its own.

import { TOUCH, type Catalogue, type LanguageLists } from './catalogue';
import type { Clock } from './context';
import { FILTER_REASONS, type FilterCounts } from './model';
import type { PreparedProfile } from './prepare';
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
import { forEachRelatedOffer } from './by-occupation';
import { boundGroupCredit } from './groups';
import { clockView } from './tally';
import { PASS, Viewer, reachableBuckets, scanBuckets } from './viewer';

export function countsFrom(raw: Int32Array): FilterCounts {
  return Object.fromEntries(
    FILTER_REASONS.map((r, i) => [r, raw[i]]),
  ) as FilterCounts;
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

/** What a caller of scanOffers does with the offers that pass her hard filters. */
export interface OfferVisitor {
  /**
   * Whether the exact score of a passing offer is needed, given an upper bound of it (evidence
   * bounded by 1), how many of its essential skills she holds exactly and how many it lists.
   * Answering false skips the skill loop.
   */
  needsScore(position: number, bound: number, exactEssential: number, essentials: number): boolean;
  /**
   * Every passing offer; `score` is NaN when needsScore answered false. `evidence` is the share
   * of the offer's skill weight she holds exactly (three decimals): the tie-break.
   */
  passed(
    position: number,
    score: number,
    evidence: number,
    exactEssential: number,
    essentials: number,
  ): void;
  /**
   * Whether every offer sharing no skill with her (so holding none of its essential skills, and
   * earning no use points) and scoring at most `bound` can be skipped: such offers are then
   * counted, not visited. Absent: every passing offer is visited.
   */
  dismisses?(bound: number): boolean;
  /** Whether an offer scoring at most `bound` cannot enter (absent: any may). */
  below?(bound: number): boolean;
  /** Whether needsScore answers true whatever the bound (rank: the near offers). */
  keeps?(position: number, exactEssential: number, essentials: number): boolean;
}

export const SCORE_EVERY_OFFER = { needsScore: () => true };

/**
 * Her exact matches per offer from the inverted index: counts, weight held and specificity of
 * hers used (summed in her skills' order, as the baseline does), for the offers in the buckets
 * she can reach (the others are never visited). Returns the touched positions.
 */
function countExactMatches(
  p: PreparedProfile,
  cat: Catalogue,
  reach: Uint8Array,
): number[] {
  const c = cat.offerColumns;
  const { touch, ranges } = c;
  const touched: number[] = [];
  const limit = c.postingStart.length - 1;
  const count = (s: number, specificity: number, hers: boolean) => {
    if (s >= limit) return;
    const essentialWeight = 2 * cat.taxonomy.specificityOf(s);
    const optionalWeight = cat.taxonomy.specificityOf(s);
    // A posting's positions ascend, and so do the buckets' ranges: her reach is read bucket by
    // bucket, not per entry from the `bucket` column (a random read for each of tens of thousands).
    let b = 0;
    for (let k = c.postingStart[s]; k < c.postingStart[s + 1]; k++) {
      const entry = c.posting[k];
      const i = entry >> 1;
      while (ranges[b + 1] <= i) b++;
      if (reach[b] === 0) continue;
      const at = i * TOUCH.stride;
      // Every skill weighs more than 0 (its specificity is at least SPECIFICITY_FLOOR).
      if (touch[at + TOUCH.weight] === 0) touched.push(i);
      if ((entry & 1) === 1) {
        touch[at + TOUCH.essential]++;
        touch[at + TOUCH.weight] += essentialWeight;
      } else {
        touch[at + TOUCH.weight] += optionalWeight;
      }
      if (hers) touch[at + TOUCH.used] += specificity;
    }
  };
  for (let j = 0; j < p.skills.length; j++)
    count(p.skills[j], p.skillSpecificity[j], true);
  for (const s of p.languageSkills) count(s, 0, false);
  return touched;
}

/** Whether the offer at position i states the interned language `language`. */
function statesLanguage(
  lists: LanguageLists,
  list: number,
  language: number,
): boolean {
  for (let k = lists.start[list]; k < lists.start[list + 1]; k++)
    if (lists.language[k] === language) return true;
  return false;
}

/**
 * The best score of an offer sharing no skill with her: no use points, the best conditions, and
 * at most these occupation points and this share of its skill weight.
 */
function untouchedBound(occupation: number, share: number): number {
  return scoreOf(round2(OFFER_WEIGHTS.skills * Math.min(1, share)), 0, occupation, 1, 1, 1, 1);
}

/**
 * Filters and scores the offers for her; returns how many pass. Her filter counts come from the
 * tally; her exact matches from the inverted index. The offers sharing a skill with her are
 * visited first: the likely best, they raise the bar of the top K early, so that the others can
 * often be dismissed bucket by bucket, and otherwise mostly by their bound without the skill loop
 * (which finds the broader tier).
 */
export function scanOffers(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  visitor: OfferVisitor,
): number {
  const c = cat.offerColumns;
  const { touch, groupBound } = c;
  const view = clockView(c, clock);
  const viewer = new Viewer(p, cat);
  const passed = viewer.count(p, c, view, counts);
  const { held, covered, weakLanguageSkills } = p;
  const weakLanguages = weakLanguageSkills.size > 0;
  const hers = p.specificityTotal;
  const lists = cat.languageLists;
  const reach = reachableBuckets(p, c);
  const touched = countExactMatches(p, cat, reach);
  const visited: number[] = [];
  // Once her groups are indexed (groups.ts), groupBound holds the credit they may add to each offer.
  let grouped = false;
  const visit = (i: number, distance: number): void => {
    if (viewer.reason(c, view, i) !== PASS) return;
    const at = i * TOUCH.stride;
    const occupation = occupationPointsOf(p, touch[at + TOUCH.occupation], touch[at + TOUCH.isco]);
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
    const use = usePoints(touch[at + TOUCH.used], hers);
    const total = touch[at + TOUCH.weightTotal];
    const exactEssential = touch[at + TOUCH.essential];
    const essentials = touch[at + TOUCH.essentials];
    // Every skill not held exactly can at best earn the best credit of a group she covers, and
    // all of them together no more than her groups' bound of the offer, once it is known; a
    // language she has below B1 may hold a language skill of an offer stating that language: no
    // bound then.
    const held0 = touch[at + TOUCH.weight];
    const broader = p.broaderCredit * (total - held0);
    const boundCredit =
      weakLanguages && touch[at + TOUCH.hasLanguageSkill] === 1
        ? total
        : held0 +
          (!grouped ? broader : Math.min(broader, groupBound[i])) +
          1e-9 * total;
    const bound = scoreOf(
      skillPoints(boundCredit, total),
      use,
      occupation,
      distance,
      schedule,
      accommodations,
      contract,
    );
    if (!visitor.needsScore(i, bound, exactEssential, essentials)) {
      visitor.passed(i, NaN, NaN, exactEssential, essentials);
      return;
    }
    let credit = 0;
    let exactWeight = 0;
    const first = c.skillStart[i];
    const essentialEnd = first + essentials;
    for (let k = first; k < c.skillStart[i + 1]; k++) {
      const s = c.skill[k];
      const weight = c.conceptWeight[2 * s + (k < essentialEnd ? 1 : 0)];
      const w = s >>> 5;
      if (
        (w < held.length && (held[w] & (1 << (s & 31))) !== 0) ||
        (weakLanguages &&
          c.conceptLanguage[s] >= 0 &&
          weakLanguageSkills.has(s) &&
          statesLanguage(lists, c.languageList[i], c.conceptLanguage[s]))
      ) {
        credit += weight;
        exactWeight += weight;
        continue;
      }
      let best = 0;
      for (let g = c.keyStart[s]; g < c.keyStart[s + 1]; g++) {
        const key = c.key[g];
        const kw = key >>> 5;
        if (
          c.keyCredit[key] > best &&
          kw < covered.length &&
          (covered[kw] & (1 << (key & 31))) !== 0
        )
          best = c.keyCredit[key];
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
    visitor.passed(i, score, evidenceOf(exactWeight, total), exactEssential, essentials);
  };
  const visitOne = (i: number): void => {
    if (c.done[i] === 1 || reach[c.bucket[i]] === 0) return;
    c.done[i] = 1;
    visited.push(i);
    visit(i, distanceShare(p.distances[c.comune[i]], p.maxCommuteKm, c.remote[i] === 1));
  };
  /**
   * Her exact matches, in bins of their most fit points (skills at the bound, use, occupation),
   * best first: once the bins left cannot enter, the rest are left unseen, but for those the
   * visitor keeps. With 200,000 listings she shares a skill with up to 40,000 offers.
   */
  const visitTouched = (): void => {
    const { below, keeps } = visitor;
    if (!below || !keeps) {
      for (const i of touched) visitOne(i);
      return;
    }
    const bins = 91;
    const binOf = new Uint8Array(touched.length);
    const start = new Int32Array(bins + 1);
    for (let k = 0; k < touched.length; k++) {
      const at = touched[k] * TOUCH.stride;
      const total = touch[at + TOUCH.weightTotal];
      const held0 = touch[at + TOUCH.weight];
      const credit =
        weakLanguages && touch[at + TOUCH.hasLanguageSkill] === 1
          ? total
          : held0 + p.broaderCredit * (total - held0) + 1e-9 * total;
      const fit =
        skillPoints(credit, total) +
        usePoints(touch[at + TOUCH.used], hers) +
        occupationPointsOf(p, touch[at + TOUCH.occupation], touch[at + TOUCH.isco]);
      binOf[k] = Math.min(bins - 1, Math.floor(fit));
      start[binOf[k] + 1]++;
    }
    for (let b = 0; b < bins; b++) start[b + 1] += start[b];
    const byBin = new Int32Array(touched.length);
    const next = start.slice(0, bins);
    for (let k = 0; k < touched.length; k++) byBin[next[binOf[k]]++] = touched[k];
    let b = bins - 1;
    // Bin b holds fit points below b + 1; the score grows with them (1e-6: summation order).
    for (; b >= 0 && !below(scoreOf(b + 1, 0, 0, 1, 1, 1, 1) + 1e-6); b--)
      for (let k = start[b]; k < start[b + 1]; k++) visitOne(byBin[k]);
    for (let k = 0; k < start[b + 1]; k++) {
      const i = byBin[k];
      const at = i * TOUCH.stride;
      if (keeps(i, touch[at + TOUCH.essential], touch[at + TOUCH.essentials])) visitOne(i);
    }
  };
  try {
    visitTouched();
    // The offers the bound below does not cover.
    for (const i of c.unbounded)
      if (weakLanguages || c.hasLanguageSkill[i] === 0) visitOne(i);
    // The offers sharing no skill with her, in steps, stopping when the rest cannot enter her
    // top K: any of them; those of an occupation she does not aim at (or near: by-occupation.ts);
    // those whose skills under her groups (groups.ts) may earn enough.
    const dismisses = (occupation: number, share: number) =>
      visitor.dismisses?.(untouchedBound(occupation, share + 1e-9)) ?? false;
    const noTarget = p.targets.length === 0;
    if (dismisses(noTarget ? OCCUPATION_POINTS.noTarget : OCCUPATION_POINTS.target, p.broaderCredit))
      return passed;
    forEachRelatedOffer(c.occupations, p.targets, p.targetIsco, visitOne);
    const unrelated = noTarget ? OCCUPATION_POINTS.noTarget : OCCUPATION_POINTS.none;
    if (dismisses(unrelated, p.broaderCredit)) return passed;
    grouped = true;
    boundGroupCredit(c.groups, p.coveredBy.keys(), groupBound);
    // The rest are visited only if their share of her groups' credit may be enough: above the
    // largest share found to be dismissed (the bound grows with the share).
    let low = 0;
    let high = p.broaderCredit;
    if (!dismisses(unrelated, low)) low = -Infinity;
    else while (high - low > 1e-6) {
      const mid = (low + high) / 2;
      if (dismisses(unrelated, mid)) low = mid;
      else high = mid;
    }
    scanBuckets(p, c, (start, end, comune, remote) => {
      const distance = distanceShare(p.distances[comune], p.maxCommuteKm, remote);
      for (let i = start; i < end; i++)
        if (c.done[i] === 0 && groupBound[i] > low * c.weightTotal[i]) visit(i, distance);
    });
    return passed;
  } finally {
    for (const i of touched) {
      const at = i * TOUCH.stride;
      touch[at + TOUCH.essential] = 0;
      touch[at + TOUCH.weight] = 0;
      touch[at + TOUCH.used] = 0;
    }
    for (const i of visited) c.done[i] = 0;
    if (grouped) clearBounds(groupBound);
  }
}

/**
 * Out of line: inlined, this rarely taken call deoptimised scanOffers at about one profile in
 * four (--trace-deopt, 200,000 listings), and each time it was compiled again.
 */
function clearBounds(bound: Float64Array): void {
  bound.fill(0);
}

/**
 * Filters every course for her and hands each passing one, with its distance and schedule
 * shares; returns how many pass.
 */
export function scanCourses(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  onPass: (position: number, distance: number, schedule: number) => void,
): number {
  const c = cat.courseColumns;
  const view = clockView(c, clock);
  const viewer = new Viewer(p, cat);
  const passed = viewer.count(p, c, view, counts);
  scanBuckets(p, c, (start, end, comune, remote) => {
    const distance = distanceShare(p.distances[comune], p.maxCommuteKm, remote);
    for (let i = start; i < end; i++) {
      if (viewer.reason(c, view, i) !== PASS) continue;
      const shared = BITS[c.shiftMask[i] & p.shiftMask];
      onPass(i, distance, courseScheduleShare(shared, c.shiftCount[i]));
    }
  });
  return passed;
}
