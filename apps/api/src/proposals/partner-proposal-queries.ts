import type { ProposalState } from '@ponte/domain';
import { partnerVisible, type Proposal, type ProposalActorRole } from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import type { PartnerHistoryStep, PartnerProposalSummary } from './dto/candidate-card.view';
import { columnIsSql, PARTNER_CARD_SQL, partnerCountSql, partnerPageSql } from './partner-proposal-queries.sql';

/** The filters of a partner's list: each given one adds a condition (and a statement text of its own). */
export interface PartnerListFilters {
  state?: ProposalState;
  offerId?: string;
  courseId?: string;
}

/** A row of a partner's page, `n` its place in the list. */
export type PartnerPageRow = Omit<PartnerProposalSummary, 'target'> & { targetId: string; title: string; total: number; n: number };

/**
 * One page of the proposals an organisation may see now, with their total. Both read index
 * proposals_partner_list alone (partnerVisible is columns of the proposal: no wide row read, no
 * probe of her consents). The page is cut by row number rather than LIMIT/OFFSET: with a LIMIT
 * of unknown values PostgreSQL rates the generic plan twice as costly and plans every call anew.
 * Titles and candidate codes are read for the page only. Only the given filters are in the
 * text, so each statement keeps one generic plan.
 */
export function partnerProposalPageStatement(organisationId: string | null, filters: PartnerListFilters, window: { skip: number; take: number }): { sql: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const where = [partnerVisible('$1'), ...filterConditions(filters, params)].join(' AND ');
  params.push(window.skip, window.take);
  const [skip, take] = [`$${params.length - 1}`, `$${params.length}`];
  const sql = partnerPageSql(where, skip, take);
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
  const [{ total }] = await manager.query(partnerCountSql(where), params);
  return total;
}

function filterConditions(filters: PartnerListFilters, params: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (column: string, value: unknown) => {
    params.push(value);
    conditions.push(columnIsSql(column, params.length));
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
 * One statement: the proposal if the organisation may see it now (partnerVisibleNow), its target's
 * title and its history (state, time, actor role: never who), the organisation's status. The
 * counsellor's explanation (`match`) is not read. Null when not visible: the caller's 404.
 */
export async function loadPartnerCard(manager: EntityManager, organisationId: string, proposalId: string): Promise<PartnerCard | null> {
  const [row]: CardRow[] = await manager.query(
    PARTNER_CARD_SQL,
    [proposalId, organisationId],
  );
  if (!row) return null;
  const { organisationStatus, targetId, title, states, ats, roles, ...proposal } = row;
  const history = (states ?? []).map((state, i) => ({ state, at: (ats as Date[])[i], actorRole: (roles as ProposalActorRole[])[i] }));
  return { proposal, organisationStatus, target: { id: targetId, title }, history };
}
