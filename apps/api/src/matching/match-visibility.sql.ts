import type { MatchKind } from '@ponte/contracts';
import { OPEN_TARGET_SQL } from '@ponte/persistence';

// The listings as they are now, for every matching view. Raw SQL because openness is the shared
// row scope (OPEN_TARGET_SQL) computed per row, with the organisation's name, no entity.

const SELECT: Record<MatchKind, string> = {
  offer: `SELECT t.id, t.version, t.title, t.organisation_id AS "organisationId", o.legal_name AS "organisationName", t.comune,
            t.work_mode AS "workMode", to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.contract, NULL AS "startDate", (${OPEN_TARGET_SQL}) AS open
          FROM offers t JOIN organisations o ON o.id = t.organisation_id`,
  course: `SELECT t.id, t.version, t.title, t.organisation_id AS "organisationId", o.legal_name AS "organisationName", t.comune,
             t.work_mode AS "workMode", to_char(t.deadline, 'YYYY-MM-DD') AS deadline, NULL AS contract,
             to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", (${OPEN_TARGET_SQL}) AS open
           FROM courses t JOIN organisations o ON o.id = t.organisation_id`,
};

/** Listings `$1` of a kind as they are now (open or not). */
export const LISTINGS_NOW_SQL: Record<MatchKind, string> = {
  offer: `${SELECT.offer} WHERE t.id = ANY($1::uuid[])`,
  course: `${SELECT.course} WHERE t.id = ANY($1::uuid[])`,
};
