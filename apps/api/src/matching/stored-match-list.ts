import type { ReportedFilterReason } from '@ponte/persistence';
import type { MatchKind } from '@ponte/contracts';
import { blockedOrganisationsSql, ELIGIBLE_PROFILE_SQL, exclusionsSql, inNetworks, OPEN_TARGET_SQL, type VersionedProfile } from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import type { ListingNow } from './match-visibility';

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

const KIND_COLUMNS: Record<MatchKind, { table: string; contract: string; startDate: string }> = {
  offer: { table: 'offers', contract: 't.contract', startDate: 'NULL' },
  course: { table: 'courses', contract: 'NULL', startDate: `to_char(t.start_date, 'YYYY-MM-DD')` },
};

/**
 * One statement, one snapshot: the scope check (her networks, as ProfileAccessService.inScope;
 * out of scope is no row), her current state, and her stored matches joined to their listings as
 * they are now. The first row is her (`her` set), the others the matches. Rules kept in SQL: rows of
 * her current version only, listings open now (OPEN_TARGET_SQL: published, organisation vetted,
 * deadline, seats); nothing when she may not be matched. Her safety constraints are read here
 * (safety-constraints.sql) and checked by the caller with rule 2's one home (@ponte/matching
 * safetyCheck, via MatchVisibility). Prepared once per connection with a generic plan (no value
 * changes its shape).
 */
const storedListSql = (kind: MatchKind): string => {
  const k = KIND_COLUMNS[kind];
  return `WITH her AS (
  SELECT p.id, p.network_id, p.version, p.status, p.home_comune, (${ELIGIBLE_PROFILE_SQL}) AS eligible
  FROM profiles p WHERE p.id = $1 AND ${inNetworks('$2')}
)
SELECT json_build_object(
         'id', her.id, 'networkId', her.network_id, 'version', her.version, 'status', her.status, 'eligible', her.eligible,
         'homeComune', her.home_comune,
         'exclusions', ${exclusionsSql('her.id')}, 'blockedOrganisations', ${blockedOrganisationsSql('her.id')},
         'listVersion', s.profile_version, 'filtered', s.filtered) AS her,
       s.computed_at AS "computedAt", NULL::uuid AS id, NULL::float8 AS score, NULL::int AS "targetVersion", NULL::int AS version,
       NULL::text AS title, NULL::uuid AS "organisationId", NULL::text AS "organisationName", NULL::text AS comune, NULL::text AS "workMode",
       NULL::text AS deadline, NULL::text AS contract, NULL::text AS "startDate", NULL::text AS explanation, NULL::float8 AS evidence
FROM her LEFT JOIN match_states s ON s.profile_id = her.id
UNION ALL
SELECT NULL, NULL, m.target_id, m.score::float8, m.target_version, t.version, t.title, t.organisation_id, o.legal_name, t.comune, t.work_mode,
       to_char(t.deadline, 'YYYY-MM-DD'), ${k.contract}, ${k.startDate},
       CASE WHEN t.version = m.target_version THEN m.explanation::text END, (m.explanation->>'evidence')::float8
FROM her
JOIN matches m ON m.profile_id = her.id AND m.kind = '${kind}' AND m.profile_version = her.version
JOIN ${k.table} t ON t.id = m.target_id
JOIN organisations o ON o.id = t.organisation_id
WHERE her.eligible AND ${OPEN_TARGET_SQL}
ORDER BY score DESC NULLS FIRST, evidence DESC NULLS LAST, id`;
};

const STORED_LIST_SQL: Record<MatchKind, string> = { offer: storedListSql('offer'), course: storedListSql('course') };

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
