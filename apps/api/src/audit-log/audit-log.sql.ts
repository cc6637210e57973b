// The audit log's reads. Raw SQL because the filters arrive as a WHERE clause (audit-filter.ts),
// the export walks the log in keyset batches, and the rows are answered as they are, no entity.

const COLUMNS = `id::text AS id, at, actor_id AS "actorId", actor_role AS "actorRole", action, outcome, target_type AS "targetType",
  target_id AS "targetId", network_id AS "networkId", organisation_id AS "organisationId", request_id AS "requestId", details`;

/** One page of the entries matching `where`, newest first. */
export const auditPageSql = (where: string, take: number, skip: number): string =>
  `SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ${take} OFFSET ${skip}`;

/** How many entries match `where`. */
export const auditCountSql = (where: string): string => `SELECT count(*)::int AS total FROM audit_log ${where}`;

/** Entries before the cursor (`$n`, `$n+1`: at and id of the last one written). */
export const auditKeyset = (n: number): string => `(at, id) < ($${n}::timestamptz, $${n + 1}::bigint)`;

/** The next export batch of entries matching `where`, newest first, with the cursor's `at` as text. */
export const auditExportBatchSql = (where: string, batch: number): string =>
  `SELECT ${COLUMNS}, at::text AS "cursorAt" FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ${batch}`;
