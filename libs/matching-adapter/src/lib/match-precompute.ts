import {
  packOfferExplanation,
  prepareCatalogue,
  rankForProfile,
  rankProfilesForOffer,
  type Course as EngineCourse,
  type Offer as EngineOffer,
  type RankResult,
} from '@ponte/matching';
import type { ProfileRange, RecomputationScope } from '@ponte/domain';
import type { MatchKind } from '@ponte/contracts';
import {
  deleteMatches,
  deleteTargetMatches,
  EVERY_PROFILE,
  inRange,
  loadProfiles,
  deleteListingMatchesExcept,
  deleteOrganisationMatches,
  isListingOpen,
  loadTargets,
  lockListingVersion,
  lockProfileVersions,
  notifyNewMatches,
  offerEntryFloors,
  openListingIds,
  organisationStatus,
  profilesInRange,
  profilesToSweep,
  storedKeys,
  targetVersions,
  upsertMatches,
  upsertMatchStates,
  type MatchKey,
  type MatchRow,
  type MatchStateRow,
  type VersionedProfile,
} from '@ponte/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { toEngineProfile, toEngineTarget } from './engine-inputs';
import { MatchCache, poolInRange, type BeforeBlocking, type CatalogueSnapshot, type ListingVersions } from './match-cache';

export interface PrecomputeOptions {
  /** Offers kept per profile (default 50). */
  offerLimit?: number;
  /** Courses kept per profile (default 50). */
  courseLimit?: number;
  /** A new offer at or above this score notifies the counsellor (MATCH_NOTIFY_THRESHOLD; default 70). */
  notifyThreshold?: number;
}

export interface PrecomputeReport {
  profiles: number;
  stored: number;
  deleted: number;
  /** Profiles skipped because their version changed meanwhile (a newer job follows). */
  outdated: number;
  /** Results dropped at write time because the listing changed after the snapshot. */
  staleTargets: number;
  notifications: number;
  /** Milliseconds spent loading (profiles, catalogue refresh), in the engine, and storing (overlapping the engine). */
  loadMs: number;
  rankMs: number;
  storeMs: number;
  /** The engine's CPU milliseconds (rankMs is wall time, which other work on the cores stretches). */
  rankCpuMs: number;
}

const emptyReport = (): PrecomputeReport => ({
  profiles: 0,
  stored: 0,
  deleted: 0,
  outdated: 0,
  staleTargets: 0,
  notifications: 0,
  loadMs: 0,
  rankMs: 0,
  storeMs: 0,
  rankCpuMs: 0,
});

function add(into: PrecomputeReport, from: PrecomputeReport): PrecomputeReport {
  for (const key of Object.keys(into) as (keyof PrecomputeReport)[]) into[key] += from[key];
  return into;
}

/** A ranked listing as stored: its explanation already JSON (an offer's packed). */
interface StoredMatch {
  id: string;
  score: number;
  explanation: string;
}

/** Her ranking as the store needs it. */
interface StoredResult {
  offers: StoredMatch[];
  courses: StoredMatch[];
  filtered: RankResult['filtered'];
  passed: RankResult['passed'];
}

interface Ranked {
  profile: VersionedProfile;
  result: StoredResult | null;
}

/**
 * Serialised as soon as she is ranked: the engine's explanation objects then die young, and the
 * collector does not copy a batch's ~20,000 object trees while it waits for its store (measured
 * in apps/api/bench/partition-cpu.bench.ts).
 */
function stored(result: RankResult): StoredResult {
  return {
    offers: result.offers.map((m) => ({ id: m.id, score: m.score, explanation: JSON.stringify(packOfferExplanation(m.explanation)) })),
    courses: result.courses.map((m) => ({ id: m.id, score: m.score, explanation: JSON.stringify(m.explanation) })),
    filtered: result.filtered,
    passed: result.passed,
  };
}

