import { inNetworks, partnerVisibleNow } from '@ponte/persistence';

/**
 * The statements of the counsellors' proposal reads and of the scope check per side. Raw SQL
 * because the scope is the shared SQL fragment (`inNetworks`, `partnerVisibleNow`) and the listing
 * (offer or course) is joined in one statement.
 */

const TARGET = `
  JOIN LATERAL (SELECT id, title FROM offers WHERE id = p.offer_id UNION ALL SELECT id, title FROM courses WHERE id = p.course_id) t ON true
  JOIN organisations o ON o.id = p.organisation_id`;
const TARGET_COLUMNS = `t.id AS "targetId", t.title, o.id AS "organisationId", o.legal_name AS "organisationName", o.status AS "organisationStatus"`;

/** `$1` her networks, `$2` a profile, `$3` a state, `$4` a kind (each null for any). */
const COUNSELLOR_WHERE = `WHERE ${inNetworks('$1')} AND ($2::uuid IS NULL OR p.profile_id = $2)
                   AND ($3::text IS NULL OR p.state = $3) AND ($4::text IS NULL OR p.kind = $4)`;

/** A page (`$5` take, `$6` skip) of the proposals of her networks, newest first, with their listing. */
export const COUNSELLOR_PAGE_SQL = `SELECT p.id, p.profile_id AS "profileId", f.pseudonym_code AS "pseudonymCode", p.kind, p.state,
              p.withdrawn_cause AS "withdrawnCause", p.created_at AS "createdAt", p.updated_at AS "updatedAt", ${TARGET_COLUMNS}
       FROM proposals p JOIN profiles f ON f.id = p.profile_id ${TARGET} ${COUNSELLOR_WHERE} ORDER BY p.created_at DESC, p.id LIMIT $5 OFFSET $6`;

export const COUNSELLOR_TOTAL_SQL = `SELECT count(*)::int AS total FROM proposals p ${COUNSELLOR_WHERE}`;

/** Profile `$1`'s pseudonym code. */
export const PSEUDONYM_CODE_SQL = 'SELECT pseudonym_code AS code FROM profiles WHERE id = $1';

/** Proposal `$1`'s listing and organisation. */
export const PROPOSAL_TARGET_SQL = `SELECT ${TARGET_COLUMNS} FROM proposals p ${TARGET} WHERE p.id = $1`;

/** Proposal `$1` if in networks `$2`, locked for update when `lock`. */
export const counsellorProposalSql = (lock: boolean): string =>
  `SELECT p.id FROM proposals p WHERE p.id = $1 AND ${inNetworks('$2')} ${lock ? 'FOR UPDATE OF p' : ''}`;

/** Proposal `$1` if organisation `$2` may see it now, locked for update when `lock`. */
export const partnerProposalSql = (lock: boolean): string =>
  `SELECT p.id FROM proposals p WHERE p.id = $1 AND ${partnerVisibleNow('$2')} ${lock ? 'FOR UPDATE OF p' : ''}`;
