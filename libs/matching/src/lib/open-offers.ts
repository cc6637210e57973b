import type { Catalogue } from './catalogue';
import { hasBit, type PreparedProfile } from './prepare';
import { essentialCoverage } from './score';

/**
 * Offers that pass her hard filters but are not reachable yet, indexed by their essential gaps,
 * so that "which of them would a course make reachable?" costs only the overlaps.
 */
export class OpenOffers {
  readonly positions: number[] = [];
  private readonly scores: number[] = [];
  private readonly exact: number[] = [];
  private byGap: Map<number, number[]> | null = null;

  constructor(
    private readonly p: PreparedProfile,
    private readonly cat: Catalogue,
    private readonly reach: number,
  ) {}

  add(position: number, score: number, exactEssential: number): void {
    this.positions.push(position);
    this.scores.push(score);
    this.exact.push(exactEssential);
    this.byGap = null;
  }

  private index(): Map<number, number[]> {
    if (this.byGap) return this.byGap;
    const byGap = new Map<number, number[]>();
    this.positions.forEach((position, k) => {
      for (const s of this.cat.offers[position].essential) {
        if (hasBit(this.p.held, s)) continue;
        const list = byGap.get(s);
        if (list) list.push(k);
        else byGap.set(s, [k]);
      }
    });
    return (this.byGap = byGap);
  }

  /** Ids of the offers that become reachable once she also holds `skills`, best first. */
  unlockedBy(skills: Int32Array): string[] {
    const byGap = this.index();
    const closed = new Map<number, number>();
    for (const s of skills)
      for (const k of byGap.get(s) ?? [])
        closed.set(k, (closed.get(k) ?? 0) + 1);
    const offers = this.cat.offers;
    const hits: number[] = [];
    for (const [k, n] of closed) {
      const essential = offers[this.positions[k]].essential.length;
      if (essentialCoverage(this.exact[k] + n, essential) >= this.reach)
        hits.push(k);
    }
    const order = (k: number) => offers[this.positions[k]].order;
    hits.sort((a, b) => this.scores[b] - this.scores[a] || order(a) - order(b));
    return hits.map((k) => offers[this.positions[k]].id);
  }
}
