// Seeded draws (mulberry32, the benchmark's PRNG): the same seed gives the same cases.

import { mulberry32 } from '../bench/generate';

export class Draw {
  private readonly rnd: () => number;

  constructor(seed: number) {
    this.rnd = mulberry32(seed);
  }

  next(): number {
    return this.rnd();
  }

  /** Whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  uniform(lo: number, hi: number): number {
    return lo + this.rnd() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.rnd() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle(xs).slice(0, Math.max(0, n));
  }

  /** Each element kept with probability p. */
  subset<T>(xs: readonly T[], p: number): T[] {
    return xs.filter(() => this.rnd() < p);
  }
}
