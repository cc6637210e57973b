import {
  buildTaxonomy,
  builtInComuni,
  createContext,
  prepareCatalogue,
  prepareProfile,
  type Catalogue,
  type ComuneIndex,
  type Course as EngineCourse,
  type MatchContext,
  type Offer as EngineOffer,
  type PreparedProfile,
  type ProfilePool,
  type Taxonomy,
} from '@ponte/matching';
import type { ProfileRange } from '@ponte/domain';
import type { MatchKind } from '@ponte/contracts';
import {
  catalogueChangesSince,
  eligibleProfileVersions,
  inRange,
  isEveryProfile,
  loadProfiles,
  loadTargets,
  loadTaxonomyRows,
  openTargetVersions,
  taxonomyFingerprint,
  type CatalogueMark,
  type VersionedProfile,
} from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import { toEngineProfile, toEngineTarget } from './engine-inputs';

export interface MatchCacheOptions {
  /** A version check of the catalogue or the profiles is reused for this long (ms). Default 1 s. */
  checkEveryMs?: number;
  /** Least time between two compilations of the catalogue (ms; ~3 s of CPU for 20,000). Default 10 s. */
  rebuildEveryMs?: number;
  /** How often the reference tables are checked for a new ESCO import (ms). Default 60 s. */
  taxonomyCheckEveryMs?: number;
  /** Default: the engine's built-in comuni, the index proposals and shortlists use too (one notion of distance). */
  comuni?: ComuneIndex;
}

/** A listing as a snapshot saw it. */
export interface ListingVersion {
  version: number;
  organisationId: string;
}

/** Per kind, the listings (id → version and owner) a catalogue was compiled from. */
export type ListingVersions = Record<MatchKind, ReadonlyMap<string, ListingVersion>>;

/** The compiled catalogue and the listing versions it was compiled from. */
export interface CatalogueSnapshot {
  catalogue: Catalogue;
  listings: ListingVersions;
  builtAt: number;
}

interface CachedTarget {
  version: number;
  engine: EngineOffer | EngineCourse;
}

interface CachedProfile {
  version: number;
  profile: VersionedProfile;
  prepared: PreparedProfile;
}

/**
 * Awaited just before a synchronous build that holds the event loop (at a region's size, a
 * catalogue compiles for tens of seconds): a job extends its lock here, as no renewal can run
 * during the build and the regular ones, while the data loaded, brought the lock back to its
 * usual duration.
 */
export type BeforeBlocking = () => Promise<unknown>;

/**
 * What the matching jobs (and the API's pathways) keep in memory per process: the ESCO taxonomy
 * (rebuilt when the reference tables change), the open catalogue compiled for the engine, and
 * the matchable profiles prepared for reverse queries. Each is refreshed incrementally by
 * comparing id → version lists with the database and reloading only what changed (for the
 * catalogue, only when an exact change check says a listing may have changed); the compiled
 * catalogue is rebuilt at most every `rebuildEveryMs` unless forced. Results computed on a
 * snapshot are verified against current versions when stored, and every read re-checks them,
 * so a slightly old snapshot can make a stored list incomplete, never wrong.
 */
export class MatchCache {
  private readonly comuni: ComuneIndex;
  private readonly checkEveryMs: number;
  private readonly rebuildEveryMs: number;
  private readonly taxonomyCheckEveryMs: number;
  private taxonomy: { value: Taxonomy; fingerprint: string; checkedAt: number } | null = null;
  private readonly targets: Record<MatchKind, Map<string, CachedTarget>> = { offer: new Map(), course: new Map() };
  private targetsCheckedAt = -Infinity;
  /** Where the last successful comparison of `targets` with the database stood. */
  private targetsMark: CatalogueMark | null = null;
  private targetsChanged = true;
  private snapshot: CatalogueSnapshot | null = null;
  private readonly profiles = new Map<string, CachedProfile>();
  private profilesCheckedAt = -Infinity;
  private pool: { pool: ProfilePool; profiles: VersionedProfile[] } | null = null;
  /**
   * Statistics for logs and the benchmark. `targetChecks` counts the catalogue's change checks
   * (one index probe), `targetComparisons` the full comparisons with every open listing's version.
   */
  readonly stats = {
    taxonomyBuilds: 0,
    catalogueBuilds: 0,
    targetsLoaded: 0,
    profilesPrepared: 0,
    catalogueBuildMs: 0,
    targetChecks: 0,
    targetComparisons: 0,
  };

