// Safety rule 2 in SQL: only what must be read or filtered in the database. The rule itself lives
// in @ponte/matching (lib/safety.ts); safety-constraints.sql.spec.ts checks these
// fragments against it on random data.

/** Her exclusion areas as a JSON array of `{ comune, radiusKm }` (ordered), `[]` when none. */
export const exclusionsSql = (profileId: string): string =>
  `coalesce((SELECT json_agg(json_build_object('comune', e.comune, 'radiusKm', e.radius_km::float8) ORDER BY e.comune)
            FROM profile_exclusions e WHERE e.profile_id = ${profileId}), '[]')`;

/** Her blocked organisations as a text array (ordered), `{}` when none. */
export const blockedOrganisationsSql = (profileId: string): string =>
  `coalesce((SELECT array_agg(b.organisation_id::text ORDER BY b.organisation_id)
            FROM profile_blocked_organisations b WHERE b.profile_id = ${profileId}), '{}')`;

/** Her safety constraints as the two columns `exclusions` and `blockedOrganisations` (SafetyConstraints). */
export const safetyConstraintsSql = (profileId: string): string =>
  `${exclusionsSql(profileId)} AS exclusions, ${blockedOrganisationsSql(profileId)} AS "blockedOrganisations"`;

/** True when she blocked the organisation: the rule's `blocks` where a statement filters rows. */
export const organisationBlockedSql = (profileId: string, organisationId: string): string =>
  `EXISTS (SELECT 1 FROM profile_blocked_organisations b WHERE b.profile_id = ${profileId} AND b.organisation_id = ${organisationId})`;
