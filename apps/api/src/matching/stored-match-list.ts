import type { ReportedFilterReason, VersionedProfile } from '@ponte/persistence';
import type { MatchKind } from '@ponte/contracts';
import type { EntityManager } from 'typeorm';
import type { ListingNow } from './match-visibility';
import { STORED_LIST_SQL } from './stored-match-list.sql';

/** What the list needs of her now: scope, version, eligibility and safety constraints (no skills, no notes). */
export type ListedProfile = Pick<
  VersionedProfile,
  'id' | 'networkId' | 'version' | 'status' | 'eligible' | 'homeComune' | 'exclusions' | 'blockedOrganisations'
>;

/** The last computation of her lists (match_states). */
export interface ListState {
  profileVersion: number;
  computedAt: Date;
  filtered: Partial<Record<ReportedFilterReason, number>>;
}

/** A stored match of her current version whose listing is open now (the versions may differ: then it is outdated). */
export interface StoredMatch {
  id: string;
  score: number;
  targetVersion: number;
  listing: ListingNow;
  /** The stored explanation as text (parsed for the page only); null when the listing's version moved on. */
  explanation: string | null;
}

export interface StoredList {
  profile: ListedProfile;
  state: ListState | null;
  /** Best first (score, then listing id). */
  matches: StoredMatch[];
}

interface HerJson extends ListedProfile {
  listVersion: number | null;
  filtered: Partial<Record<ReportedFilterReason, number>> | null;
}

type Row = Omit<ListingNow, 'id' | 'open'> & {
  her: HerJson | null;
  computedAt: Date | null;
  id: string;
  score: number;
  targetVersion: number;
  explanation: string | null;
};

/** Her stored list of a kind as it may be shown now, or null when she is not in the caller's networks. */
export async function loadStoredList(manager: EntityManager, networkIds: string[], profileId: string, kind: MatchKind): Promise<StoredList | null> {
  const rows: Row[] = await manager.query(STORED_LIST_SQL[kind], [profileId, networkIds]);
  const her = rows[0]?.her;
  if (!her) return null;
  const { listVersion, filtered, ...profile } = her;
  const state = listVersion === null ? null : { profileVersion: listVersion, computedAt: rows[0].computedAt as Date, filtered: filtered ?? {} };
  const matches = rows.slice(1).map((r) => ({
    id: r.id,
    score: r.score,
    targetVersion: r.targetVersion,
    explanation: r.explanation,
    listing: {
      id: r.id,
      version: r.version,
      title: r.title,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      comune: r.comune,
      workMode: r.workMode,
      deadline: r.deadline,
      contract: r.contract,
      startDate: r.startDate,
      open: true,
    },
  }));
  return { profile, state, matches };
}
