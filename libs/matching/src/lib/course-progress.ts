// How far a course moves her towards work: for each target (her target occupations and her best
// offers), the share of its essential gaps the course closes, weighted by how
// much the target is worth to her (1 for an occupation she aims at, score / 100 for an offer).
// A course's progress is its best target's; that target is what the course moves her "towards".

import { bitset, setBit } from './prepare';
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
  private readonly touched: Int32Array;

  constructor(
    readonly targets: readonly ProgressTarget[],
    conceptCount: number,
  ) {
    this.gaps = bitset(conceptCount);
    this.closed = new Int32Array(targets.length);
    this.touched = new Int32Array(targets.length);
    targets.forEach((t, k) => {
      for (const s of t.gaps) {
        setBit(this.gaps, s);
        const list = this.byGap.get(s);
        if (list) list.push(k);
        else this.byGap.set(s, [k]);
      }
    });
  }

  /** Every target's gaps, each once: no course teaching none of them makes progress. */
  gapSkills(): Iterable<number> {
    return this.byGap.keys();
  }

  /** After `of`: the course's progress (0-1) and the index of its best target (-1: none). */
  progress = 0;
  towards = -1;

  /**
   * Measures a course teaching skills[start .. end) (into `progress` and `towards`: the inner
   * loop allocates nothing).
   */
  of(skills: Int32Array, start = 0, end = skills.length): this {
    this.progress = 0;
    this.towards = -1;
    const touched = this.touched;
    const gaps = this.gaps;
    let n = 0;
    for (let j = start; j < end; j++) {
      const s = skills[j];
      const w = s >>> 5;
      if (w >= gaps.length || (gaps[w] & (1 << (s & 31))) === 0) continue;
      const list = this.byGap.get(s);
      if (list === undefined) continue;
      for (const k of list) if (this.closed[k]++ === 0) touched[n++] = k;
    }
    for (let m = 0; m < n; m++) {
      const k = touched[m];
      const t = this.targets[k];
      const value = gapProgress(t.weight, this.closed[k], t.gaps.length);
      // The first target (in their order) wins a tie.
      if (value > this.progress || (value === this.progress && value > 0 && k < this.towards)) {
        this.progress = value;
        this.towards = k;
      }
      this.closed[k] = 0;
    }
    return this;
  }
}
