// The shortlist's statements. Raw SQL because an entry is read with its listing (offer or course),
// the listing's organisation and any live proposal for it in one statement.

const ENTRY_SELECT = `
  SELECT e.id, e.profile_id AS "profileId", e.kind, e.source, e.note_encrypted AS "noteEncrypted", e.created_by AS "createdBy",
         e.created_at AS "createdAt", coalesce(e.offer_id, e.course_id) AS "targetId", t.title, t.organisation_id AS "organisationId",
         o.legal_name AS "organisationName", t.comune, t.status, to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
         (SELECT p.id FROM proposals p WHERE p.profile_id = e.profile_id AND p.state <> 'withdrawn'
            AND (p.offer_id = e.offer_id OR p.course_id = e.course_id) LIMIT 1) AS "proposalId"
  FROM shortlist_entries e
  JOIN LATERAL (SELECT id, title, organisation_id, comune, status, deadline FROM offers WHERE id = e.offer_id
                UNION ALL SELECT id, title, organisation_id, comune, status, deadline FROM courses WHERE id = e.course_id) t ON true
  JOIN organisations o ON o.id = t.organisation_id`;

/** Profile `$1`'s entries, of kind `$2` (null for both), newest first. */
export const SHORTLIST_SQL = `${ENTRY_SELECT} WHERE e.profile_id = $1 AND ($2::text IS NULL OR e.kind = $2) ORDER BY e.created_at DESC, e.id`;

/** Entry `$1` of profile `$2`. */
export const DELETE_ENTRY_SQL = 'DELETE FROM shortlist_entries WHERE id = $1 AND profile_id = $2';
