import { Injectable } from '@nestjs/common';
import { appendProposalHistory, Proposal, ProposalHistoryEntry } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import type { Language } from '../common/i18n/language';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { CandidateCardProjection, TargetTitle } from './candidate-card.projection';
import { PartnerProposalSummary, PartnerProposalView } from './dto/candidate-card.view';
import { PartnerProposalQuery, ProposalMoveDto } from './dto/proposal-input.dto';
import { partnerVisible, ProposalAccess } from './proposal-access.service';
import { ProposalTransitions } from './proposal-transitions.service';

const TARGET_TITLE = `coalesce((SELECT title FROM offers WHERE id = p.offer_id), (SELECT title FROM courses WHERE id = p.course_id))`;

/**
 * The partner's side: its organisation's proposals as candidate cards, the first read that
 * marks a proposal viewed, and its answers. Every response is projected by
 * CandidateCardProjection from the frozen snapshot; the profile is never joined.
 */
@Injectable()
export class PartnerAnswers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProposalAccess,
    private readonly transitions: ProposalTransitions,
    private readonly projection: CandidateCardProjection,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: PartnerProposalQuery): Promise<Page<PartnerProposalSummary>> {
    const { skip, take } = pageWindow(query);
    const filters = `AND ($2::text IS NULL OR p.state = $2) AND ($3::uuid IS NULL OR p.offer_id = $3) AND ($4::uuid IS NULL OR p.course_id = $4)`;
    const params = [principal.organisationId, query.state ?? null, query.offerId ?? null, query.courseId ?? null];
    // The total rides on the page (one pass over what she may see); a page past the end counts apart.
    const rows: (PartnerProposalSummary & { targetId: string; title: string; total: number })[] = await this.dataSource.query(
      // The titles only for the page's rows, not for every row the window counts.
      `SELECT p.id, p.kind, p.state, coalesce(p.offer_id, p.course_id) AS "targetId", ${TARGET_TITLE} AS title,
              p.card->>'pseudonymCode' AS "pseudonymCode", p.created_at AS "proposedAt", p.updated_at AS "updatedAt", p.total
       FROM (SELECT p.id, p.kind, p.state, p.offer_id, p.course_id, p.card, p.created_at, p.updated_at, count(*) OVER ()::int AS total
             FROM proposals p WHERE ${partnerVisible('$1')} ${filters}
             ORDER BY p.created_at DESC, p.id LIMIT $5 OFFSET $6) p
       ORDER BY p.created_at DESC, p.id`,
      [...params, take, skip],
    );
    const total = rows.length
      ? rows[0].total
      : skip === 0
        ? 0
        : (await this.dataSource.query(`SELECT count(*)::int AS total FROM proposals p WHERE ${partnerVisible('$1')} ${filters}`, params))[0].total;
    await this.audit.record({ action: 'proposal.list', targetType: 'organisation', targetId: principal.organisationId ?? undefined, details: { count: rows.length } });
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        state: r.state,
        target: { id: r.targetId, title: r.title },
        pseudonymCode: r.pseudonymCode,
        proposedAt: r.proposedAt,
        updatedAt: r.updatedAt,
      })),
      total,
      query,
    );
  }

  /** Reads one card; the first read of a proposed card moves it to viewed (not while the organisation is frozen). */
  async read(principal: Principal, proposalId: string, language: Language): Promise<PartnerProposalView> {
    const proposal = await this.dataSource.transaction(async (manager) => {
      let p = await this.access.forPartner(principal, proposalId, manager, true);
      if (p.state === 'proposed' && (await this.access.organisationStatus(manager, p.organisationId)) === 'vetted') {
        await manager.update(Proposal, { id: p.id }, { state: 'viewed', viewedAt: new Date(), version: p.version + 1 });
        await appendProposalHistory(manager, p.id, 'viewed', { role: principal.role as 'partner_admin', userId: principal.userId }, { from: 'proposed' });
        await this.audit.record(
          { action: 'proposal.viewed', targetType: 'proposal', targetId: p.id, organisationId: p.organisationId, details: { from: 'proposed' } },
          manager,
        );
        p = await manager.findOneByOrFail(Proposal, { id: p.id });
      }
      await this.audit.record({ action: 'proposal.read', targetType: 'proposal', targetId: p.id, organisationId: p.organisationId }, manager);
      return p;
    });
    return this.view(this.dataSource.manager, proposal, language);
  }

  async answer(principal: Principal, proposalId: string, dto: ProposalMoveDto, language: Language): Promise<PartnerProposalView> {
    const proposal = await this.transitions.move(principal, 'partner', proposalId, dto);
    return this.view(this.dataSource.manager, proposal, language);
  }

  private async view(manager: EntityManager, p: Proposal, language: Language): Promise<PartnerProposalView> {
    const [target]: TargetTitle[] = await manager.query(
      `SELECT id, title FROM offers WHERE id = $1 UNION ALL SELECT id, title FROM courses WHERE id = $2`,
      [p.offerId, p.courseId],
    );
    const history = await manager.find(ProposalHistoryEntry, { where: { proposalId: p.id }, order: { id: 'ASC' } });
    return this.projection.partnerView(p, target, history, language);
  }
}
