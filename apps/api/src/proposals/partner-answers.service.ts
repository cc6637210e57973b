import { Injectable } from '@nestjs/common';
import { appendProposalHistory, Proposal } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import type { Language } from '../common/i18n/language';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { CandidateCardProjection } from './candidate-card.projection';
import { PartnerProposalSummary, PartnerProposalView } from './dto/candidate-card.view';
import { PartnerProposalQuery, ProposalMoveDto } from './dto/proposal-input.dto';
import { loadPartnerCard, partnerPage, partnerProposalCount, partnerProposalPageStatement, type PartnerCard, type PartnerPageRow } from './partner-proposal-queries';
import { ProposalAccess } from './proposal-access.service';
import { ProposalTransitions } from './proposal-transitions.service';

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
    const organisationId = principal.organisationId;
    const filters = { state: query.state, offerId: query.offerId, courseId: query.courseId };
    const window = pageWindow(query);
    // The page and its entry in one statement.
    const found = await this.audit.readRecorded<PartnerPageRow>(
      partnerProposalPageStatement(organisationId, filters, window),
      { action: 'proposal.list', targetType: 'organisation', targetId: organisationId ?? undefined },
      { details: `jsonb_build_object('count', count(*))`, order: 'found.n' },
    );
    const { rows, total } = partnerPage(found);
    const counted = total ?? (window.skip === 0 ? 0 : await partnerProposalCount(this.dataSource.manager, organisationId, filters));
    return pageOf(rows, counted, query);
  }

  /**
   * Reads one card in one statement. The first read of a proposed card (organisation not frozen)
   * moves it to viewed, in a transaction that re-checks it under the row lock; every other read
   * writes only its audit entry.
   */
  async read(principal: Principal, proposalId: string, language: Language): Promise<PartnerProposalView> {
    let card = await this.card(principal, proposalId);
    if (card.proposal.state === 'proposed' && card.organisationStatus === 'vetted') {
      await this.markViewed(principal, proposalId);
      card = await this.card(principal, proposalId);
    } else {
      await this.audit.record({ action: 'proposal.read', targetType: 'proposal', targetId: proposalId, organisationId: card.proposal.organisationId });
    }
    return this.projection.partnerView(card.proposal, card.target, card.history, language);
  }

  async answer(principal: Principal, proposalId: string, dto: ProposalMoveDto, language: Language): Promise<PartnerProposalView> {
    await this.transitions.move(principal, 'partner', proposalId, dto);
    const { proposal, target, history } = await this.card(principal, proposalId);
    return this.projection.partnerView(proposal, target, history, language);
  }

  private async card(principal: Principal, proposalId: string): Promise<PartnerCard> {
    const card = principal.organisationId ? await loadPartnerCard(this.dataSource.manager, principal.organisationId, proposalId) : null;
    if (!card) throw notFound();
    return card;
  }

  private async markViewed(principal: Principal, proposalId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const p = await this.access.forPartner(principal, proposalId, manager, true);
      if (p.state === 'proposed' && (await this.access.organisationStatus(manager, p.organisationId)) === 'vetted') {
        await manager.update(Proposal, { id: p.id }, { state: 'viewed', viewedAt: new Date(), version: p.version + 1 });
        await appendProposalHistory(manager, p.id, 'viewed', { role: principal.role as 'partner_admin', userId: principal.userId }, { from: 'proposed' });
        await this.audit.record(
          { action: 'proposal.viewed', targetType: 'proposal', targetId: p.id, organisationId: p.organisationId, details: { from: 'proposed' } },
          manager,
        );
      }
      await this.audit.record({ action: 'proposal.read', targetType: 'proposal', targetId: p.id, organisationId: p.organisationId }, manager);
    });
  }
}
