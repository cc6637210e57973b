import { Injectable } from '@nestjs/common';
import { builtInComuni, safetyCheck, type ComuneIndex, type SafetyPlace, type SafetyReason } from '@ponte/matching';
import type { MatchKind } from '@ponte/contracts';
import { loadProfiles, type VersionedProfile } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { LISTINGS_NOW_SQL } from './match-visibility.sql';

/** A listing as it is NOW, with what a counsellor's view needs. */
export interface ListingNow {
  id: string;
  version: number;
  title: string;
  organisationId: string;
  organisationName: string;
  comune: string | null;
  workMode: string;
  deadline: string;
  /** Offers only. */
  contract: string | null;
  /** Courses only. */
  startDate: string | null;
  /** Published, organisation vetted, deadline day not over in Milan, a seat left. */
  open: boolean;
}

/** What her safety checks read of her. */
export type SafetyConstraints = Pick<VersionedProfile, 'blockedOrganisations' | 'exclusions'>;

/**
 * The read-time checks every matching view makes (ARCHITECTURE.md, API conventions, "Profile version and
 * matches"): the profile as it is now (version, status, consent, constraints), and listings
 * that are open now and safe for her (organisation not blocked, place outside her exclusion
 * areas, with the engine's comune index and rules). Stored results are never trusted alone.
 */
@Injectable()
export class MatchVisibility {
  readonly comuni: ComuneIndex = builtInComuni();
  /** Her rule-2 check, aggregated once per loaded profile (a list checks many listings). */
  private readonly checks = new WeakMap<SafetyConstraints, (place: SafetyPlace) => SafetyReason | null>();

  constructor(private readonly dataSource: DataSource) {}

  async profile(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<VersionedProfile> {
    const [profile] = await loadProfiles(manager, [profileId]);
    return profile;
  }

  async listings(kind: MatchKind, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ListingNow>> {
    if (!ids.length) return new Map();
    const rows: ListingNow[] = await manager.query(LISTINGS_NOW_SQL[kind], [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Open now and allowed by her safety constraints. */
  visible(profile: SafetyConstraints, listing: ListingNow | undefined): listing is ListingNow {
    return !!listing && listing.open && this.safetyOf(profile)(listing) === null;
  }

  private safetyOf(profile: SafetyConstraints): (place: SafetyPlace) => SafetyReason | null {
    let check = this.checks.get(profile);
    if (!check) this.checks.set(profile, (check = safetyCheck(profile, this.comuni)));
    return check;
  }

  /** The ids (in order) that she may be shown now, with their listing. */
  async visibleListings(profile: SafetyConstraints, kind: MatchKind, ids: readonly string[]): Promise<ListingNow[]> {
    const listings = await this.listings(kind, ids);
    return ids.map((id) => listings.get(id)).filter((l): l is ListingNow => this.visible(profile, l));
  }
}
