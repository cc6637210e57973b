import { Injectable } from '@nestjs/common';
import { unpackOfferExplanation, type CourseExplanation, type OfferExplanation, type PackedOfferExplanation } from '@ponte/matching';
import { reportedFilterCounts, type VersionedProfile } from '@ponte/persistence';
import { evaluateMatch } from '@ponte/matching-adapter';
import { loadMatchInputs } from '@ponte/matching-adapter';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { notFound, validationProblem } from '../common/problem/problem';
import { ProfileAccessService } from '../profiles/profile-access.service';
import type { MatchingUnavailable } from '@ponte/contracts';
import { MatchPage, MatchQuery, MatchView, WhyNotView, type ListingRef } from './dto/match.dto';
import { MatchRecompute } from './match-recompute.service';
import { ListingNow, MatchVisibility } from './match-visibility';
import { loadStoredList, type ListedProfile, type StoredMatch } from './stored-match-list';
import { PUBLISHED_OFFER_SQL, RANKED_OFFER_IDS_SQL, STORED_FLOOR_SQL } from './match-reads.sql';

/** An offer's packed as stored (packOfferExplanation), a course's as the engine built it. */
type StoredExplanation = PackedOfferExplanation | CourseExplanation;

export function unavailableFor(profile: Pick<VersionedProfile, 'status' | 'eligible'>): MatchingUnavailable | null {
  if (profile.status !== 'active') return 'profile_not_active';
  return profile.eligible ? null : 'matching_consent_missing';
}

export function listingRef(l: ListingNow): ListingRef {
  return {
    id: l.id,
    title: l.title,
    organisation: { id: l.organisationId, name: l.organisationName },
    comune: l.comune,
    workMode: l.workMode,
    deadline: l.deadline,
    ...(l.contract ? { contract: l.contract } : {}),
    ...(l.startDate ? { startDate: l.startDate } : {}),
  };
}

/**
 * A counsellor's view of the precomputed matches of a profile of her networks. Nothing stale
 * is served: a stored row counts only if it was computed on the profile's current version and
 * the listing's current version, the listing is open now (published, organisation vetted,
 * deadline, seats) and her safety constraints allow it (checked again here, so a change hides
 * matches at its commit, before any job runs). When results are missing or outdated the valid
 * rest is answered with `stale: true` and a recomputation is queued (`recomputing`): lists are
 * never computed in the request. The list is read in one statement (loadStoredList), so the
 * explanations are those of the versions checked.
 */
