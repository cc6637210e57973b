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
  /** Open offers best first, and each one's rank in that order (built with byGap). */
  private byRank: number[] = [];
  private rankOf = new Int32Array(0);
  /** Per open offer, how many of its gaps the course at hand closes (zero between calls). */
  private closed = new Int32Array(0);
  /** The open offers the course at hand touches, in the order first touched. */
  private touched = new Int32Array(0);

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
    // Best first (score, then the catalogue's order, which is unique): one sort for all courses.
    const offers = this.cat.offers;
    const order = (k: number) => offers[this.positions[k]].order;
    this.byRank = this.positions
      .map((_, k) => k)
      .sort((a, b) => this.scores[b] - this.scores[a] || order(a) - order(b));
    this.rankOf = new Int32Array(this.positions.length);
    this.byRank.forEach((k, rank) => (this.rankOf[k] = rank));
    this.closed = new Int32Array(this.positions.length);
    this.touched = new Int32Array(this.positions.length);
    return (this.byGap = byGap);
  }

  /**
   * Ids of the offers that become reachable once she also holds `skills`, best first. Called for
   * each course returned, so nothing here sorts with a comparator or allocates per offer: with a
   * thousand open offers (one profile against 200,000 listings) a Map and a sort per course took
   * ~2 ms each.
   */
  unlockedBy(skills: Int32Array): string[] {
    const byGap = this.index();
    const { closed, touched } = this;
    let n = 0;
    for (const s of skills) {
      const list = byGap.get(s);
      if (list === undefined) continue;
      for (const k of list) if (closed[k]++ === 0) touched[n++] = k;
    }
    const offers = this.cat.offers;
    const ranks = new Int32Array(n);
    let hits = 0;
    for (let m = 0; m < n; m++) {
      const k = touched[m];
      const essential = offers[this.positions[k]].essential.length;
      if (essentialCoverage(this.exact[k] + closed[k], essential) >= this.reach)
        ranks[hits++] = this.rankOf[k];
      closed[k] = 0;
    }
    // Typed arrays sort numerically, natively.
    return Array.from(
      ranks.subarray(0, hits).sort(),
      (rank) => offers[this.positions[this.byRank[rank]]].id,
    );
  }
}
