import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { VETTING_MOVES } from '@ponte/contracts';
import type { OrganisationStatus } from '@ponte/domain';
import { canTransitionOrganisation } from '@ponte/domain';
import { JOBS, QUEUES, recomputeOrganisationJobId, type RecomputeOrganisationJob } from '@ponte/jobs';
import { Organisation, OrganisationVettingDecision, User } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf, PageQuery, pageWindow } from '../common/pagination/page-query.dto';
import { conflict, notFound, validationProblem } from '../common/problem/problem';
import { MailOutbox } from '../mail/mail-outbox.service';
import { ComuneCheck } from '../networks/comune-check.service';
import { portalLink } from '../mail/portal-links';
import { toDecisionView, toSummary, VettingDecisionView } from '../organisations/organisation-view';
import { VettingDecisionDto, VettingQueueItem } from './dto/vetting.dto';
import { vettingChecks } from './vetting-checks';
import { LAST_REQUEST_ANSWERED_SQL, LOCK_ORGANISATION_STATUS_SQL } from './vetting.sql';

/** Each decision names the one state it starts from (`vet` ≠ `reinstate`, though both end in `vetted`). */
@Injectable()
export class VettingService {
  private readonly logger = new Logger(VettingService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly comuni: ComuneCheck,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
  ) {}

  /** Pending organisations, oldest first, with the checks a coordinator starts from. */
  async queue(query: PageQuery): Promise<Page<VettingQueueItem>> {
    const [organisations, total] = await this.dataSource.getRepository(Organisation).findAndCount({ where: { status: 'pending' }, order: { createdAt: 'ASC', id: 'ASC' }, ...pageWindow(query) });
    const ids = organisations.map((o) => o.id);
    const names = await this.comuni.names(organisations.flatMap((o) => (o.seatComune ? [o.seatComune] : [])));
    // The latest question to each: answered or still awaiting its answer.
    const latest = new Map<string, 'awaiting_answer' | 'answered'>(
      (
        await this.dataSource.query(
          LAST_REQUEST_ANSWERED_SQL,
          [ids],
        )
      ).map((r: { id: string; answered: boolean }) => [r.id, r.answered ? 'answered' : 'awaiting_answer']),
    );
    const items = organisations.map((o) => ({
      ...toSummary(o),
      atecoCode: o.atecoCode,
      accreditationNumber: o.accreditationNumber,
      ...vettingChecks(o, o.seatComune ? (names.get(o.seatComune) ?? null) : null),
      information: latest.get(o.id) ?? ('none' as const),
    }));
    return pageOf(items, total, query);
  }

  async history(organisationId: string): Promise<VettingDecisionView[]> {
    if (!(await this.dataSource.getRepository(Organisation).existsBy({ id: organisationId }))) throw notFound();
    const decisions = await this.dataSource.getRepository(OrganisationVettingDecision).find({ where: { organisationId }, order: { decidedAt: 'DESC' } });
    return decisions.map((d) => toDecisionView(d, true));
  }

  /**
   * Applies a decision (409 with `currentState` when the state machine refuses it). Every
   * decision changes what matching may show, so it queues a recompute of the organisation's
   * offers and courses; a suspension withdraws them from matching at once regardless, because
   * every read joins organisations.status = 'vetted' (ARCHITECTURE.md, API conventions, "Organisation status").
   */
  async decide(principal: Principal, organisationId: string, dto: VettingDecisionDto): Promise<VettingDecisionView> {
    const reason = dto.reason.trim();
    if (!reason) throw validationProblem([{ field: 'reason', code: 'reasonRequired' }]);
    const rule = VETTING_MOVES[dto.decision];
    const { decision, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const rows: { status: OrganisationStatus }[] = await manager.query(LOCK_ORGANISATION_STATUS_SQL, [organisationId]);
      const current = rows[0]?.status;
      if (!current) throw notFound();
      if (current !== rule.from || !canTransitionOrganisation(current, rule.to)) {
        throw conflict('problem.vetting.illegal-transition.detail', { decision: dto.decision, currentState: current }, { currentState: current });
      }
      await manager.update(Organisation, organisationId, { status: rule.to });
      const decision = await manager.getRepository(OrganisationVettingDecision).save({
        organisationId,
        decision: dto.decision,
        fromStatus: current,
        toStatus: rule.to,
        reason,
        decidedBy: principal.userId,
      });
      await this.audit.record(
        { action: `organisation.${dto.decision}`, targetType: 'organisation', targetId: organisationId, organisationId, details: { decisionId: decision.id, from: current, to: rule.to } },
        manager,
      );
      return { decision, outboxIds: await this.notifyAdmins(manager, organisationId) };
    });
    await this.outbox.dispatch(...outboxIds);
    await this.recompute(organisationId, rule.to, decision.id);
    return toDecisionView(decision, true);
  }

  private async notifyAdmins(manager: EntityManager, organisationId: string): Promise<string[]> {
    const admins = await manager.getRepository(User).find({ where: { organisationId, role: 'partner_admin' } });
    const ids: string[] = [];
    for (const admin of admins.filter((a) => !a.disabledAt)) {
      ids.push(
        await this.outbox.enqueue(manager, {
          to: admin.email,
          template: 'organisation-status-changed',
          language: admin.preferredLanguage,
          params: { link: portalLink(this.config, 'partner_admin', 'organisation') },
        }),
      );
    }
    return ids;
  }

  /** After the commit. If Redis is down the decision still holds: reads filter on status anyway. */
  private async recompute(organisationId: string, status: OrganisationStatus, decisionId: string): Promise<void> {
    const job: RecomputeOrganisationJob = { organisationId, status };
    try {
      await this.matching.add(JOBS.matching.recomputeOrganisation, job, { jobId: recomputeOrganisationJobId(organisationId, decisionId) });
    } catch (error) {
      this.logger.warn({ organisationId, err: (error as Error).message }, 'recompute-organisation not queued');
    }
  }
}
