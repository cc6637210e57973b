import type { EntityManager } from 'typeorm';

/**
 * Where a check of the open catalogue stood: its statement's snapshot (pg_snapshot as text:
 * which transactions it saw) and the day in Rome then (the open-listing filter, OPEN_TARGET_SQL,
 * compares deadlines with it).
 */
export interface CatalogueMark {
  snapshot: string;
  romeDate: string;
}

/**
 * Whether the open catalogue may have changed since `mark`, and the mark of this check. A cache
 * that compares itself with the database after taking a mark reflects at least every transaction
 * the mark's snapshot saw, so it keeps the mark once the comparison has succeeded.
 *
 * Exact: each statement on offers, courses or organisations adds a listing_changes row stamped
 * with its transaction's id (trigger, migration 1765860000000), committed with its changes. A
 * transaction the mark's snapshot did not see (running then, or started later) is found here,
 * through its row, by the first check that sees it committed; a check that does not see it yet
 * returns a mark that does not see it either. Its id is >= the mark's xmin, the oldest
 * transaction running then, so only rows from there up are read: one index probe while no
 * writer holds xmin back. Comparing ids with the largest one seen would miss a transaction that
 * began before a newer one and committed after it. The maintenance's prune adds a row of its own
 * in the statement that deletes (maintenance.sql.ts), so a deleted row is never missed.
 *
 * False positives (a transaction committed between the check and the comparison, a prune, a new
 * day) cost one full comparison. `changed` is also true without a mark; and the mark is null
 * when `manager` is inside a transaction that wrote: what it read may be rolled back.
 */
export async function catalogueChangesSince(
  manager: EntityManager,
  mark: CatalogueMark | null,
): Promise<{ changed: boolean; mark: CatalogueMark | null }> {
  const [row]: { snapshot: string; romeDate: string; writing: boolean; found: boolean }[] = await manager.query(
    `SELECT pg_current_snapshot()::text AS snapshot,
            (now() AT TIME ZONE 'Europe/Rome')::date::text AS "romeDate",
            pg_current_xact_id_if_assigned() IS NOT NULL AS writing,
            EXISTS (SELECT 1 FROM listing_changes
                     WHERE xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, $1::pg_snapshot)) AS found`,
    [mark?.snapshot ?? null],
  );
  return {
    changed: !mark || mark.romeDate !== row.romeDate || row.found,
    mark: row.writing ? null : { snapshot: row.snapshot, romeDate: row.romeDate },
  };
}
