// Runs the cases through the engine, called as the CLI calls it (`ponte-match rank --esco DIR`:
// the ESCO taxonomy from loadEscoTaxonomy, the built-in comuni, `now` from the input, every
// offer returned), and through the reference rankers on the offers the engine let through.

import { createContext } from '../src/lib/context';
import type { ComuneIndex } from '../src/lib/geo';
import { pathwaysForTarget } from '../src/lib/pathways';
import { rankForProfile } from '../src/lib/rank';
import type { Taxonomy } from '../src/lib/taxonomy';
import type { CourseCase } from './courses';
import type { OfferCase, OfferKind } from './cases';
import {
  PairTally,
  RankTally,
  pessimisticRank,
  shareScorer,
} from './references';
import type { SkillIndex } from './source';
import { Geography } from './truth';

/** What `ponte-match rank --esco DIR` builds once. */
export interface EngineSetup {
  taxonomy: Taxonomy;
  comuni: ComuneIndex;
}

export interface OfferFigures {
  cases: number;
  offersPerCase: number;
  /** Case shape: mean FIT of the best offer, of the closest eligible negative; hard negatives. */
  bestFit: number;
  runnerUpFit: number;
  hardPerCase: number;
  ponte: RankTally;
  share: RankTally;
  shareBroader: RankTally;
  /** Trap offers the engine returned, and the cases with at least one. */
  trapsReturned: number;
  casesWithTrap: number;
  /** Eligible offers the engine filtered (each is a bug of the generator or of the engine). */
  eligibleFiltered: number;
  /** Ponte's misses by what it put at the top (a tie with the best counts as "tie"). */
  misses: Partial<Record<OfferKind | 'tie', number>>;
  /** Of those misses, how many had the offer on top nearer to her than the best. */
  missesNearer: number;
  /** Per ranker, per kind of negative: pairs where the best scores strictly above. */
  pairs: Record<'ponte' | 'share' | 'shareBroader', PairTally>;
}

export function evaluateOffers(
  cases: readonly OfferCase[],
  engine: EngineSetup,
  index: SkillIndex,
): OfferFigures {
  const geo = new Geography(index.source.comuni);
  const figures: OfferFigures = {
    cases: cases.length,
    offersPerCase: 0,
    bestFit: 0,
    runnerUpFit: 0,
    hardPerCase: 0,
    ponte: new RankTally(),
    share: new RankTally(),
    shareBroader: new RankTally(),
    trapsReturned: 0,
    casesWithTrap: 0,
    eligibleFiltered: 0,
    misses: {},
    missesNearer: 0,
    pairs: {
      ponte: new PairTally(),
      share: new PairTally(),
      shareBroader: new PairTally(),
    },
  };
  for (const c of cases) {
    figures.offersPerCase += c.offers.length / cases.length;
    const negatives = c.offers.filter(
      (o) => o.id !== c.bestId && c.traps[o.id] === undefined,
    );
    figures.bestFit += c.fit[c.bestId] / cases.length;
    figures.runnerUpFit +=
      Math.max(...negatives.map((o) => c.fit[o.id])) / cases.length;
    figures.hardPerCase +=
      negatives.filter((o) => c.kind[o.id] === 'hard').length / cases.length;
    const ctx = createContext(c.now, engine);
    const result = rankForProfile(
      c.profile,
      { offers: c.offers, courses: [] },
      ctx,
      { limit: Infinity },
    );
    const scores = new Map(result.offers.map((o) => [o.id, o.score]));
    const traps = result.offers.filter(
      (o) => c.traps[o.id] !== undefined,
    ).length;
    figures.trapsReturned += traps;
    if (traps > 0) figures.casesWithTrap++;
    figures.eligibleFiltered +=
      c.offers.length -
      Object.keys(c.traps).length -
      (result.offers.length - traps);

    const ids = c.offers.map((o) => o.id);
    const kindOf = (id: string) => c.kind[id];
    const rank = pessimisticRank(scores, c.bestId);
    figures.ponte.add(rank);
    figures.pairs.ponte.add(scores, c.bestId, kindOf, ids);
    if (rank > 1 && Number.isFinite(rank)) {
      const top = result.offers.find((o) => o.id !== c.bestId);
      const tie = top !== undefined && top.score === scores.get(c.bestId);
      const kind = tie ? 'tie' : c.kind[top?.id ?? ''];
      figures.misses[kind] = (figures.misses[kind] ?? 0) + 1;
      const km = (id: string) => {
        const o = c.offers.find((x) => x.id === id);
        return !o ? NaN : o.remote ? 0 : geo.km(c.profile.homeComune, o.comune);
      };
      if (top && km(top.id) < km(c.bestId)) figures.missesNearer++;
    }

    // The references rank the same candidates: the offers the engine let through.
    const held = new Set(c.profile.skills.map((s) => s.uri));
    const passed = c.offers.filter((o) => scores.has(o.id));
    for (const [name, broader] of [
      ['share', false],
      ['shareBroader', true],
    ] as const) {
      const score = shareScorer(index, held, broader);
      const refScores = new Map(passed.map((o) => [o.id, score(o)]));
      figures[name].add(pessimisticRank(refScores, c.bestId));
      figures.pairs[name].add(refScores, c.bestId, kindOf, ids);
    }
  }
  return figures;
}

export interface CourseFigures {
  cases: number;
  coursesPerCase: number;
  ponte: RankTally;
  trapsReturned: number;
  casesWithTrap: number;
}

/** Rank of the best course = its position in pathwaysForTarget (1 = first). */
export function evaluateCourses(
  cases: readonly CourseCase[],
  engine: EngineSetup,
): CourseFigures {
  const figures: CourseFigures = {
    cases: cases.length,
    coursesPerCase: 0,
    ponte: new RankTally(),
    trapsReturned: 0,
    casesWithTrap: 0,
  };
  for (const c of cases) {
    figures.coursesPerCase += c.courses.length / cases.length;
    const ctx = createContext(c.now, engine);
    const result = pathwaysForTarget(
      c.profile,
      { offer: c.target },
      { offers: [c.target], courses: c.courses },
      ctx,
      { limit: 1000 },
    );
    const ids = result.pathways.map((p) => p.courseId);
    const at = ids.indexOf(c.bestId);
    figures.ponte.add(at < 0 ? Infinity : at + 1);
    const traps = ids.filter((id) => c.traps[id] !== undefined).length;
    figures.trapsReturned += traps;
    if (traps > 0) figures.casesWithTrap++;
  }
  return figures;
}
