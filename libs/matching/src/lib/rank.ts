// Ranking for one profile: offers and courses that pass the hard filters, best first, explained.

import {
  catalogueFor,
  prepareCatalogue,
  type Catalogue,
  type CatalogueInput,
} from './catalogue';
import { resolveClock, type Clock, type MatchContext } from './context';
import {
  SCORE_EVERY_OFFER,
  countsFrom,
  scanOffers,
} from './evaluate';
import { explainCourse, explainOffer } from './explain';
import {
  FILTER_REASONS,
  type FilterCounts,
  type FilterReason,
  type Offer,
  type Profile,
} from './model';
import { OpenOffers } from './open-offers';
import { CourseProgress, type ProgressTarget } from './course-progress';
import { hasBit, prepareProfile, type PreparedProfile } from './prepare';
import {
  PROGRESS_OFFERS,
  essentialCoverage,
  type CourseMatch,
  type OfferExplanation,
  type OfferMatch,
} from './score';
import { TopK } from './topk';
import { topCourses } from './top-courses';

export interface RankOptions {
  /** How many offers to return, with explanations (default 50; Infinity for all). */
  limit?: number;
  /** How many courses to return (default: limit). */
  courseLimit?: number;
  /** How many unlocked offer ids a course explanation lists (default 10; the count is exact). */
  unlockCap?: number;
}

export interface RankResult {
  profileId: string;
  offers: OfferMatch[];
  courses: CourseMatch[];
  /** Offers and courses dropped by the hard filters, per reason (first failing reason). */
  filtered: FilterCounts;
  filteredOffers: FilterCounts;
  filteredCourses: FilterCounts;
  /** How many passed the hard filters (the lists may be cut by the limit). */
  passed: { offers: number; courses: number };
}

/** km from her home to a comune; NaN when either is unknown (then only remote listings pass). */
export function kmTo(p: PreparedProfile, comune: number): number {
  return comune >= 0 ? p.distances[comune] : NaN;
}

export function rankPrepared(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  options: RankOptions = {},
): RankResult {
  const limit = options.limit ?? 50;
  const offerCounts = new Int32Array(FILTER_REASONS.length);
  // The best PROGRESS_OFFERS are kept whatever the limit: course scores are measured towards them.
  const offerHeap = new TopK(Math.min(Math.max(limit, PROGRESS_OFFERS), cat.offers.length));
  const near = new OpenOffers(p, cat, clock.reach);
  const { order } = cat.offerColumns;
  // Near offers need their exact score (it orders the offers a course unlocks).
  const nearCoverage = (coverage: number) => coverage < clock.reach && coverage >= clock.near;
  const isNear = (_: number, exact: number, essentials: number) =>
    nearCoverage(essentialCoverage(exact, essentials));
  // An offer sharing no skill with her holds none of its essential skills, or has none.
  const untouchedNear = nearCoverage(essentialCoverage(0, 1)) || nearCoverage(essentialCoverage(0, 0));
  const passedOffers = scanOffers(p, cat, clock, offerCounts, {
    needsScore: (i, bound, exact, essentials) =>
      isNear(i, exact, essentials) || offerHeap.admits(bound, 1, order[i]),
    passed: (i, score, tie, exact, essentials) => {
      if (Number.isNaN(score)) return;
      offerHeap.push(score, tie, order[i], i);
      if (isNear(i, exact, essentials)) near.add(i, score, tie, exact);
    },
    // An item that scores below the worst of a full heap never enters it (whatever its order).
    dismisses: (bound) => !untouchedNear && !offerHeap.admits(bound, 1, -1),
    below: (bound) => !offerHeap.admits(bound, 1, -1),
    keeps: isNear,
  });
  const best = offerHeap.sorted();
  const progress = courseProgressFor(p, cat, best.slice(0, PROGRESS_OFFERS));
  const courseCounts = new Int32Array(FILTER_REASONS.length);
  const { heap: courseHeap, passed: passedCourses } = topCourses(
    p,
    cat,
    clock,
    courseCounts,
    progress,
    Math.min(options.courseLimit ?? limit, cat.courses.length),
  );

  const unlockCap = options.unlockCap ?? 10;
  const filteredOffers = countsFrom(offerCounts);
  const filteredCourses = countsFrom(courseCounts);
  return {
    profileId: p.id,
    offers: best.slice(0, limit).map(({ item, score }) => {
      const o = cat.offers[item];
      return {
        id: o.id,
        score,
        explanation: explainOffer(cat.taxonomy, p, o, kmTo(p, o.comune)),
      };
    }),
    courses: courseHeap.sorted().map(({ item, score }) => {
      const c = cat.courses[item];
      const made = progress.of(c.taught);
      const explanation = explainCourse(cat.taxonomy, p, c, kmTo(p, c.comune), {
        gaps: progress.gaps,
        towards: progress.targets[made.towards] ?? null,
        progress: made.progress,
        unlocked: near.unlockedBy(c.taught, unlockCap),
      });
      return { id: c.id, score, explanation };
    }),
    filtered: sumCounts(filteredOffers, filteredCourses),
    filteredOffers,
    filteredCourses,
    passed: { offers: passedOffers, courses: passedCourses },
  };
}

