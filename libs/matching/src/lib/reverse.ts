// The reverse question: for one offer, the best-fitting profiles. The caller passes only the
// profiles the requesting network may see (and that consented to be matched).

import { prepareCatalogue } from './catalogue';
import { resolveClock, type MatchContext } from './context';
import { countsFrom, scanOffers } from './evaluate';
import { explainOffer } from './explain';
import {
  FILTER_REASONS,
  type FilterCounts,
  type Offer,
  type Profile,
} from './model';
import { prepareProfile, type PreparedProfile } from './prepare';
import { kmTo } from './rank';
import type { OfferExplanation } from './score';
import { TopK } from './topk';

/** Profiles prepared once for repeated reverse queries (e.g. the worker reacting to offer changes). */
export interface ProfilePool {
  readonly profiles: readonly PreparedProfile[];
  /** Rank of each profile id in code-point order: the tie-break. */
  readonly orders: Int32Array;
  readonly ctx: Pick<MatchContext, 'taxonomy' | 'comuni'>;
}

export function prepareProfiles(
  profiles: readonly Profile[],
  ctx: MatchContext,
): ProfilePool {
  const prepared = profiles.map((p) => prepareProfile(p, ctx));
  const sorted = prepared
    .map((_, i) => i)
    .sort((a, b) => {
      const x = prepared[a].id;
      const y = prepared[b].id;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  const orders = new Int32Array(prepared.length);
  sorted.forEach((i, rank) => (orders[i] = rank));
  return {
    profiles: prepared,
    orders,
    ctx: { taxonomy: ctx.taxonomy, comuni: ctx.comuni },
  };
}

export interface ProfileMatch {
  id: string;
  score: number;
  explanation: OfferExplanation;
}

export interface ReverseResult {
  offerId: string;
  profiles: ProfileMatch[];
  filtered: FilterCounts;
  passed: number;
}

export function rankProfilesForOffer(
  offer: Offer,
  profiles: readonly Profile[] | ProfilePool,
  ctx: MatchContext,
  options: { limit?: number } = {},
): ReverseResult {
  const pool = 'orders' in profiles ? profiles : prepareProfiles(profiles, ctx);
  if (pool.ctx.taxonomy !== ctx.taxonomy || pool.ctx.comuni !== ctx.comuni) {
    throw new Error(
      'profile pool was prepared with another taxonomy or comune index',
    );
  }
  const clock = resolveClock(ctx);
  const cat = prepareCatalogue({ offers: [offer] }, ctx);
  const counts = new Int32Array(FILTER_REASONS.length);
  const heap = new TopK(Math.min(options.limit ?? 50, pool.profiles.length));
  let passed = 0;
  pool.profiles.forEach((p, i) => {
    scanOffers(p, cat, clock, counts, {
      // Profiles of equal score are ordered by id only (no evidence tie-break across profiles).
      needsScore: (_, bound) => heap.admits(bound, 0, pool.orders[i]),
      passed: (_, score) => {
        passed++;
        if (!Number.isNaN(score)) heap.push(score, 0, pool.orders[i], i);
      },
    });
  });
  const o = cat.offers[0];
  return {
    offerId: offer.id,
    profiles: heap.sorted().map(({ item, score }) => {
      const p = pool.profiles[item];
      return {
        id: p.id,
        score,
        explanation: explainOffer(ctx.taxonomy, p, o, kmTo(p, o.comune)),
      };
    }),
    filtered: countsFrom(counts),
    passed,
  };
}
