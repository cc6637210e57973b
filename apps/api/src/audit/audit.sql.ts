// The audit log's writes. Raw SQL because an entry is one prepared INSERT without RETURNING (an
// entity insert costs more than the statement), and a read and its entries go in one statement.

/** One entry: `columns` bound as `$1`..`$n` in that order. */
export const insertEntrySql = (columns: readonly string[]): string =>
  `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;

/** `read` and one entry per row found (`entry`: the columns' expressions over `found`), then the rows, sorted by `order`. */
export const readRecordedSql = (read: string, columns: readonly string[], entry: string[], order?: string): string =>
  `WITH found AS MATERIALIZED (${read}),
       entry AS (INSERT INTO audit_log (${columns.join(', ')}) SELECT ${entry.join(', ')} FROM found)
       SELECT * FROM found${order ? ` ORDER BY ${order}` : ''}`;

/** `read` on the replica, its rows marked `__found`, with the entries' network and details as `__entries` on the first row. */
export const readOnReplicaSql = (read: string, networkId: string | undefined, details: string, order?: string): string =>
  `WITH found AS MATERIALIZED (SELECT r.*, true AS __found FROM (${read}) r),
       entry AS (SELECT ${networkId ?? 'NULL::uuid'} AS network_id, ${details} AS details FROM found)
       -- One row even when nothing was found; the entries travel with one of the rows.
       SELECT found.*, CASE WHEN row_number() OVER () = 1 THEN (SELECT json_agg(entry) FROM entry) END AS __entries
       FROM (SELECT 1) one LEFT JOIN found ON true${order ? ` ORDER BY ${order}` : ''}`;

/** The entries computed on the replica (`$1`, JSON), written on the primary (`entry`: the columns' expressions over `e`). */
export const insertEntriesSql = (columns: readonly string[], entry: string[]): string =>
  `INSERT INTO audit_log (${columns.join(', ')}) SELECT ${entry.join(', ')} FROM json_to_recordset($1::json) AS e(network_id uuid, details jsonb)`;