/**
 * The targets a course can move her towards: her target occupations, then her best offers best
 * first, each with the essential skills she lacks.
 */
function courseProgressFor(
  p: PreparedProfile,
  cat: Catalogue,
  best: readonly { item: number; score: number }[],
): CourseProgress {
  const t = cat.taxonomy;
  const targets: ProgressTarget[] = [];
  const lacking = (skills: Int32Array) => skills.filter((s) => !hasBit(p.held, s));
  for (const occupation of p.targets) {
    const gaps = lacking(t.essentialSkillIds(occupation));
    if (gaps.length > 0) {
      const id = t.occupationUri(occupation);
      targets.push({ kind: 'occupation', id, weight: 1, gaps });
    }
  }
  for (const { item, score } of best) {
    const gaps = lacking(cat.offers[item].essential);
    if (gaps.length > 0) {
      const id = cat.offers[item].id;
      targets.push({ kind: 'offer', id, weight: score / 100, gaps });
    }
  }
  return new CourseProgress(targets, t.conceptCount);
}

function sumCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  return Object.fromEntries(
    FILTER_REASONS.map((r) => [r, a[r] + b[r]]),
  ) as FilterCounts;
}

/** Ranks the catalogue (prepared once with prepareCatalogue, or raw arrays) for one profile. */
export function rankForProfile(
  profile: Profile | PreparedProfile,
  catalogue: Catalogue | CatalogueInput,
  ctx: MatchContext,
  options: RankOptions = {},
): RankResult {
  const p = 'held' in profile ? profile : prepareProfile(profile, ctx);
  return rankPrepared(
    p,
    catalogueFor(catalogue, ctx),
    resolveClock(ctx),
    options,
  );
}

/** Full recomputation, one profile at a time, so memory stays flat however many profiles. */
export function* matchAll(
  profiles: Iterable<Profile>,
  catalogue: Catalogue,
  ctx: MatchContext,
  options: RankOptions = {},
): Generator<RankResult> {
  const clock = resolveClock(ctx);
  const cat = catalogueFor(catalogue, ctx);
  for (const profile of profiles)
    yield rankPrepared(prepareProfile(profile, ctx), cat, clock, options);
}

export type PairVerdict =
  | { passed: false; reason: FilterReason }
  | { passed: true; score: number; explanation: OfferExplanation };

/** One profile against one offer: the reason it is filtered, or its score and explanation. */
export function explainOfferMatch(
  profile: Profile,
  offer: Offer,
  ctx: MatchContext,
): PairVerdict {
  const p = prepareProfile(profile, ctx);
  const cat = prepareCatalogue({ offers: [offer] }, ctx);
  const counts = new Int32Array(FILTER_REASONS.length);
  let score = NaN;
  scanOffers(p, cat, resolveClock(ctx), counts, {
    ...SCORE_EVERY_OFFER,
    passed: (_, s) => (score = s),
  });
  const reason = counts.findIndex((n) => n > 0);
  if (reason >= 0) return { passed: false, reason: FILTER_REASONS[reason] };
  const o = cat.offers[0];
  return {
    passed: true,
    score,
    explanation: explainOffer(ctx.taxonomy, p, o, kmTo(p, o.comune)),
  };
}
