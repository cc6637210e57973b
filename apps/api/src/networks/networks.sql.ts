// The networks' statements: reads over memberships and comuni that return a few columns, no entity,
// and the demo seed's inserts that leave a network already present as it is (ON CONFLICT DO NOTHING).

/** The active staff of network `$1`, by name. */
export const ACTIVE_MEMBERS_SQL = `SELECT u.id, u.display_name AS "displayName", u.role FROM network_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.network_id = $1 AND u.disabled_at IS NULL ORDER BY u.display_name`;

/** Whether a network already has code `$1`. */
export const CODE_TAKEN_SQL = `SELECT EXISTS (SELECT 1 FROM networks WHERE code = $1) AS taken`;

/** How many members network `$1` has. */
export const MEMBER_COUNT_SQL = `SELECT count(*)::int AS members FROM network_memberships WHERE network_id = $1`;

/** Which of comuni `$1` another network (not `$2`) already covers. */
export const COMUNI_TAKEN_SQL = `SELECT comune FROM network_comuni WHERE comune = ANY($1::char(6)[]) AND ($2::uuid IS NULL OR network_id <> $2::uuid)`;

/** Which of codes `$1` are comuni. */
export const KNOWN_COMUNI_SQL = `SELECT istat_code FROM comuni WHERE istat_code = ANY($1::char(6)[])`;

/** The names of comuni `$1`. */
export const COMUNE_NAMES_SQL = `SELECT istat_code AS code, name FROM comuni WHERE istat_code = ANY($1::char(6)[])`;

/** Network `$1` named `$2` led by comune `$3`, unless its code is taken; its id when created. */
export const SEED_NETWORK_SQL = `INSERT INTO networks (code, name, lead_comune) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`;

/** Network `$1` covers comuni `$2`. */
export const SEED_NETWORK_COMUNI_SQL = `INSERT INTO network_comuni (network_id, comune) SELECT $1, unnest($2::char(6)[])`;
