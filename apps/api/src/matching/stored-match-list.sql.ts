import type { MatchKind } from '@ponte/contracts';
import { blockedOrganisationsSql, ELIGIBLE_PROFILE_SQL, exclusionsSql, inNetworks, OPEN_TARGET_SQL } from '@ponte/persistence';

// Her stored list's statement. Raw SQL because the scope check, her state and her matches joined to
// their listings as they are now come in one statement, one snapshot (the comment below says how).

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

/** Her stored list per kind: `$1` her id, `$2` the caller's networks. */
export const STORED_LIST_SQL: Record<MatchKind, string> = { offer: storedListSql('offer'), course: storedListSql('course') };
