import type { ProposalState } from '@ponte/domain';
import { partnerVisible, type Proposal, type ProposalActorRole } from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import type { PartnerHistoryStep, PartnerProposalSummary } from './dto/candidate-card.view';

/** The filters of a partner's list: each given one adds a condition (and a statement text of its own). */
export interface PartnerListFilters {
  state?: ProposalState;
  offerId?: string;
  courseId?: string;
}

/** A row of a partner's page, `n` its place in the list. */
export type PartnerPageRow = Omit<PartnerProposalSummary, 'target'> & { targetId: string; title: string; total: number; n: number };

/**
 * One page of the proposals an organisation may see now, with their total. The total counts every
 * visible row (index proposals_partner_list: no wide row read), so the page is cut by row number
 * rather than LIMIT/OFFSET: with a LIMIT of unknown values PostgreSQL rates the generic plan twice
 * as costly and plans every call anew. Titles and candidate codes are read for the page only.
 * Only the given filters are in the text, so each statement keeps one generic plan.
 */
export function partnerProposalPageStatement(organisationId: string | null, filters: PartnerListFilters, window: { skip: number; take: number }): { sql: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const where = [partnerVisible('$1'), ...filterConditions(filters, params)].join(' AND ');
  params.push(window.skip, window.take);
  const [skip, take] = [`$${params.length - 1}`, `$${params.length}`];
  const sql = `WITH page AS (
       SELECT v.id, v.n, v.total FROM (
         SELECT p.id, row_number() OVER (ORDER BY p.created_at DESC, p.id) AS n, count(*) OVER ()::int AS total
         FROM proposals p WHERE ${where}) v
       WHERE v.n > ${skip}::int AND v.n <= ${skip}::int + ${take}::int)
     SELECT p.id, p.kind, p.state, coalesce(p.offer_id, p.course_id) AS "targetId", coalesce(f.title, c.title) AS title,
            p.card->>'candidateCode' AS "candidateCode", p.created_at AS "proposedAt", p.updated_at AS "updatedAt", page.total, page.n
     FROM page JOIN proposals p ON p.id = page.id
     LEFT JOIN offers f ON f.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
     ORDER BY page.n`;
  return { sql, params };
}

/** The page's summaries and its total (null for a page past the end: no row carries it). */
export function partnerPage(rows: PartnerPageRow[]): { rows: PartnerProposalSummary[]; total: number | null } {
  const summaries = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.state,
    target: { id: r.targetId, title: r.title },
    candidateCode: r.candidateCode,
    proposedAt: r.proposedAt,
    updatedAt: r.updatedAt,
  }));
  return { rows: summaries, total: rows.length ? rows[0].total : null };
}

/** The total alone, for a page past the end. */
export async function partnerProposalCount(manager: EntityManager, organisationId: string | null, filters: PartnerListFilters): Promise<number> {
  const params: unknown[] = [organisationId];
  const where = [partnerVisible('$1'), ...filterConditions(filters, params)].join(' AND ');
  const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM proposals p WHERE ${where}`, params);
  return total;
}

function filterConditions(filters: PartnerListFilters, params: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (column: string, value: unknown) => {
    params.push(value);
    conditions.push(`p.${column} = $${params.length}`);
  };
  if (filters.state !== undefined) add('state', filters.state);
  if (filters.offerId !== undefined) add('offer_id', filters.offerId);
  if (filters.courseId !== undefined) add('course_id', filters.courseId);
  return conditions;
}

/** What a partner's view of one proposal is projected from: the frozen card, never the profile. */
export type PartnerCardSource = Pick<
  Proposal,
  | 'id'
  | 'kind'
  | 'state'
  | 'organisationId'
  | 'card'
  | 'coverMessageEncrypted'
  | 'declineReason'
  | 'interviewAt'
  | 'interviewPlace'
  | 'interviewLink'
  | 'contract'
  | 'startDate'
  | 'identityDisclosedAt'
  | 'createdAt'
  | 'updatedAt'
>;

export interface PartnerCard {
  proposal: PartnerCardSource;
  /** Its organisation's status now: a frozen one does not mark a card viewed. */
  organisationStatus: string;
  target: { id: string; title: string };
  history: PartnerHistoryStep[];
}

type CardRow = PartnerCardSource & {
  organisationStatus: string;
  targetId: string;
  title: string;
  states: ProposalState[] | null;
  ats: Date[] | null;
  roles: ProposalActorRole[] | null;
};

/**
 * One statement: the proposal if the organisation may see it now (partnerVisible), its target's
 * title and its history (state, time, actor role: never who), the organisation's status. The
 * counsellor's explanation (`match`) is not read. Null when not visible: the caller's 404.
 */
export async function loadPartnerCard(manager: EntityManager, organisationId: string, proposalId: string): Promise<PartnerCard | null> {
  const [row]: CardRow[] = await manager.query(
    `SELECT p.id, p.kind, p.state, p.organisation_id AS "organisationId", o.status AS "organisationStatus",
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
     WHERE p.id = $1 AND ${partnerVisible('$2')}`,
    [proposalId, organisationId],
  );
  if (!row) return null;
  const { organisationStatus, targetId, title, states, ats, roles, ...proposal } = row;
  const history = (states ?? []).map((state, i) => ({ state, at: (ats as Date[])[i], actorRole: (roles as ProposalActorRole[])[i] }));
  return { proposal, organisationStatus, target: { id: targetId, title }, history };
}