  constructor(options: MatchCacheOptions = {}) {
    this.comuni = options.comuni ?? builtInComuni();
    this.checkEveryMs = options.checkEveryMs ?? 1000;
    this.rebuildEveryMs = options.rebuildEveryMs ?? 10_000;
    this.taxonomyCheckEveryMs = options.taxonomyCheckEveryMs ?? 60_000;
  }

  /** A context on the cached taxonomy and comuni: everything prepared here is bound to them. */
  async context(manager: EntityManager, now: Date = new Date(), beforeBuild?: BeforeBlocking): Promise<MatchContext> {
    return createContext(now, { taxonomy: await this.currentTaxonomy(manager, false, beforeBuild), comuni: this.comuni });
  }

  /**
   * A context (clock: now) on the taxonomy and comuni something was prepared with: a catalogue or
   * a profile pool. Ranking on it cannot meet a taxonomy rebuilt meanwhile by another job of this
   * process (a reference import): that binds only what is prepared after it.
   */
  contextOf(prepared: Pick<MatchContext, 'taxonomy' | 'comuni'>, now: Date = new Date()): MatchContext {
    return createContext(now, { taxonomy: prepared.taxonomy, comuni: prepared.comuni });
  }

  /** Whether the taxonomy was rebuilt since `ctx` was taken (what was prepared on it must not be kept). */
  private outdated(ctx: MatchContext): boolean {
    return ctx.taxonomy !== this.taxonomy?.value;
  }

  async currentTaxonomy(manager: EntityManager, force = false, beforeBuild?: BeforeBlocking): Promise<Taxonomy> {
    const now = Date.now();
    if (this.taxonomy && !force && now - this.taxonomy.checkedAt < this.taxonomyCheckEveryMs) return this.taxonomy.value;
    const fingerprint = await taxonomyFingerprint(manager);
    if (this.taxonomy?.fingerprint === fingerprint) {
      this.taxonomy.checkedAt = now;
      return this.taxonomy.value;
    }
    const rows = await loadTaxonomyRows(manager);
    await beforeBuild?.();
    this.taxonomy = { value: buildTaxonomy(rows), fingerprint, checkedAt: now };
    this.stats.taxonomyBuilds++;
    // Catalogues and prepared profiles are bound to the taxonomy object: start again.
    this.snapshot = null;
    this.pool = null;
    this.profiles.clear();
    this.profilesCheckedAt = -Infinity;
    this.targetsChanged = true;
    return this.taxonomy.value;
  }

  /**
   * The compiled open catalogue. `force` checks the versions and recompiles now if anything
   * changed (a job about one listing needs it at its current version). `beforeCompile` is awaited
   * right before each synchronous build (taxonomy, catalogue), after every load.
   */
  async catalogue(manager: EntityManager, options: { force?: boolean; beforeCompile?: BeforeBlocking } = {}): Promise<CatalogueSnapshot> {
    const ctx = await this.context(manager, new Date(), options.beforeCompile);
    await this.refreshTargets(manager, options.force ?? false);
    // Another job of this process rebuilt the taxonomy while this one waited: again, on the new one.
    if (this.outdated(ctx)) return this.catalogue(manager, options);
    const due = !this.snapshot || options.force || Date.now() - this.snapshot.builtAt >= this.rebuildEveryMs;
    if (this.snapshot && !(this.targetsChanged && due)) return this.snapshot;
    await options.beforeCompile?.();
    if (this.outdated(ctx)) return this.catalogue(manager, options);
    const started = Date.now();
    const offers = [...this.targets.offer.values()].map((t) => t.engine as EngineOffer);
    const courses = [...this.targets.course.values()].map((t) => t.engine as EngineCourse);
    this.snapshot = {
      catalogue: prepareCatalogue({ offers, courses }, ctx),
      listings: { offer: listingsOf(this.targets.offer), course: listingsOf(this.targets.course) },
      builtAt: Date.now(),
    };
    this.targetsChanged = false;
    this.stats.catalogueBuilds++;
    this.stats.catalogueBuildMs += Date.now() - started;
    return this.snapshot;
  }

