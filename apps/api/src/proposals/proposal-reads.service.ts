import { Injectable } from '@nestjs/common';
import { Proposal, ProposalFollowUp, ProposalHistoryEntry } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import type { Language } from '../common/i18n/language';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { CandidateCardProjection, interviewOf } from './candidate-card.projection';
import { CounsellorProposalQuery } from './dto/proposal-input.dto';
import { CounsellorProposalSummary, CounsellorProposalView, CounsellorTargetView } from './dto/proposal.view';
import { ProposalAccess } from './proposal-access.service';
import { COUNSELLOR_PAGE_SQL, COUNSELLOR_TOTAL_SQL, PROPOSAL_TARGET_SQL, PSEUDONYM_CODE_SQL } from './proposal-reads.sql';

interface TargetRow {
  targetId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  organisationStatus: string;
}

const targetOf = (r: TargetRow): CounsellorTargetView => ({
  id: r.targetId,
  title: r.title,
  organisationId: r.organisationId,
  organisationName: r.organisationName,
  organisationStatus: r.organisationStatus,
});

/** Counsellors' reads of the proposals of their networks (with the full explanation and history). */
@Injectable()
export class ProposalReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProposalAccess,
    private readonly projection: CandidateCardProjection,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: CounsellorProposalQuery): Promise<Page<CounsellorProposalSummary>> {
    const { skip, take } = pageWindow(query);
    const params = [principal.networkIds, query.profileId ?? null, query.state ?? null, query.kind ?? null];
    const rows: (TargetRow & Omit<CounsellorProposalSummary, 'target'>)[] = await this.dataSource.query(COUNSELLOR_PAGE_SQL, [...params, take, skip]);
    const [{ total }] = await this.dataSource.query(COUNSELLOR_TOTAL_SQL, params);
    await this.audit.record({ action: 'proposal.list', targetType: 'profile', targetId: query.profileId, details: { count: rows.length } });
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        profileId: r.profileId,
        pseudonymCode: r.pseudonymCode,
        kind: r.kind,
        state: r.state,
        target: targetOf(r),
        withdrawnCause: r.withdrawnCause,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
      total,
      query,
    );
  }

  async get(principal: Principal, proposalId: string, language: Language): Promise<CounsellorProposalView> {
    const proposal = await this.access.forCounsellor(principal, proposalId, this.dataSource.manager);
    await this.audit.record({
      action: 'proposal.read',
      targetType: 'proposal',
      targetId: proposal.id,
      networkId: proposal.networkId,
      organisationId: proposal.organisationId,
    });
    return this.view(proposal, language);
  }

  /** Her pseudonym code, for the staff of her network (the card holds the organisation's code instead). */
  private async pseudonymOf(profileId: string): Promise<string> {
    const [row]: { code: string }[] = await this.dataSource.query(PSEUDONYM_CODE_SQL, [profileId]);
    return row.code;
  }

  async view(p: Proposal, language: Language): Promise<CounsellorProposalView> {
    const manager = this.dataSource.manager;
    const [target]: TargetRow[] = await manager.query(PROPOSAL_TARGET_SQL, [p.id]);
    const history = await manager.find(ProposalHistoryEntry, { where: { proposalId: p.id }, order: { id: 'ASC' } });
    const followUps = await manager.find(ProposalFollowUp, { where: { proposalId: p.id }, order: { months: 'ASC' } });
    return {
      id: p.id,
      profileId: p.profileId,
      pseudonymCode: await this.pseudonymOf(p.profileId),
      kind: p.kind,
      state: p.state,
      target: targetOf(target),
      counsellorId: p.counsellorId,
      card: await this.projection.card(p.card, language),
      match: { score: p.matchScore, explanation: p.match.explanation as Record<string, unknown>, computedAt: p.match.at },
      coverMessage: this.projection.coverMessage(p),
      reason: p.declineReason,
      interview: interviewOf(p),
      contract: p.contract,
      startDate: p.startDate,
      withdrawnCause: p.withdrawnCause,
      identityDisclosedAt: p.identityDisclosedAt,
      identityDisclosedBy: p.identityDisclosedBy,
      followUps: followUps.map((f) => ({ months: f.months, dueAt: f.dueAt, remindedAt: f.remindedAt, outcome: f.outcome, recordedAt: f.recordedAt })),
      history: history.map((h) => ({ state: h.state, at: h.at, actorRole: h.actorRole, actorId: h.actorId, details: h.details })),
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }
}
