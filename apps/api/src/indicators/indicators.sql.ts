// The indicators' statements: sums over the monthly counters, grouped in the database (small
// cells are suppressed afterwards, by the one rule in @ponte/domain).

/** Every network, by name. */
export const NETWORKS_SQL = 'SELECT id, code, name FROM networks ORDER BY name, code';

/** Events `$3` per network and month, from month `$1` to `$2`. */
export const MONTHLY_COUNTS_SQL = `SELECT network_id AS "networkId", to_char(month, 'YYYY-MM') AS month, event, sum(count)::int AS n
       FROM indicator_counts WHERE month BETWEEN $1::date AND $2::date AND event = ANY($3)
       GROUP BY network_id, month, event`;

/** Active profiles per network created before the end of month `$1` (Italian time). */
export const ACTIVE_PROFILES_SQL = `SELECT network_id AS "networkId", count(*)::int AS n FROM profiles
       WHERE status = 'active' AND created_at < (($1::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Rome')
       GROUP BY network_id`;
