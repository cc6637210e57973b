// The showcase seed's statements. Raw SQL because the demo world is written as plain rows with
// dates in its past (now() minus the planned days), in one transaction behind an advisory lock.

/** One showcase seed at a time, until commit. */
export const LOCK_SHOWCASE_SQL = `SELECT pg_advisory_xact_lock(hashtext('ponte-demo-showcase'))`;

/** Whether the organisation named `$1` (the showcase's first) exists. */
export const SHOWCASE_PRESENT_SQL = 'SELECT 1 FROM organisations WHERE legal_name = $1';

/** A showcase organisation (`$1`..`$9`), created 210 days ago; its id. */
export const INSERT_SHOWCASE_ORGANISATION_SQL = `INSERT INTO organisations (kind, legal_name, vat_number, tax_code, ateco_code, seat_comune, contact_name, contact_email, accreditation_number,
         anti_harassment_declared_at, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'Ufficio del personale', $7, $8, now() - interval '200 days', $9, now() - interval '210 days') RETURNING id`;

/** Organisation `$1` vetted 190 days ago for reason `$2`. */
export const SHOWCASE_VETTED_SQL = `INSERT INTO organisation_vetting_decisions (organisation_id, decision, from_status, to_status, reason, decided_at) VALUES ($1, 'vet', 'pending', 'vetted', $2, now() - interval '190 days')`;

/** Organisation `$1` suspended 20 days ago for reason `$2`. */
export const SHOWCASE_SUSPENDED_SQL = `INSERT INTO organisation_vetting_decisions (organisation_id, decision, from_status, to_status, reason, decided_at) VALUES ($1, 'suspend', 'vetted', 'suspended', $2, now() - interval '20 days')`;

/** The demo partners named `$1`, by name. */
export const DEMO_PARTNERS_SQL = 'SELECT id, kind, seat_comune AS seat, legal_name AS name FROM organisations WHERE legal_name = ANY($1) ORDER BY legal_name';

/** The organisations named `$1`. */
export const ORGANISATIONS_BY_NAME_SQL = 'SELECT id, legal_name AS name FROM organisations WHERE legal_name = ANY($1)';

/** Every vetted organisation. */
export const VETTED_ORGANISATIONS_SQL = `SELECT id FROM organisations WHERE status = 'vetted'`;

/** The first demo counsellor of each network. */
export const SHOWCASE_COUNSELLORS_SQL = `SELECT DISTINCT ON (n.code) u.id, n.code, n.id AS "networkId" FROM users u JOIN network_memberships m ON m.user_id = u.id JOIN networks n ON n.id = m.network_id
     WHERE u.role = 'counsellor' AND u.email LIKE '%@ponte.demo' ORDER BY n.code, u.created_at`;

/** Every partner account with its organisation, oldest first. */
export const PARTNER_USERS_SQL = `SELECT id, organisation_id AS "organisationId" FROM users WHERE organisation_id IS NOT NULL ORDER BY created_at`;

/** A showcase profile (`$1`..`$15`) created, updated and last active at `$16`. */
export const INSERT_SHOWCASE_PROFILE_SQL = `INSERT INTO profiles (id, pseudonym_code, network_id, counsellor_id, age_band, home_comune, eqf_level, target_occupations, weekly_hours, shifts,
       max_commute_km, commute_means, contract_preferences, accommodations, notes_encrypted, created_at, updated_at, last_activity_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $16)`;

/** Skill `$2` of profile `$1` (`$3`..`$6`). */
export const INSERT_SHOWCASE_SKILL_SQL = 'INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, comment_encrypted, position) VALUES ($1, $2, $3, $4, $5, $6)';

/** Language `$2` at level `$3` of profile `$1`. */
export const INSERT_SHOWCASE_LANGUAGE_SQL = 'INSERT INTO profile_languages VALUES ($1, $2, $3)';

/** Exclusion area around comune `$2` (radius `$3` km) of profile `$1`. */
export const INSERT_SHOWCASE_EXCLUSION_SQL = 'INSERT INTO profile_exclusions VALUES ($1, $2, $3)';

/** Profile `$1`'s consent to matching (basis `$2`) recorded by `$3` at `$4`. */
export const INSERT_MATCHING_CONSENT_SQL = `INSERT INTO consents (profile_id, kind, basis, recorded_by, recorded_at) VALUES ($1, 'matching', $2, $3, $4)`;
