// The match reads' statements: probes over the stored matches of her current version.

/** Offer `$1` if published by a vetted organisation. */
export const PUBLISHED_OFFER_SQL = `SELECT t.id FROM offers t JOIN organisations o ON o.id = t.organisation_id AND o.status = 'vetted'
       WHERE t.id = $1 AND t.status = 'published'`;

/** Profile `$1`'s stored offers of her current version, in the list's order. */
export const RANKED_OFFER_IDS_SQL = `SELECT m.target_id AS id FROM matches m JOIN profiles p ON p.id = m.profile_id AND p.version = m.profile_version
       WHERE m.profile_id = $1 AND m.kind = 'offer' ORDER BY m.score DESC, (m.explanation->>'evidence')::float8 DESC, m.target_id`;

/** The lowest stored offer score of profile `$1`'s current version. */
export const STORED_FLOOR_SQL = `SELECT min(m.score)::float8 AS floor FROM matches m JOIN profiles p ON p.id = m.profile_id AND p.version = m.profile_version
       WHERE m.profile_id = $1 AND m.kind = 'offer'`;

/** Whether `$1` is an ESCO occupation. */
export const OCCUPATION_EXISTS_SQL = `SELECT 1 FROM esco_concepts WHERE uri = $1 AND kind = 'occupation'`;