/**
 * The matching precomputation (issue 6), shared by the worker's jobs, the benchmark and the
 * tests: load from the database, rank with @ponte/matching, store the top results with their
 * explanation, the score and the versions they were computed on. Every job recomputes from the
 * CURRENT database state, so replays and out-of-order jobs are harmless; writes never replace a
 * result computed on newer versions. Profiles that are not active or have no matching consent
 * have no matches.
 */
export class MatchPrecomputer {
  readonly offerLimit: number;
  readonly courseLimit: number;
  readonly notifyThreshold: number;

  constructor(
    private readonly dataSource: DataSource,
    readonly cache: MatchCache = new MatchCache(),
    options: PrecomputeOptions = {},
  ) {
    this.offerLimit = options.offerLimit ?? 50;
    this.courseLimit = options.courseLimit ?? 50;
    this.notifyThreshold = options.notifyThreshold ?? 70;
  }

  /** JOBS.matching.recomputeProfile: her whole lists, for her current version. */
  recomputeProfile(profileId: string): Promise<PrecomputeReport> {
    return this.recomputeProfiles([profileId]);
  }

  /**
   * Several profiles at once (the sweep, the benchmark): one load, one transaction per batch.
   * `snapshot` pins the catalogue for every batch (else each batch takes the cache's current one).
   */
  async recomputeProfiles(profileIds: readonly string[], options: { batchSize?: number; snapshot?: CatalogueSnapshot } = {}): Promise<PrecomputeReport> {
    const report = emptyReport();
    const size = options.batchSize ?? 200;
    // Pipelined: batch i is stored (PostgreSQL's work) while batch i + 1 is ranked (the engine's).
    let storing: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    for (let i = 0; i < profileIds.length && failure === null; i += size) {
      const batch = await this.rankBatch(profileIds.slice(i, i + size), report, options.snapshot);
      await storing;
      const started = performance.now();
      storing = this.dataSource
        .transaction((manager) => this.storeBatch(manager, batch.ranked, batch.versions))
        .then((stored) => {
          add(report, stored);
          report.storeMs += performance.now() - started;
        })
        .catch((error: unknown) => {
          failure = error;
        });
    }
    await storing;
    if (failure !== null) throw failure;
    return report;
  }

  /** Every matchable profile and every profile that still has stored matches or a state. */
  recomputeAll(options: { batchSize?: number } = {}): Promise<PrecomputeReport> {
    return this.recomputeRange(EVERY_PROFILE, options);
  }

  /** The same for the profiles of one range (a partition of a recomputation: match-partitions.ts). */
  async recomputeRange(range: ProfileRange, options: { batchSize?: number; snapshot?: CatalogueSnapshot } = {}): Promise<PrecomputeReport> {
    return this.recomputeProfiles(await profilesInRange(this.dataSource.manager, range), options);
  }

  /**
   * One partition of a recomputation (JOBS.recomputation.partition): every list of the range's
   * profiles, or, for an organisation, its listings in the lists of the range's profiles.
   * `profiles` counts the range's profiles visited, whatever the scope. The catalogue is checked
   * first (recompiled if any listing changed) and kept for the whole partition: it ranks on the
   * listings of when the partition started, and never stops to recompile in the middle (a
   * region's catalogue takes tens of seconds); a listing changed since is checked when stored.
   */
  async recomputePartition(scope: RecomputationScope, range: ProfileRange, options: { beforeCompile?: BeforeBlocking } = {}): Promise<PrecomputeReport> {
    if (scope.kind === 'all') {
      const snapshot = await this.cache.catalogue(this.dataSource.manager, { force: true, beforeCompile: options.beforeCompile });
      return this.recomputeRange(range, { snapshot });
    }
    const report = await this.recomputeOrganisation(scope.organisationId, range);
    report.profiles = (await profilesInRange(this.dataSource.manager, range)).length;
    return report;
  }