  /** Every matchable profile (active, consenting), prepared; `force` checks versions now. */
  async profilePool(manager: EntityManager, options: { force?: boolean } = {}): Promise<{ pool: ProfilePool; profiles: VersionedProfile[] }> {
    const ctx = await this.context(manager);
    const now = Date.now();
    if (this.pool && !options.force && now - this.profilesCheckedAt < this.checkEveryMs) return this.pool;
    const current = await eligibleProfileVersions(manager);
    if (this.outdated(ctx)) return this.profilePool(manager, options);
    this.profilesCheckedAt = now;
    let changed = this.pool === null;
    for (const id of this.profiles.keys()) {
      if (!current.has(id)) {
        this.profiles.delete(id);
        changed = true;
      }
    }
    const stale = [...current].filter(([id, version]) => this.profiles.get(id)?.version !== version).map(([id]) => id);
    for (let i = 0; i < stale.length; i += 1000) {
      const loaded = await loadProfiles(manager, stale.slice(i, i + 1000));
      if (this.outdated(ctx)) return this.profilePool(manager, options);
      for (const profile of loaded) {
        if (!profile.eligible) continue;
        this.profiles.set(profile.id, { version: profile.version, profile, prepared: prepareProfile(toEngineProfile(profile), ctx) });
        this.stats.profilesPrepared++;
        changed = true;
      }
    }
    if (changed || !this.pool) {
      // Sorted by id, so the tie-break order of profile i is i.
      const entries = [...this.profiles.values()].sort((a, b) => (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0));
      this.pool = {
        pool: { profiles: entries.map((e) => e.prepared), orders: Int32Array.from(entries, (_, i) => i), ctx: { taxonomy: ctx.taxonomy, comuni: ctx.comuni } },
        profiles: entries.map((e) => e.profile),
      };
    }
    return this.pool;
  }

  /**
   * Brings `targets` to the open listings' current versions. A change check first: when no
   * listing changed since the last comparison's mark, the comparison (every open listing's id and
   * version, ~370 ms per kind at a region's size) is skipped, forced or not, as the check is exact
   * (catalogueChangesSince). The mark is taken before the comparison and kept once it succeeded.
   */
  private async refreshTargets(manager: EntityManager, force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - this.targetsCheckedAt < this.checkEveryMs) return;
    this.targetsCheckedAt = now;
    const check = await catalogueChangesSince(manager, this.targetsMark);
    this.stats.targetChecks++;
    if (!check.changed) {
      // The cache reflects every listing change this check's snapshot sees: its mark is as good, and newer.
      this.targetsMark = check.mark;
      return;
    }
    this.stats.targetComparisons++;
    for (const kind of ['offer', 'course'] as const) {
      const current = await openTargetVersions(manager, kind);
      const cached = this.targets[kind];
      for (const id of cached.keys()) {
        if (!current.has(id)) {
          cached.delete(id);
          this.targetsChanged = true;
        }
      }
      const stale = [...current].filter(([id, version]) => cached.get(id)?.version !== version).map(([id]) => id);
      for (let i = 0; i < stale.length; i += 2000) {
        for (const target of await loadTargets(manager, kind, stale.slice(i, i + 2000))) {
          cached.set(target.id, { version: target.version, engine: toEngineTarget(target) });
          this.stats.targetsLoaded++;
          this.targetsChanged = true;
        }
      }
    }
    this.targetsMark = check.mark;
  }
}

function listingsOf(targets: Map<string, CachedTarget>): Map<string, ListingVersion> {
  return new Map([...targets].map(([id, t]) => [id, { version: t.version, organisationId: t.engine.organisationId as string }]));
}

/** The part of a prepared pool in a range; each keeps its global order, so ties break as in the whole pool. */
export function poolInRange(
  whole: { pool: ProfilePool; profiles: VersionedProfile[] },
  range: ProfileRange,
): { pool: ProfilePool; profiles: VersionedProfile[] } {
  if (isEveryProfile(range)) return whole;
  const kept = whole.profiles.flatMap((p, i) => (inRange(p.id, range) ? [i] : []));
  return {
    pool: { profiles: kept.map((i) => whole.pool.profiles[i]), orders: Int32Array.from(kept, (i) => whole.pool.orders[i]), ctx: whole.pool.ctx },
    profiles: kept.map((i) => whole.profiles[i]),
  };
}
