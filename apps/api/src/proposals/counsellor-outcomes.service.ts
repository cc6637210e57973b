import { Injectable } from '@nestjs/common';
import { acceptsFollowUp, canRecordDisclosure, followUpIndicator } from '@ponte/domain';
import { Proposal, ProposalFollowUp, recordIndicator, touchProfileActivity } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { ProblemException } from '../common/problem/problem';
import { ConsentsService } from '../consents/consents.service';
import { FollowUpDto, ProposalMoveDto } from './dto/proposal-input.dto';
import { ProposalAccess } from './proposal-access.service';
import { ProposalNotifier } from './proposal-notifier.service';
import { missingConsent, proposalFrozen } from './proposal-problems';
import { ProposalTransitions } from './proposal-transitions.service';

/**
 * The counsellor's side after a proposal: withdrawals and outcomes she records (interviews are
 * agreed through her, so either side may record one), the identity-disclosure step, and the
 * 3- and 6-month follow-ups.
 */
@Injectable()
export class CounsellorOutcomes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProposalAccess,
    private readonly transitions: ProposalTransitions,
    private readonly consents: ConsentsService,
    private readonly notifier: ProposalNotifier,
    private readonly audit: AuditService,
  ) {}

  move(principal: Principal, proposalId: string, dto: ProposalMoveDto): Promise<Proposal> {
    return this.transitions.move(principal, 'counsellor', proposalId, dto);
  }

  /**
   * Records that the woman disclosed her identity to the organisation (offline, with her
   * counsellor): when and by whom, nothing else. Needs her active `disclose_identity` consent for
   * that organisation, and an organisation that showed interest.
   */
  async recordDisclosure(principal: Principal, proposalId: string): Promise<Proposal> {
    const { proposal, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const p = await this.access.forCounsellor(principal, proposalId, manager, true);
      const status = await this.access.organisationStatus(manager, p.organisationId);
      if (status !== 'vetted') throw proposalFrozen(status, p.state);
      if (!canRecordDisclosure(p.kind, p.state)) {
        throw new ProblemException({
          status: 409,
          type: 'illegal-transition',
          detailKey: 'proposal.disclosureNotAllowed',
          params: { from: p.state },
          extensions: { currentState: p.state },
        });
      }
      if (p.identityDisclosedAt) {
        throw new ProblemException({ status: 409, type: 'conflict', detailKey: 'proposal.alreadyDisclosed', extensions: { currentState: p.state } });
      }
      if (!(await this.consents.hasActiveConsent(p.profileId, 'disclose_identity', p.organisationId, manager))) {
        throw missingConsent('disclose_identity', p.organisationId);
      }
      await manager.update(Proposal, { id: p.id }, { identityDisclosedAt: new Date(), identityDisclosedBy: principal.userId, version: p.version + 1 });
      await touchProfileActivity(manager, p.profileId);
      await this.audit.record(
        { action: 'proposal.identity_disclosed', targetType: 'proposal', targetId: p.id, networkId: p.networkId, organisationId: p.organisationId },
        manager,
      );
      const outboxIds = await this.notifier.toPartners(manager, p.organisationId, 'proposal_updated', p.id);
      return { proposal: await manager.findOneByOrFail(Proposal, { id: p.id }), outboxIds };
    });
    await this.notifier.afterCommit({ outboxIds, followUps: [] });
    return proposal;
  }

  /** One answer per checkpoint, final; a 6-month "still in work/training" adds to the anonymous counters. */
  async recordFollowUp(principal: Principal, proposalId: string, dto: FollowUpDto): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const p = await this.access.forCounsellor(principal, proposalId, manager, true);
      if (!acceptsFollowUp(p.kind, p.state)) {
        throw new ProblemException({
          status: 409,
          type: 'illegal-transition',
          detailKey: 'proposal.followUpNotApplicable',
          params: { from: p.state },
          extensions: { currentState: p.state },
        });
      }
      const checkpoint = await manager.findOne(ProposalFollowUp, { where: { proposalId: p.id, months: dto.months }, lock: { mode: 'pessimistic_write' } });
      if (checkpoint?.outcome) {
        throw new ProblemException({
          status: 409,
          type: 'conflict',
          detailKey: 'proposal.followUpRecorded',
          params: { months: dto.months },
          extensions: { months: dto.months, outcome: checkpoint.outcome },
        });
      }
      const recorded = { outcome: dto.outcome, recordedAt: new Date(), recordedBy: principal.userId };
      if (checkpoint) await manager.update(ProposalFollowUp, { proposalId: p.id, months: dto.months }, recorded);
      // A hire recorded before checkpoints existed (or a course without a start date) still takes the answer.
      else await manager.insert(ProposalFollowUp, { proposalId: p.id, months: dto.months, dueAt: new Date(), ...recorded });
      const event = followUpIndicator(p.kind, dto.months, dto.outcome);
      if (event) await recordIndicator(manager, { networkId: p.networkId, event });
      await touchProfileActivity(manager, p.profileId);
      await this.audit.record(
        {
          action: 'proposal.follow_up',
          targetType: 'proposal',
          targetId: p.id,
          networkId: p.networkId,
          organisationId: p.organisationId,
          details: { months: dto.months, outcome: dto.outcome },
        },
        manager,
      );
      return manager.findOneByOrFail(Proposal, { id: p.id });
    });
  }
}
