// The two reference rankers and the ranking metrics.

import type { Offer } from '../src/lib/model';
import type { SkillIndex } from './source';

export type OfferScorer = (o: Offer) => number;

/**
 * (a) Share of the offer's weighted skills she holds exactly (essential 2, optional 1); with
 * `broader`, (b): a skill she lacks earns half when one of its direct ESCO broader concepts is
 * covered: she holds that concept, or holds a skill directly below it (any group size, any depth).
 * Her skills only: a language in `languages` is not an ESCO skill held.
 */
export function shareScorer(
  index: SkillIndex,
  held: ReadonlySet<string>,
  broader: boolean,
): OfferScorer {
  const covered = new Set<string>();
  if (broader) {
    for (const s of held) {
      covered.add(s);
      for (const g of index.parents(s)) covered.add(g);
    }
  }
  return (o) => {
    const weights = new Map<string, number>();
    for (const s of o.optionalSkills ?? []) weights.set(s, 1);
    for (const s of o.essentialSkills) weights.set(s, 2);
    let total = 0;
    let credit = 0;
    for (const [s, w] of weights) {
      total += w;
      if (held.has(s)) credit += w;
      else if (broader && index.parents(s).some((g) => covered.has(g)))
        credit += w / 2;
    }
    return total === 0 ? 0 : credit / total;
  };
}

/**
 * Rank of the best item, ties broken AGAINST it: 1 + every other candidate scoring at least as
 * much. Infinity when the best is not among the candidates (filtered).
 */
export function pessimisticRank(
  scores: ReadonlyMap<string, number>,
  bestId: string,
): number {
  const best = scores.get(bestId);
  if (best === undefined) return Infinity;
  let rank = 1;
  for (const [id, s] of scores) if (id !== bestId && s >= best - 1e-9) rank++;
  return rank;
}

export class RankTally {
  cases = 0;
  top1 = 0;
  reciprocal = 0;
  /** Cases whose best item the ranker never saw (it was filtered). */
  bestMissing = 0;

  add(rank: number): void {
    this.cases++;
    if (rank === 1) this.top1++;
    if (Number.isFinite(rank)) this.reciprocal += 1 / rank;
    else this.bestMissing++;
  }

  get top1Share(): number {
    return this.cases === 0 ? 0 : this.top1 / this.cases;
  }

  get mrr(): number {
    return this.cases === 0 ? 0 : this.reciprocal / this.cases;
  }
}

/** Per kind of negative: how often the best item scores strictly above one of that kind. */
export class PairTally {
  readonly byKind = new Map<string, { pairs: number; wins: number }>();

  add(
    scores: ReadonlyMap<string, number>,
    bestId: string,
    kindOf: (id: string) => string,
    everyId: readonly string[],
  ): void {
    const best = scores.get(bestId);
    for (const id of everyId) {
      const kind = kindOf(id);
      if (id === bestId || kind === 'trap') continue;
      const entry = this.byKind.get(kind) ?? { pairs: 0, wins: 0 };
      entry.pairs++;
      const other = scores.get(id);
      // A filtered best loses every pair; a filtered negative (a bug, reported apart) is beaten.
      if (best !== undefined && (other === undefined || best > other + 1e-9))
        entry.wins++;
      this.byKind.set(kind, entry);
    }
  }

  /** Share of pairs won, or undefined when no pair of that kind was seen. */
  share(kind: string): number | undefined {
    const e = this.byKind.get(kind);
    return e && e.pairs > 0 ? e.wins / e.pairs : undefined;
  }
}
