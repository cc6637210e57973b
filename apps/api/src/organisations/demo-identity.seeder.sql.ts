// The demo identity seed's statements. Raw SQL because the demo organisations and accounts are
// written as plain rows, each looked up first by its natural key so that a rerun leaves it as it is.

/** The organisation named `$1`. */
export const DEMO_ORGANISATION_BY_NAME_SQL = `SELECT id FROM organisations WHERE legal_name = $1`;

/** A demo organisation (`$1`..`$9`); its id. */
export const INSERT_DEMO_ORGANISATION_SQL = `INSERT INTO organisations (kind, legal_name, vat_number, tax_code, ateco_code, seat_comune, contact_name, contact_email, accreditation_number, anti_harassment_declared_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'Referente demo', $7, $8, now(), $9) RETURNING id`;

/** Organisation `$1` vetted, for reason `$2`. */
export const INSERT_DEMO_VETTING_SQL = `INSERT INTO organisation_vetting_decisions (organisation_id, decision, from_status, to_status, reason) VALUES ($1, 'vet', 'pending', 'vetted', $2)`;

/** The account with e-mail `$1` (lower case). */
export const DEMO_ACCOUNT_BY_EMAIL_SQL = `SELECT id FROM users WHERE lower(email) = $1`;

/** A demo account (`$1`..`$5`) with its password set now; its id. */
export const INSERT_DEMO_ACCOUNT_SQL = `INSERT INTO users (email, display_name, role, organisation_id, password_hash, password_changed_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`;

/** Account `$1` enrolled in TOTP with sealed secret `$2`. */
export const SET_DEMO_TOTP_SQL = `UPDATE users SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`;

/** Account `$1` joins the networks with codes `$2`. */
export const INSERT_DEMO_MEMBERSHIPS_SQL = `INSERT INTO network_memberships (user_id, network_id) SELECT $1, id FROM networks WHERE code = ANY($2::text[])`;
