import type { CatalogueKind } from '@ponte/jobs';

// The deadline closer's statement. Raw SQL because one UPDATE closes every overdue listing of a
// kind, bumping its version, and returns what the audit entries and the jobs need.

const TABLE: Record<CatalogueKind, string> = { offer: 'offers', course: 'courses' };

/** Deadlines are days in Milan: a record closes once its deadline day is over there. */
const PAST_DEADLINE = `deadline < (now() AT TIME ZONE 'Europe/Rome')::date`;

/** The extra condition of closeOverdueSql for one listing, `$1`. */
export const ONLY_ID = 'AND id = $1';

/** Published listings of `kind` past their deadline (and matching `extra`) closed, new version each. */
export const closeOverdueSql = (kind: CatalogueKind, extra: string): string =>
  `WITH closed AS (
             UPDATE ${TABLE[kind]} SET status = 'closed', closed_reason = 'deadline', closed_at = now(),
               version = version + 1, updated_at = now()
             WHERE status = 'published' AND ${PAST_DEADLINE} ${extra}
             RETURNING id, version, organisation_id)
           SELECT * FROM closed`;
