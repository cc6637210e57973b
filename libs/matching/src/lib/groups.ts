// The broader tier from her side: an inverted index from each group key (with credit) to the
// offers listing a skill under it, so that the offers able to earn skill points through a group
// she covers are found from her groups, and each gets an upper bound of that credit, without a
// scan. At 200,000 listings a profile whose 50th-best score stays low (wide commute, few exact
// matches) otherwise visited 40-70k offers to learn that most of them earn nothing.

import type { Taxonomy } from './taxonomy';

export interface GroupIndex {
  /** For group key g, entries start[g] .. start[g + 1]: offer positions, ascending. */
  start: Int32Array;
  position: Int32Array;
  /**
   * Per entry: the weight of the offer's skills under g times g's credit; the most that covering
   * g can add to the offer's credit (a skill with several keys earns the best one only).
   */
  credit: Float64Array;
}

/**
 * Index of the offers' skill entries (skillStart / skill / skillWeight columns) by group key.
 * Keys without credit are left out: they add nothing to any score.
 */
export function groupIndex(
  taxonomy: Taxonomy,
  skillStart: Int32Array,
  skill: Int32Array,
  skillWeight: Float64Array,
): GroupIndex {
  const offers = skillStart.length - 1;
  const start = new Int32Array(taxonomy.conceptCount + 1);
  // Per offer, its keys with credit and the weight under each (a few skills per offer).
  const perOffer: Map<number, number>[] = [];
  for (let i = 0; i < offers; i++) {
    const weights = new Map<number, number>();
    for (let k = skillStart[i]; k < skillStart[i + 1]; k++) {
      for (const g of taxonomy.groupKeys(skill[k])) {
        if (taxonomy.keyCredit(g) <= 0) continue;
        weights.set(g, (weights.get(g) ?? 0) + skillWeight[k]);
      }
    }
    for (const g of weights.keys()) start[g + 1]++;
    perOffer.push(weights);
  }
  for (let g = 0; g < taxonomy.conceptCount; g++) start[g + 1] += start[g];
  const position = new Int32Array(start[taxonomy.conceptCount]);
  const credit = new Float64Array(position.length);
  const next = start.slice(0, taxonomy.conceptCount);
  perOffer.forEach((weights, i) => {
    for (const [g, weight] of weights) {
      position[next[g]] = i;
      credit[next[g]++] = weight * taxonomy.keyCredit(g);
    }
  });
  return { start, position, credit };
}

/**
 * Adds, into bound[i], the most that her groups can add to each offer's credit (the sum over her
 * groups bounds the sum over its skills of the best group each). Every group of hers counts:
 * leaving out those of least reach and adding their share to every offer instead saved little
 * walking, and at 200,000 listings that share (up to ~0.45 of the weight) let through ~25,000
 * offers per slow profile, of which none entered her top K. The caller resets bound.
 */
export function boundGroupCredit(index: GroupIndex, covered: Iterable<number>, bound: Float64Array): void {
  const { start, position, credit } = index;
  for (const g of covered) {
    if (g + 1 >= start.length) continue;
    for (let e = start[g]; e < start[g + 1]; e++) bound[position[e]] += credit[e];
  }
}
