import { partnerVisibleNow } from '@ponte/persistence';

// The partners' proposal reads. Raw SQL because the scope is the shared fragment (partnerVisible
// for lists, partnerVisibleNow for one card), the page is cut by row number over an index-only
// count, and the card comes with its history in one statement (partner-proposal-queries.ts says
// why each is shaped so).

/** Proposal column `column` (of `p`) equals `$n`. */
export const columnIsSql = (column: string, n: number): string => `p.${column} = $${n}`;

/** How many proposals match `where`. */
export const partnerCountSql = (where: string): string => `SELECT count(*)::int AS total FROM proposals p WHERE ${where}`;

/**
 * Rows `skip` < n <= `skip` + `take` (parameter names) of the proposals matching `where`, with
 * the total counted apart: numbering stops at the page's last row, and the count reads the
 * index alone.
 */
export const partnerPageSql = (where: string, skip: string, take: string): string =>
  `WITH page AS (
       SELECT v.id, v.n FROM (
         SELECT p.id, row_number() OVER (ORDER BY p.created_at DESC, p.id) AS n
         FROM proposals p WHERE ${where}) v
       WHERE v.n > ${skip}::int AND v.n <= ${skip}::int + ${take}::int)
     SELECT p.id, p.kind, p.state, coalesce(p.offer_id, p.course_id) AS "targetId", coalesce(f.title, c.title) AS title,
            p.card->>'candidateCode' AS "candidateCode", p.created_at AS "proposedAt", p.updated_at AS "updatedAt",
            (${partnerCountSql(where)}) AS total, page.n
     FROM page JOIN proposals p ON p.id = page.id
     LEFT JOIN offers f ON f.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
     ORDER BY page.n`;

/** Proposal `$1` if organisation `$2` may see it now, with its target's title, history and the organisation's status. */
export const PARTNER_CARD_SQL = `SELECT p.id, p.kind, p.state, p.organisation_id AS "organisationId", o.status AS "organisationStatus",
            coalesce(p.offer_id, p.course_id) AS "targetId", coalesce(f.title, c.title) AS title, p.card,
            p.cover_message_encrypted AS "coverMessageEncrypted", p.decline_reason AS "declineReason", p.interview_at AS "interviewAt",
            p.interview_place AS "interviewPlace", p.interview_link AS "interviewLink", p.contract,
            to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", p.identity_disclosed_at AS "identityDisclosedAt",
            p.created_at AS "createdAt", p.updated_at AS "updatedAt", h.states, h.ats, h.roles
     FROM proposals p
     JOIN organisations o ON o.id = p.organisation_id
     LEFT JOIN offers f ON f.id = p.offer_id
     LEFT JOIN courses c ON c.id = p.course_id
     CROSS JOIN LATERAL (
       SELECT array_agg(h.state ORDER BY h.id) AS states, array_agg(h.at ORDER BY h.id) AS ats, array_agg(h.actor_role ORDER BY h.id) AS roles
       FROM proposal_history h WHERE h.proposal_id = p.id) h
     WHERE p.id = $1 AND ${partnerVisibleNow('$2')}`;
