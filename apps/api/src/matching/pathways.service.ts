import { Injectable } from '@nestjs/common';
import { pathwaysForTarget, skillGapsUnlockingOffers, type PathwayTarget } from '@ponte/matching';
import { loadTargets, reportedFilterCounts, type VersionedProfile } from '@ponte/persistence';
import { toEngineProfile, toEngineTarget } from '@ponte/matching-adapter';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { notFound, validationProblem } from '../common/problem/problem';
import { ProfileAccessService } from '../profiles/profile-access.service';
import { PathwayQuery, SkillGapQuery } from './dto/match.dto';
import { PathwaysView, SkillGapsView } from './dto/pathway.dto';
import { MatchCatalogue } from './match-catalogue.service';
import { listingRef, unavailableFor } from './match-reads.service';
import { MatchVisibility } from './match-visibility';
import { OCCUPATION_EXISTS_SQL } from './match-reads.sql';

/**
 * Pathways (courses that close the essential skills she lacks for a target offer or
 * occupation, with the offers each makes reachable) and skill gaps (her missing skills ranked
 * by the offers closing them would unlock). Computed on request against the whole open
 * catalogue; every listed course and offer is re-checked as open now and safe for her.
 */
@Injectable()
export class PathwaysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly visibility: MatchVisibility,
    private readonly catalogue: MatchCatalogue,
    private readonly audit: AuditService,
  ) {}

  async pathways(principal: Principal, profileId: string, query: PathwayQuery): Promise<PathwaysView> {
    const scoped = await this.access.inScope(principal, profileId);
    if ((query.offerId === undefined) === (query.occupation === undefined)) {
      throw validationProblem([{ field: query.offerId ? 'occupation' : 'offerId', code: 'pathwayTarget' }]);
    }
    const target = query.offerId ? await this.offerTarget(query.offerId) : await this.occupationTarget(query.occupation as string);
    const profile = await this.visibility.profile(profileId);
    const head = query.offerId ? { offerId: query.offerId } : { occupation: query.occupation as string };
    const unavailable = unavailableFor(profile);
    if (unavailable) {
      await this.record(scoped.networkId, profileId, { view: 'pathways', ...head, unavailable });
      return { target: { ...head, filteredBy: null }, gaps: [], pathways: [], filteredCourses: {}, unavailable };
    }
    const { snapshot, ctx } = await this.catalogue.snapshot();
    const result = pathwaysForTarget(toEngineProfile(profile), target, snapshot.catalogue, ctx, { limit: query.limit * 2, offerCap: 20 });
    const courses = await this.visibility.visibleListings(profile, 'course', result.pathways.map((p) => p.courseId));
    const offers = new Map(
      (await this.visibility.visibleListings(profile, 'offer', result.pathways.flatMap((p) => p.reachableOffers))).map((l) => [l.id, l]),
    );
    const byId = new Map(courses.map((c) => [c.id, c]));
    const pathways = result.pathways
      .filter((p) => byId.has(p.courseId))
      .slice(0, query.limit)
      .map((p) => {
        const reachable = p.reachableOffers.filter((id) => offers.has(id)).slice(0, 10);
        return {
          course: listingRef(byId.get(p.courseId) as never),
          closes: p.closes,
          remainingGaps: p.remainingGaps,
          targetReachable: p.targetReachable,
          km: p.km,
          remote: p.remote,
          seats: p.seats,
          reachableOffers: reachable.map((id) => listingRef(offers.get(id) as never)),
          reachableCount: p.reachableCount,
        };
      });
    const filteredBy = 'offer' in result.target ? result.target.filteredBy : null;
    await this.record(scoped.networkId, profileId, { view: 'pathways', ...head, pathways: pathways.length, filteredBy });
    return { target: { ...head, filteredBy }, gaps: result.gaps, pathways, filteredCourses: reportedFilterCounts(result.filteredCourses) };
  }

  async skillGaps(principal: Principal, profileId: string, query: SkillGapQuery): Promise<SkillGapsView> {
    const scoped = await this.access.inScope(principal, profileId);
    const profile = await this.visibility.profile(profileId);
    const unavailable = unavailableFor(profile);
    if (unavailable) {
      await this.record(scoped.networkId, profileId, { view: 'skill_gaps', unavailable });
      return { reachThreshold: null, passed: 0, reachable: 0, gaps: [], unavailable };
    }
    const { snapshot, ctx } = await this.catalogue.snapshot();
    const result = skillGapsUnlockingOffers(toEngineProfile(profile), snapshot.catalogue, ctx, { limit: query.limit, offerCap: 20, courseCap: 10 });
    const offers = await this.visibleIds(profile, 'offer', result.gaps.flatMap((g) => g.offers));
    const courses = await this.visibleIds(profile, 'course', result.gaps.flatMap((g) => g.courses));
    const gaps = result.gaps.map((g) => ({
      skill: g.uri,
      unlocks: g.unlocks,
      helps: g.helps,
      offers: g.offers.filter((id) => offers.has(id)).slice(0, 10),
      courses: g.courses.filter((id) => courses.has(id)).slice(0, 5),
    }));
    await this.record(scoped.networkId, profileId, { view: 'skill_gaps', gaps: gaps.length });
    return { reachThreshold: result.reachThreshold, passed: result.passed, reachable: result.reachable, gaps };
  }

  private async visibleIds(profile: VersionedProfile, kind: 'offer' | 'course', ids: string[]): Promise<Set<string>> {
    return new Set((await this.visibility.visibleListings(profile, kind, ids)).map((l) => l.id));
  }

  /** A target offer must be one she may see in the catalogue (published, vetted): else 404. */
  private async offerTarget(offerId: string): Promise<PathwayTarget> {
    const [offer] = await loadTargets(this.dataSource.manager, 'offer', [offerId]);
    if (!offer || offer.status !== 'published' || offer.organisationStatus !== 'vetted') throw notFound();
    return { offer: toEngineTarget(offer) as Extract<PathwayTarget, { offer: unknown }>['offer'] };
  }

  private async occupationTarget(uri: string): Promise<PathwayTarget> {
    const [known] = await this.dataSource.query(OCCUPATION_EXISTS_SQL, [uri]);
    if (!known) throw validationProblem([{ field: 'occupation', code: 'unknownEscoOccupation', params: { value: uri } }]);
    return { occupation: uri };
  }

  private record(networkId: string, profileId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({ action: 'match.read', targetType: 'profile', targetId: profileId, networkId, details });
  }
}
