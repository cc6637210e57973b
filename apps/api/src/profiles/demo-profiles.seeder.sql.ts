// The demo profiles seed's statements. Raw SQL because the profiles and their skills, languages,
// exclusions and consents are written as plain rows in the seed's transaction, no entity to load.

/** Counsellor with e-mail `$1` (lower case) and one of her networks. */
export const DEMO_COUNSELLOR_SQL = `SELECT u.id, m.network_id AS "networkId" FROM users u JOIN network_memberships m ON m.user_id = u.id WHERE lower(u.email) = $1 LIMIT 1`;

/** How many profiles counsellor `$1` follows. */
export const COUNSELLOR_PROFILE_COUNT_SQL = 'SELECT count(*)::int AS count FROM profiles WHERE counsellor_id = $1';

/** The demo organisation Acme, to which consents to share are given. */
export const ACME_SQL = `SELECT id FROM organisations WHERE legal_name = 'Acme Servizi S.r.l.'`;

/** A demo profile (`$1`..`$15`). */
export const INSERT_DEMO_PROFILE_SQL = `INSERT INTO profiles (id, pseudonym_code, network_id, counsellor_id, age_band, home_comune, eqf_level, target_occupations, weekly_hours,
                           shifts, max_commute_km, commute_means, contract_preferences, accommodations, notes_encrypted)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`;

/** Skill `$2` of profile `$1` (`$3`..`$6`). */
export const INSERT_DEMO_SKILL_SQL = `INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, comment_encrypted, position) VALUES ($1, $2, $3, $4, $5, $6)`;

/** Language `$2` at level `$3` of profile `$1`. */
export const INSERT_DEMO_LANGUAGE_SQL = 'INSERT INTO profile_languages VALUES ($1, $2, $3)';

/** Exclusion area around comune `$2` (radius `$3` km) of profile `$1`. */
export const INSERT_DEMO_EXCLUSION_SQL = 'INSERT INTO profile_exclusions VALUES ($1, $2, $3)';

/** Consent `$2` of profile `$1` (organisation `$3`, basis `$4`) recorded by `$5`. */
export const INSERT_DEMO_CONSENT_SQL = 'INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) VALUES ($1, $2, $3, $4, $5)';
