// Pathways: which courses close her gaps for a target, and which gaps would unlock most offers.
//
// "Reachable" is explicit: an offer is reachable when it passes her hard filters AND she holds
// exactly at least `reachThreshold` (default 0.8) of its essential skills.

import {
  catalogueFor,
  prepareCatalogue,
  type Catalogue,
  type CatalogueInput,
} from './catalogue';
import { resolveClock, type Clock, type MatchContext } from './context';
import { countsFrom, scanCourses, scanOffers } from './evaluate';
import { roundKm } from './explain';
import {
  FILTER_REASONS,
  type FilterCounts,
  type FilterReason,
  type Offer,
  type Profile,
} from './model';
import {
  hasBit,
  prepareOffer,
  prepareProfile,
  type PreparedProfile,
} from './prepare';
import { OpenOffers } from './open-offers';
import { kmTo } from './rank';
import { essentialCoverage } from './score';

export type PathwayTarget =
  | { offer: Offer }
  | { occupation: string; essentialSkills?: readonly string[] };

export interface Pathway {
  courseId: string;
  /** Target gaps the course teaches. */
  closes: string[];
  remainingGaps: string[];
  /** Whether the target reaches the threshold once the course is done. */
  targetReachable: boolean;
  km: number | null;
  remote: boolean;
  startDate: string | null;
  seats: number;
  /** Offers passing her hard filters, unreachable now and reachable after the course, best first. */
  reachableOffers: string[];
  reachableCount: number;
}

export interface PathwayResult {
  /** A target offer that fails her hard filters gets no pathway (it is never shown to her). */
  target:
    | { offer: string; filteredBy: FilterReason | null }
    | { occupation: string };
  /** Essential skills of the target she does not hold exactly. */
  gaps: string[];
  pathways: Pathway[];
  filteredCourses: FilterCounts;
}

export interface PathwayOptions {
  /** Pathways returned (default 20). */
  limit?: number;
  /** Offer ids listed per pathway (default 10; the count is exact). */
  offerCap?: number;
}

/** Offers passing her filters and below the threshold, with their exact essential count. */
function unreachableOffers(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
): OpenOffers {
  const open = new OpenOffers(p, cat, clock.reach);
  const counts = new Int32Array(FILTER_REASONS.length);
  const unreachable = (i: number, exact: number) =>
    essentialCoverage(exact, cat.offerColumns.essentialCount[i]) < clock.reach;
  scanOffers(p, cat, clock, counts, {
    needsScore: (i, _, exact) => unreachable(i, exact),
    passed: (i, score, _, exact) => {
      if (unreachable(i, exact)) open.add(i, score, exact);
    },
  });
  return open;
}

/** Courses passing her hard filters, with their position and km (0 when remote). */
function passingCourses(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
) {
  const passing: { i: number; km: number }[] = [];
  scanCourses(p, cat, clock, counts, (i) => {
    const c = cat.courses[i];
    passing.push({ i, km: c.remote ? 0 : kmTo(p, c.comune) });
  });
  return passing;
}

function targetEssentials(
  target: PathwayTarget,
  ctx: MatchContext,
): Int32Array {
  if ('offer' in target) return prepareOffer(target.offer, 0, ctx).essential;
  if (target.essentialSkills) {
    return Int32Array.from(
      new Set(target.essentialSkills.map((u) => ctx.taxonomy.internConcept(u))),
    );
  }
  const occ = ctx.taxonomy.occupationId(target.occupation);
  return occ === undefined
    ? new Int32Array(0)
    : ctx.taxonomy.essentialSkillIds(occ);
}

export function pathwaysForTarget(
  profile: Profile,
  target: PathwayTarget,
  catalogue: Catalogue | CatalogueInput,
  ctx: MatchContext,
  options: PathwayOptions = {},
): PathwayResult {
  const cat = catalogueFor(catalogue, ctx);
  const clock = resolveClock(ctx);
  const p = prepareProfile(profile, ctx);
  const essentials = targetEssentials(target, ctx);
  const gapIds = Array.from(essentials).filter((s) => !hasBit(p.held, s));
  const gaps = gapIds.map((s) => ctx.taxonomy.conceptUri(s));
  const courseCounts = new Int32Array(FILTER_REASONS.length);
  let filteredBy: FilterReason | null = null;
  if ('offer' in target) {
    const counts = new Int32Array(FILTER_REASONS.length);
    scanOffers(
      p,
      prepareCatalogue({ offers: [target.offer] }, ctx),
      clock,
      counts,
      { needsScore: () => false, passed: () => undefined },
    );
    const r = counts.findIndex((n) => n > 0);
    if (r >= 0) filteredBy = FILTER_REASONS[r];
  }
  const head: PathwayResult['target'] =
    'offer' in target
      ? { offer: target.offer.id, filteredBy }
      : { occupation: target.occupation };
  if (filteredBy !== null || gapIds.length === 0) {
    return {
      target: head,
      gaps,
      pathways: [],
      filteredCourses: countsFrom(courseCounts),
    };
  }

  const candidates = passingCourses(p, cat, clock, courseCounts)
    .map(({ i, km }) => ({
      i,
      km,
      closes: gapIds.filter((s) => cat.courses[i].taught.includes(s)),
    }))
    .filter((c) => c.closes.length > 0);
  candidates.sort((a, b) => {
    const x = cat.courses[a.i];
    const y = cat.courses[b.i];
    return (
      b.closes.length - a.closes.length ||
      a.km - b.km ||
      x.startDay - y.startDay ||
      y.seats - x.seats ||
      x.order - y.order
    );
  });

  const open = unreachableOffers(p, cat, clock);
  const cap = options.offerCap ?? 10;
  const pathways = candidates
    .slice(0, options.limit ?? 20)
    .map(({ i, closes }) => {
      const c = cat.courses[i];
      const remaining = gapIds.filter((s) => !closes.includes(s));
      const reachable = open.unlockedBy(c.taught, cap);
      return {
        courseId: c.id,
        closes: closes.map((s) => ctx.taxonomy.conceptUri(s)),
        remainingGaps: remaining.map((s) => ctx.taxonomy.conceptUri(s)),
        targetReachable:
          essentialCoverage(
            essentials.length - remaining.length,
            essentials.length,
          ) >= clock.reach,
        km: roundKm(kmTo(p, c.comune)),
        remote: c.remote,
        startDate: c.source.startDate ?? null,
        seats: c.seats,
        reachableOffers: reachable.ids,
        reachableCount: reachable.count,
      };
    });
  return {
    target: head,
    gaps,
    pathways,
    filteredCourses: countsFrom(courseCounts),
  };
}