  /**
   * JOBS.matching.sweep: profiles whose stored list is missing, of an older version, or older
   * than `maxAgeHours` (course scores follow the offers near her, which change without her), at
   * most `limit` per run.
   */
  async sweep(options: { maxAgeHours?: number; limit?: number } = {}): Promise<PrecomputeReport> {
    return this.recomputeProfiles(await profilesToSweep(this.dataSource.manager, options.maxAgeHours ?? 24, options.limit ?? 2000));
  }

  private async rankBatch(ids: readonly string[], timing: PrecomputeReport, pinned?: CatalogueSnapshot): Promise<{ ranked: Ranked[]; versions: ListingVersions }> {
    const manager = this.dataSource.manager;
    const loading = performance.now();
    const profiles = await loadProfiles(manager, ids);
    const needsCatalogue = profiles.some((p) => p.eligible);
    const snapshot = needsCatalogue ? (pinned ?? (await this.cache.catalogue(manager))) : null;
    const ctx = snapshot ? this.cache.contextOf(snapshot.catalogue) : await this.cache.context(manager);
    timing.loadMs += performance.now() - loading;
    const ranked: Ranked[] = [];
    let engineMs = 0;
    let engineCpu = 0;
    for (const profile of profiles) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result =
        profile.eligible && snapshot ? rankForProfile(toEngineProfile(profile), snapshot.catalogue, ctx, { limit: this.offerLimit, courseLimit: this.courseLimit }) : null;
      engineMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      engineCpu += (used.user + used.system) / 1000;
      ranked.push({ profile, result: result && stored(result) });
      // Let a pending store of the previous batch move on between profiles (the engine is synchronous).
      await new Promise((resolve) => setImmediate(resolve));
    }
    timing.rankMs += engineMs;
    timing.rankCpuMs += engineCpu;
    return { ranked, versions: snapshot?.listings ?? { offer: new Map(), course: new Map() } };
  }

  private async storeBatch(manager: EntityManager, ranked: Ranked[], versions: ListingVersions): Promise<PrecomputeReport> {
    const report = emptyReport();
    if (!ranked.length) return report;
    // Lock the profiles against changes until commit: what is stored is of their current version.
    const current = await lockProfileVersions(manager, ranked.map((r) => r.profile.id));
    const valid = ranked.filter((r) => current.get(r.profile.id) === r.profile.version);
    report.outdated = ranked.length - valid.length;
    report.profiles = valid.length;

    const rows: MatchRow[] = [];
    for (const { profile, result } of valid) {
      if (!result) continue;
      for (const m of result.offers) rows.push(this.row(profile, 'offer', m.id, m.score, m.explanation, versions));
      for (const m of result.courses) rows.push(this.row(profile, 'course', m.id, m.score, m.explanation, versions));
    }
    const fresh = await this.currentRows(manager, rows);
    report.staleTargets = rows.length - fresh.length;

    const replaced = new Map(valid.map((r) => [r.profile.id, r.profile]));
    const keep = new Set(fresh.map(keyOf));
    const obsolete: MatchKey[] = (await storedKeys(manager, [...replaced.keys()])).filter((stored) => {
      const profile = replaced.get(stored.profileId);
      if (!profile || keep.has(keyOf(stored))) return false;
      if (!profile.eligible || stored.profileVersion < profile.version) return true;
      // Kept: a listing newer than this snapshot (or unknown to it), written by its own job.
      const seen = versions[stored.kind].get(stored.targetId);
      return seen !== undefined && seen.version >= stored.targetVersion;
    });
    report.deleted = await deleteMatches(manager, obsolete);
    report.stored = await upsertMatches(manager, fresh);
    await upsertMatchStates(manager, valid.map((r) => this.state(r)));
    report.notifications = await notifyNewMatches(
      manager,
      fresh.filter((r) => r.kind === 'offer' && r.score >= this.notifyThreshold).map((r) => ({ profileId: r.profileId, offerId: r.targetId })),
    );
    return report;
  }

  /**
   * JOBS.matching.recomputeOffer: the offer's row in every matchable profile's list, or nowhere.
   * With a range, only the lists of the profiles in it (a partition of an organisation's recomputation).
   */
  async recomputeOffer(offerId: string, range: ProfileRange = EVERY_PROFILE): Promise<PrecomputeReport> {
    const manager = this.dataSource.manager;
    const report = emptyReport();
    const [target] = await loadTargets(manager, 'offer', [offerId]);
    if (!target || !(await isListingOpen(manager, 'offer', offerId))) {
      report.deleted = await deleteTargetMatches(manager, 'offer', offerId, range);
      return report;
    }
    const { pool, profiles } = poolInRange(await this.cache.profilePool(manager, { force: true }), range);
    const ctx = this.cache.contextOf(pool.ctx);
    const ranked = rankProfilesForOffer(toEngineTarget(target) as EngineOffer, pool, ctx, { limit: Infinity });
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const floors = await offerEntryFloors(manager, offerId, ranked.profiles.map((p) => p.id), this.offerLimit);
    const entering = ranked.profiles.filter((m) => m.score >= (floors.get(m.id) ?? -1));
    const rows = entering.map((m): MatchRow => ({
      profileId: m.id,
      kind: 'offer',
      targetId: offerId,
      organisationId: target.organisationId,
      score: m.score,
      explanation: packOfferExplanation(m.explanation),
      profileVersion: (byId.get(m.id) as VersionedProfile).version,
      targetVersion: target.version,
    }));
    return this.dataSource.transaction(async (m) => {
      if ((await lockListingVersion(m, 'offer', offerId)) !== target.version) return report;
      report.deleted = await deleteListingMatchesExcept(m, 'offer', offerId, rows.map((r) => r.profileId), range);
      report.stored = await upsertMatches(m, rows);
      report.profiles = rows.length;
      report.notifications = await notifyNewMatches(
        m,
        rows.filter((r) => r.score >= this.notifyThreshold).map((r) => ({ profileId: r.profileId, offerId })),
      );
      return report;
    });
  }

  /**
   * JOBS.matching.recomputeCourse. A course's score depends on her gaps (the near offers of the
   * whole catalogue), so the course lists of every profile it passes the hard filters for are
   * re-ranked on the catalogue compiled with this course's current version (with a range, only
   * those in it).
   */
  async recomputeCourse(courseId: string, range: ProfileRange = EVERY_PROFILE): Promise<PrecomputeReport> {
    const manager = this.dataSource.manager;
    const report = emptyReport();
    const [target] = await loadTargets(manager, 'course', [courseId]);
    if (!target || !(await isListingOpen(manager, 'course', courseId))) {
      report.deleted = await deleteTargetMatches(manager, 'course', courseId, range);
      return report;
    }
    let snapshot = await this.cache.catalogue(manager, { force: true });
    const { pool, profiles } = await this.cache.profilePool(manager, { force: true });
    // A taxonomy rebuilt between the two reads (a reference import) left the catalogue behind: again, on the pool's.
    if (snapshot.catalogue.taxonomy !== pool.ctx.taxonomy) snapshot = await this.cache.catalogue(manager, { force: true });
    const ctx = this.cache.contextOf(pool.ctx);
    const single = prepareCatalogue({ courses: [toEngineTarget(target) as EngineCourse] }, ctx);
    const ranked: Ranked[] = [];
    pool.profiles.forEach((prepared, i) => {
      if (!inRange(profiles[i].id, range)) return;
      if (rankForProfile(prepared, single, ctx, { limit: 0, courseLimit: 1, unlockCap: 0 }).passed.courses === 0) return;
      ranked.push({ profile: profiles[i], result: stored(rankForProfile(prepared, snapshot.catalogue, ctx, { limit: 0, courseLimit: this.courseLimit })) });
    });
    for (let i = 0; i < ranked.length; i += 200) {
      add(report, await this.dataSource.transaction((m) => this.storeCourses(m, ranked.slice(i, i + 200), snapshot.listings)));
    }
    // Profiles it no longer passes the filters for lose it.
    report.deleted += await deleteListingMatchesExcept(manager, 'course', courseId, ranked.map((r) => r.profile.id), range);
    return report;
  }

  /** Only the course lists of these profiles (their offers and state stay). */
  private async storeCourses(manager: EntityManager, ranked: Ranked[], versions: ListingVersions): Promise<PrecomputeReport> {
    const report = emptyReport();
    const rows = ranked.flatMap(({ profile, result }) =>
      (result?.courses ?? []).map((c) => this.row(profile, 'course', c.id, c.score, c.explanation, versions)),
    );
    const fresh = await this.currentRows(manager, rows);
    const keep = new Set(fresh.map(keyOf));
    const byId = new Map(ranked.map((r) => [r.profile.id, r.profile]));
    const obsolete = (await storedKeys(manager, [...byId.keys()])).filter((stored) => {
      if (stored.kind !== 'course' || keep.has(keyOf(stored))) return false;
      const seen = versions.course.get(stored.targetId);
      return stored.profileVersion === byId.get(stored.profileId)?.version && seen !== undefined && seen.version >= stored.targetVersion;
    });
    report.deleted = await deleteMatches(manager, obsolete);
    report.stored = await upsertMatches(manager, fresh);
    report.profiles = ranked.length;
    return report;
  }

  /**
   * JOBS.matching.recomputeOrganisation: vetted → re-rank each open listing; otherwise its matches
   * go. With a range, for the profiles in it only (a partition of the organisation's recomputation).
   */
  async recomputeOrganisation(organisationId: string, range: ProfileRange = EVERY_PROFILE): Promise<PrecomputeReport> {
    const report = emptyReport();
    const manager = this.dataSource.manager;
    if ((await organisationStatus(manager, organisationId)) !== 'vetted') {
      report.deleted = await deleteOrganisationMatches(manager, organisationId, range);
      return report;
    }
    for (const kind of ['offer', 'course'] as const) {
      for (const id of await openListingIds(manager, kind, organisationId)) add(report, kind === 'offer' ? await this.recomputeOffer(id, range) : await this.recomputeCourse(id, range));
    }
    return report;
  }

  /** `explanation`: JSON of a course's as the engine built it, of an offer's packed (packOfferExplanation). */
  private row(profile: VersionedProfile, kind: MatchKind, targetId: string, score: number, explanation: string, versions: ListingVersions): MatchRow {
    const listing = versions[kind].get(targetId);
    return {
      profileId: profile.id,
      kind,
      targetId,
      organisationId: listing?.organisationId ?? '',
      score,
      explanation,
      profileVersion: profile.version,
      targetVersion: listing?.version ?? 0,
    };
  }

  /** Drops results whose listing changed after the snapshot they were computed on. */
  private async currentRows(manager: EntityManager, rows: MatchRow[]): Promise<MatchRow[]> {
    const current = {
      offer: await targetVersions(manager, 'offer', [...new Set(rows.filter((r) => r.kind === 'offer').map((r) => r.targetId))]),
      course: await targetVersions(manager, 'course', [...new Set(rows.filter((r) => r.kind === 'course').map((r) => r.targetId))]),
    };
    return rows.filter((r) => r.organisationId && current[r.kind].get(r.targetId) === r.targetVersion);
  }

  private state({ profile, result }: Ranked): MatchStateRow {
    return {
      profileId: profile.id,
      profileVersion: profile.version,
      eligible: profile.eligible,
      filtered: result?.filtered ?? {},
      passed: result?.passed ?? {},
    };
  }
}

const keyOf = (k: MatchKey): string => `${k.profileId}:${k.kind}:${k.targetId}`;
