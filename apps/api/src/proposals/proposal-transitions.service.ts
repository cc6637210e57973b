import { Injectable } from '@nestjs/common';
import {
  canMoveProposalInto,
  canTransitionProposal,
  indicatorEventsOfMove,
  interviewOutcomeProblems,
  startsFollowUp,
  type ProposalState,
} from '@ponte/domain';
import {
  appendProposalHistory,
  Proposal,
  recordIndicator,
  scheduleFollowUps,
  touchProfileActivity,
  withdrawProposals,
  type ProposalActorRole,
} from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { validationProblem } from '../common/problem/problem';
import { CourseSeatsService } from '../courses/course-seats.service';
import { OfferSeatsService } from '../offers/offer-seats.service';
import { ProposalMoveDto } from './dto/proposal-input.dto';
import { moveFieldProblems } from './move-fields';
import { ProposalAccess } from './proposal-access.service';
import { AfterCommit, nothingAfterCommit, ProposalNotifier } from './proposal-notifier.service';
import { illegalTransition, proposalFrozen, roleCannotMove } from './proposal-problems';
import { COURSE_START_SQL } from './proposal-transitions.sql';

export type Side = 'partner' | 'counsellor';

/** First working day of a date, for the follow-up clock (09:00 in Milan is 07:00 or 08:00 UTC). */
const startOf = (date: string): Date => new Date(`${date}T08:00:00Z`);

/**
 * Every move of the proposal state machine after creation, for both sides. Checks, in order:
 * the role may move into the state (403), the body fits the state (422), the proposal is in
 * the caller's scope (404), the organisation is not suspended (409, except withdrawals, which
 * only take away), and the move is legal from the current state (409 with `currentState`).
 * Then, in one transaction: the state and its details, the history step, the audit entry, the
 * anonymous counters, the seat (hire, enrolment), the follow-up checkpoints and the other
 * side's notification.
 */
@Injectable()
export class ProposalTransitions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProposalAccess,
    private readonly audit: AuditService,
    private readonly offerSeats: OfferSeatsService,
    private readonly courseSeats: CourseSeatsService,
    private readonly notifier: ProposalNotifier,
  ) {}

  async move(principal: Principal, side: Side, proposalId: string, dto: ProposalMoveDto): Promise<Proposal> {
    if (dto.to === 'proposed' || !canMoveProposalInto(principal.role, dto.to)) throw roleCannotMove(dto.to);
    const problems = moveFieldProblems(dto);
    if (problems.length) throw validationProblem(problems);
    const { proposal, after } = await this.dataSource.transaction(async (manager) => {
      const current =
        side === 'partner'
          ? await this.access.forPartner(principal, proposalId, manager, true)
          : await this.access.forCounsellor(principal, proposalId, manager, true);
      await this.assertMovable(manager, current, dto.to);
      const datesWrong = interviewOutcomeProblems(current.interviewAt, dto);
      if (datesWrong.length) throw validationProblem(datesWrong);
      const after = dto.to === 'withdrawn' ? await this.withdraw(manager, principal, current) : await this.apply(manager, principal, side, current, dto);
      return { proposal: await manager.findOneByOrFail(Proposal, { id: proposalId }), after };
    });
    await this.notifier.afterCommit(after);
    return proposal;
  }

  /** Frozen organisation, then legality. Shared with the partner's first read (proposed → viewed). */
  async assertMovable(manager: EntityManager, proposal: Proposal, to: ProposalState): Promise<void> {
    if (to !== 'withdrawn') {
      const status = await this.access.organisationStatus(manager, proposal.organisationId);
      if (status !== 'vetted') throw proposalFrozen(status, proposal.state);
    }
    if (!canTransitionProposal(proposal.kind, proposal.state, to)) throw illegalTransition(proposal.state, to);
  }

  private async apply(manager: EntityManager, principal: Principal, side: Side, p: Proposal, dto: ProposalMoveDto): Promise<AfterCommit> {
    const from = p.state;
    const changes: Partial<Omit<Proposal, 'card' | 'match'>> = { state: dto.to, version: p.version + 1 };
    if (dto.reason) changes.declineReason = dto.reason;
    if (dto.interview) {
      changes.interviewAt = new Date(dto.interview.at);
      changes.interviewPlace = dto.interview.place?.trim() || null;
      changes.interviewLink = dto.interview.videoLink ?? null;
    }
    if (dto.contract) changes.contract = dto.contract;
    if (dto.to === 'viewed') changes.viewedAt = new Date();
    let startDate = dto.startDate ?? null;
    if (dto.to === 'enrolled' && !startDate) {
      const [course] = await manager.query(COURSE_START_SQL, [p.courseId]);
      startDate = course.startDate;
    }
    if (startDate) changes.startDate = startDate;
    if (['hired', 'not_hired', 'enrolled', 'completed', 'dropped_out', 'declined'].includes(dto.to)) changes.outcomeAt = new Date();
    await manager.update(Proposal, { id: p.id }, changes);

    const details = { from, ...(dto.reason ? { reason: dto.reason } : {}), ...(dto.contract ? { contract: dto.contract } : {}) };
    await appendProposalHistory(manager, p.id, dto.to, { role: principal.role as ProposalActorRole, userId: principal.userId }, details);
    for (const event of indicatorEventsOfMove(dto.to, dto.contract)) await recordIndicator(manager, { networkId: p.networkId, event });
    if (dto.to === 'hired') await this.offerSeats.recordHire(p.offerId as string, manager);
    if (dto.to === 'enrolled') await this.courseSeats.recordEnrolment(p.courseId as string, manager);
    const followUps = startsFollowUp(p.kind, dto.to) && startDate ? await scheduleFollowUps(manager, p.id, later(startOf(startDate), new Date())) : [];
    await touchProfileActivity(manager, p.profileId);
    await this.audit.record(
      { action: `proposal.${dto.to}`, targetType: 'proposal', targetId: p.id, networkId: p.networkId, organisationId: p.organisationId, details },
      manager,
    );
    const outboxIds =
      side === 'partner'
        ? dto.to === 'viewed'
          ? []
          : await this.notifier.toCounsellor(manager, p.counsellorId, 'proposal_answered', p.id)
        : await this.notifier.toPartners(manager, p.organisationId, 'proposal_updated', p.id);
    return { outboxIds, followUps };
  }

  private async withdraw(manager: EntityManager, principal: Principal, p: Proposal): Promise<AfterCommit> {
    const [withdrawn] = await withdrawProposals(manager, [p.id], 'counsellor', { role: 'counsellor', userId: principal.userId });
    if (!withdrawn) return nothingAfterCommit();
    await this.audit.record(
      {
        action: 'proposal.withdrawn',
        targetType: 'proposal',
        targetId: p.id,
        networkId: p.networkId,
        organisationId: p.organisationId,
        details: { from: withdrawn.fromState, cause: 'counsellor' },
      },
      manager,
    );
    return { outboxIds: await this.notifier.toPartners(manager, p.organisationId, 'proposal_withdrawn', p.id), followUps: [] };
  }
}

const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
