// How far a course moves her towards work: for each target (her target occupations, her best
// offers and her near offers), the share of its essential gaps the course closes, weighted by how
// much the target is worth to her (1 for an occupation she aims at, score / 100 for an offer).
// A course's progress is its best target's; that target is what the course moves her "towards".

import { bitset, hasBit, setBit } from './prepare';
import { gapProgress } from './score';

export interface ProgressTarget {
  kind: 'offer' | 'occupation';
  id: string;
  weight: number;
  /** Essential skills of the target she lacks (concept ids, unique, non-empty). */
  gaps: Int32Array;
}

export class CourseProgress {
  /** Every target's gaps: what a course "closes". */
  readonly gaps: Uint32Array;
  private readonly byGap = new Map<number, number[]>();
  private readonly closed: Int32Array;

  constructor(
    readonly targets: readonly ProgressTarget[],
    conceptCount: number,
  ) {
    this.gaps = bitset(conceptCount);
    this.closed = new Int32Array(targets.length);
    targets.forEach((t, k) => {
      for (const s of t.gaps) {
        setBit(this.gaps, s);
        const list = this.byGap.get(s);
        if (list) list.push(k);
        else this.byGap.set(s, [k]);
      }
    });
  }

  /** The course's progress (0-1) and the index of its best target (-1 when it closes none). */
  of(taught: ArrayLike<number>): { progress: number; towards: number } {
    const touched: number[] = [];
    for (let j = 0; j < taught.length; j++) {
      const s = taught[j];
      if (!hasBit(this.gaps, s)) continue;
      for (const k of this.byGap.get(s) ?? []) {
        if (this.closed[k]++ === 0) touched.push(k);
      }
    }
    let progress = 0;
    let towards = -1;
    touched.sort((a, b) => a - b);
    for (const k of touched) {
      const t = this.targets[k];
      const value = gapProgress(t.weight, this.closed[k], t.gaps.length);
      if (value > progress) {
        progress = value;
        towards = k;
      }
      this.closed[k] = 0;
    }
    return { progress, towards };
  }
}