export interface SkillGap {
  uri: string;
  /** Offers that become reachable if she gains this one skill. */
  unlocks: number;
  /** Unreachable offers that list the skill as an essential gap (closing it brings them nearer). */
  helps: number;
  /** The unlocked offers, best first (capped). */
  offers: string[];
  /** Courses passing her hard filters that teach the skill, nearest first (capped). */
  courses: string[];
}

export interface SkillGapResult {
  reachThreshold: number;
  /** Offers passing her hard filters. */
  passed: number;
  /** Of those, already reachable. */
  reachable: number;
  gaps: SkillGap[];
}

/** Her missing skills ranked by how many offers closing each would unlock, then help, then URI. */
export function skillGapsUnlockingOffers(
  profile: Profile,
  catalogue: Catalogue | CatalogueInput,
  ctx: MatchContext,
  options: { limit?: number; offerCap?: number; courseCap?: number } = {},
): SkillGapResult {
  const cat = catalogueFor(catalogue, ctx);
  const clock = resolveClock(ctx);
  const p = prepareProfile(profile, ctx);
  const byGap = new Map<number, { unlocks: number[]; helps: number }>();
  const scores = new Map<number, number>();
  let passed = 0;
  let reachable = 0;
  const ignored = new Int32Array(FILTER_REASONS.length);
  const essentialCount = cat.offerColumns.essentialCount;
  const covers = (i: number, exact: number) =>
    essentialCoverage(exact, essentialCount[i]) >= clock.reach;
  scanOffers(p, cat, clock, ignored, {
    // Only the offers one skill would unlock need a score (to order them).
    needsScore: (i, _, exact) => !covers(i, exact) && covers(i, exact + 1),
    passed: (i, score, _, exact) => {
      passed++;
      if (covers(i, exact)) {
        reachable++;
        return;
      }
      const unlocking = covers(i, exact + 1);
      if (unlocking) scores.set(i, score);
      for (const s of cat.offers[i].essential) {
        if (hasBit(p.held, s)) continue;
        const entry = byGap.get(s) ?? { unlocks: [], helps: 0 };
        entry.helps++;
        if (unlocking) entry.unlocks.push(i);
        byGap.set(s, entry);
      }
    },
  });

  const teaching = new Map<number, { i: number; km: number }[]>();
  for (const course of passingCourses(p, cat, clock, ignored)) {
    for (const s of cat.courses[course.i].taught) {
      if (!byGap.has(s)) continue;
      const list = teaching.get(s) ?? [];
      list.push(course);
      teaching.set(s, list);
    }
  }

  const offerCap = options.offerCap ?? 10;
  const courseCap = options.courseCap ?? 5;
  const gaps = [...byGap.entries()].map(([s, e]): SkillGap => {
    const offers = e.unlocks
      .sort(
        (a, b) =>
          (scores.get(b) ?? 0) - (scores.get(a) ?? 0) ||
          cat.offers[a].order - cat.offers[b].order,
      )
      .slice(0, offerCap)
      .map((i) => cat.offers[i].id);
    const courses = (teaching.get(s) ?? [])
      .sort(
        (a, b) =>
          a.km - b.km || cat.courses[a.i].order - cat.courses[b.i].order,
      )
      .slice(0, courseCap)
      .map((t) => cat.courses[t.i].id);
    return {
      uri: cat.taxonomy.conceptUri(s),
      unlocks: e.unlocks.length,
      helps: e.helps,
      offers,
      courses,
    };
  });
  gaps.sort(
    (a, b) =>
      b.unlocks - a.unlocks ||
      b.helps - a.helps ||
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0),
  );
  return {
    reachThreshold: clock.reach,
    passed,
    reachable,
    gaps: gaps.slice(0, options.limit ?? 20),
  };
}