@Injectable()
export class MatchReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly visibility: MatchVisibility,
    private readonly recompute: MatchRecompute,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, profileId: string, query: MatchQuery): Promise<MatchPage> {
    const list = await loadStoredList(this.dataSource.manager, principal.networkIds, profileId, query.kind);
    if (!list) throw notFound();
    const { profile, state } = list;
    const centre = this.radiusCentre(profile, query);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize, profileVersion: profile.version, filtered: {} };
    const unavailable = unavailableFor(profile);
    if (unavailable) {
      await this.record(profile.networkId, profileId, { kind: query.kind, total: 0, unavailable });
      return { ...empty, computedAt: null, stale: false, recomputing: false, unavailable };
    }
    // Every row is of her current version and its listing open now; a listing whose version moved
    // on is outdated (left out, its job queued), one her constraints forbid is never shown.
    const outdated = list.matches.filter((m) => m.listing.version !== m.targetVersion);
    const valid = list.matches.filter((m) => m.listing.version === m.targetVersion && this.visibility.visible(profile, m.listing));
    const ranked = valid.map((m, i) => ({ m, rank: i + 1 }));
    const shown = ranked.filter(({ m }) => this.passesFilters(query, centre, m));
    const page = shown.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const explanations = new Map(page.map(({ m }) => [m.id, JSON.parse(m.explanation as string) as StoredExplanation]));

    const stale = !state || state.profileVersion !== profile.version || outdated.length > 0;
    const recomputing = stale ? await this.recompute.request(profile, { kind: query.kind, outdated: outdated.map((m) => m.listing) }) : false;
    const unlocked = await this.visibleUnlocked(profile, [...explanations.values()]);
    await this.record(profile.networkId, profileId, { kind: query.kind, total: shown.length, stale });
    return {
      ...empty,
      items: page.map(({ m, rank }) => ({
        kind: query.kind,
        rank,
        score: m.score,
        explanation: this.explained(explanations.get(m.id) as StoredExplanation, unlocked),
        listing: listingRef(m.listing),
      })),
      total: shown.length,
      computedAt: state?.profileVersion === profile.version ? state.computedAt : null,
      stale,
      recomputing,
      filtered: state?.profileVersion === profile.version ? reportedFilterCounts(state.filtered) : {},
    };
  }

  /**
   * Why an offer she expected is not among her matches: the first hard filter that removes it
   * (her own constraints included: they are hers), or its score and place. Only for an offer
   * she may see in the catalogue (published, organisation vetted): anything else is 404.
   */
  async whyNot(principal: Principal, profileId: string, offerId: string): Promise<WhyNotView> {
    const scoped = await this.access.inScope(principal, profileId);
    const [offer]: { id: string }[] = await this.dataSource.query(
      PUBLISHED_OFFER_SQL,
      [offerId],
    );
    if (!offer) throw notFound();
    const profile = await this.visibility.profile(profileId);
    const unavailable = unavailableFor(profile);
    let view: WhyNotView;
    if (unavailable) {
      view = { offerId, passed: false, reason: unavailable };
    } else {
      const inputs = await loadMatchInputs(this.dataSource.manager, profileId, 'offer', offerId);
      if (!inputs) throw notFound();
      const verdict = evaluateMatch(inputs);
      view = verdict.passed ? { offerId, passed: true, score: verdict.score, explanation: verdict.explanation as OfferExplanation, ...(await this.place(profile, offerId, verdict.score)) } : { offerId, passed: false, reason: verdict.reason };
    }
    await this.record(scoped.networkId, profileId, { view: 'why_not', offerId, passed: view.passed, reason: view.reason ?? null });
    return view;
  }

  /** Where a passing offer stands in her current stored list. */
  private async place(profile: VersionedProfile, offerId: string, score: number): Promise<Pick<WhyNotView, 'rank' | 'belowCut'>> {
    const page = await this.dataSource.query(
      RANKED_OFFER_IDS_SQL,
      [profile.id],
    );
    const ids: string[] = page.map((r: { id: string }) => r.id);
    const listings = await this.visibility.listings('offer', ids);
    const visible = ids.filter((id) => this.visibility.visible(profile, listings.get(id)));
    const at = visible.indexOf(offerId);
    if (at >= 0) return { rank: at + 1 };
    const [{ floor }]: { floor: number | null }[] = await this.dataSource.query(
      STORED_FLOOR_SQL,
      [profile.id],
    );
    return { belowCut: floor !== null && score < floor };
  }

  private passesFilters(query: MatchQuery, centre: number | null, { score, listing }: StoredMatch): boolean {
    if (query.minScore !== undefined && score < query.minScore) return false;
    if (query.contract && query.kind === 'offer' && !query.contract.includes(listing.contract as never)) return false;
    if (query.radiusKm !== undefined && listing.workMode !== 'remote') {
      const place = listing.comune ? this.visibility.comuni.idOf(listing.comune) : -1;
      if (centre === null || place < 0 || this.visibility.comuni.distanceKm(centre, place) > query.radiusKm) return false;
    }
    return true;
  }

  /** The comune a radius is measured from: the one asked for, else her home. */
  private radiusCentre(profile: Pick<VersionedProfile, 'homeComune'>, query: MatchQuery): number | null {
    if (query.contract && query.kind !== 'offer') throw validationProblem([{ field: 'contract', code: 'contractOffersOnly' }]);
    if (query.comune !== undefined && query.radiusKm === undefined) throw validationProblem([{ field: 'radiusKm', code: 'radiusNeeded' }]);
    if (query.radiusKm === undefined) return null;
    const centre = this.visibility.comuni.idOf(query.comune ?? profile.homeComune);
    if (centre < 0 && query.comune !== undefined) throw validationProblem([{ field: 'comune', code: 'unknownComune', params: { value: query.comune } }]);
    return centre >= 0 ? centre : null;
  }

  /** Offers named by course explanations ("unlocks") that she may still be shown. */
  private async visibleUnlocked(profile: ListedProfile, explanations: StoredExplanation[]): Promise<Set<string>> {
    const ids = explanations.flatMap((e) => ('unlocksOffers' in e ? e.unlocksOffers : []));
    return new Set((await this.visibility.visibleListings(profile, 'offer', ids)).map((l) => l.id));
  }

  /**
   * The engine's explanation: an offer's unpacked; a course's lists the offers it unlocks, and an
   * offer closed or suspended since is left out.
   */
  private explained(e: StoredExplanation, visibleOffers: Set<string>): MatchView['explanation'] {
    if (!('unlocksOffers' in e)) return unpackOfferExplanation(e);
    return { ...e, unlocksOffers: e.unlocksOffers.filter((id) => visibleOffers.has(id)) };
  }

  private record(networkId: string, profileId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({ action: 'match.read', targetType: 'profile', targetId: profileId, networkId, details });
  }
}
