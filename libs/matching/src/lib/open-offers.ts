import type { Catalogue } from './catalogue';
import { hasBit, type PreparedProfile } from './prepare';
import { essentialCoverage } from './score';

/** The offers a course unlocks: how many, and the first ids (best first). */
export interface Unlocked {
  ids: string[];
  count: number;
}

/**
 * Offers that pass her hard filters but are not reachable yet, as bitsets over their rank (best
 * first), so that "which of them would a course make reachable?" costs a few word operations per
 * skill of the course and per thousand open offers, whatever the overlaps: with thousands of open
 * offers (one profile against 200,000 listings) walking each gap's list of offers took ~5 ms for
 * the 50 courses returned.
 */
export class OpenOffers {
  private readonly positions: number[] = [];
  private readonly scores: number[] = [];
  private readonly evidence: number[] = [];
  private readonly exact: number[] = [];
  private index: Index | null = null;

  constructor(
    private readonly p: PreparedProfile,
    private readonly cat: Catalogue,
    private readonly reach: number,
  ) {}

  add(position: number, score: number, evidence: number, exactEssential: number): void {
    this.positions.push(position);
    this.scores.push(score);
    this.evidence.push(evidence);
    this.exact.push(exactEssential);
    this.index = null;
  }

  /**
   * Built from the catalogue's columns: reading the prepared offers, objects scattered over a
   * region-size heap, cost ~2 µs each (a cache and TLB miss per object and per array it holds).
   */
  private built(): Index {
    if (this.index) return this.index;
    const c = this.cat.offerColumns;
    const held = this.p.held;
    // Best first, as the offers are ranked (score, evidence, then the catalogue's unique order).
    const order = (k: number) => c.order[this.positions[k]];
    const byRank = this.positions
      .map((_, k) => k)
      .sort(
        (a, b) =>
          this.scores[b] - this.scores[a] ||
          this.evidence[b] - this.evidence[a] ||
          order(a) - order(b),
      );
    const words = (byRank.length + 31) >>> 5;
    const bySkill = new Map<number, Uint32Array>();
    const byNeed = new Map<number, Uint32Array>();
    const set = (map: Map<number, Uint32Array>, key: number, rank: number) => {
      let bits = map.get(key);
      if (bits === undefined) map.set(key, (bits = new Uint32Array(words)));
      bits[rank >>> 5] |= 1 << (rank & 31);
    };
    byRank.forEach((k, rank) => {
      // Its essential skills come first among its skills.
      const first = c.skillStart[this.positions[k]];
      const essential = c.essentialCount[this.positions[k]];
      let gaps = 0;
      for (let e = first; e < first + essential; e++) {
        if (hasBit(held, c.skill[e])) continue;
        gaps++;
        set(bySkill, c.skill[e], rank);
      }
      // How many of its gaps a course must close to make it reachable (more than 0: it is not).
      for (let need = 1; need <= gaps; need++) {
        if (essentialCoverage(this.exact[k] + need, essential) >= this.reach) {
          set(byNeed, need, rank);
          break;
        }
      }
    });
    const positions = Int32Array.from(byRank, (k) => this.positions[k]);
    return (this.index = { words, bySkill, byNeed, positions });
  }

  /**
   * The offers that become reachable once she also holds `skills` (unique): their number and the
   * first `cap` ids, best first. Each open offer counts the skills closing one of its gaps in
   * bit planes (a binary counter across words), compared with how many it needs.
   */
  unlockedBy(skills: Int32Array, cap: number): Unlocked {
    const { words, bySkill, byNeed, positions } = this.built();
    const closing: Uint32Array[] = [];
    for (const s of skills) {
      const bits = bySkill.get(s);
      if (bits !== undefined) closing.push(bits);
    }
    // Enough planes to count every closing skill.
    const planes = Array.from({ length: 32 - Math.clz32(closing.length) }, () => new Uint32Array(words));
    for (const bits of closing) {
      for (let w = 0; w < words; w++) {
        let carry = bits[w];
        for (let j = 0; carry !== 0; j++) {
          const both = planes[j][w] & carry;
          planes[j][w] ^= carry;
          carry = both;
        }
      }
    }
    const unlocked = new Uint32Array(words);
    for (const [need, offers] of byNeed) {
      if (need >= 2 ** planes.length) continue;
      for (let w = 0; w < words; w++) {
        if (offers[w] === 0) continue;
        // count >= need, plane by plane from the highest bit.
        let greater = 0;
        let equal = ~0;
        for (let j = planes.length - 1; j >= 0; j--) {
          if ((need >> j) & 1) equal &= planes[j][w];
          else {
            greater |= equal & planes[j][w];
            equal &= ~planes[j][w];
          }
        }
        unlocked[w] |= offers[w] & (greater | equal);
      }
    }
    const first: string[] = [];
    let count = 0;
    for (let w = 0; w < words; w++) {
      let x = unlocked[w];
      while (x !== 0) {
        const low = x & -x;
        if (first.length < cap) first.push(this.cat.offers[positions[w * 32 + 31 - Math.clz32(low)]].id);
        count++;
        x ^= low;
      }
    }
    return { ids: first, count };
  }
}

interface Index {
  words: number;
  /** Per gap skill: the open offers (by rank) lacking it. */
  bySkill: Map<number, Uint32Array>;
  /** Per number of gaps to close: the open offers (by rank) that need that many. */
  byNeed: Map<number, Uint32Array>;
  /** Offer positions by rank. */
  positions: Int32Array;
}
