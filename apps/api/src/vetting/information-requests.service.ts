import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { OrganisationStatus } from '@ponte/domain';
import { OrganisationInformationRequest, User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { conflict, notFound, validationProblem } from '../common/problem/problem';
import { MailOutbox } from '../mail/mail-outbox.service';
import { portalLink } from '../mail/portal-links';
import { InformationRequestView, toInformationView } from '../organisations/organisation-view';
import { LOCK_ORGANISATION_STATUS_SQL } from './vetting.sql';

/**
 * "Request more information", the third answer of vetting besides vet and reject (issue 21): a
 * coordinator asks a pending organisation a question; its administrators are told by e-mail
 * (a link, nothing else) and answer once in the partner portal; the coordinators read the
 * answer on the organisation's page and in the queue. The organisation stays pending.
 */
@Injectable()
export class InformationRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  async ask(principal: Principal, organisationId: string, text: string): Promise<InformationRequestView> {
    const question = text.trim();
    if (!question) throw validationProblem([{ field: 'question', code: 'isNotEmpty' }]);
    const { request, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const [org]: { status: OrganisationStatus }[] = await manager.query(LOCK_ORGANISATION_STATUS_SQL, [organisationId]);
      if (!org) throw notFound();
      if (org.status !== 'pending') {
        throw conflict('problem.vetting.information-not-pending.detail', { currentState: org.status }, { currentState: org.status });
      }
      const request = await manager.getRepository(OrganisationInformationRequest).save({ organisationId, question, askedBy: principal.userId });
      await this.audit.record(
        { action: 'organisation.information_requested', targetType: 'organisation', targetId: organisationId, organisationId, details: { requestId: request.id } },
        manager,
      );
      const admins = await manager.getRepository(User).find({ where: { organisationId, role: 'partner_admin' } });
      const outboxIds: string[] = [];
      for (const admin of admins.filter((a) => !a.disabledAt)) {
        outboxIds.push(
          await this.outbox.enqueue(manager, {
            to: admin.email,
            template: 'organisation-information-requested',
            language: admin.preferredLanguage,
            params: { link: portalLink(this.config, 'partner_admin', 'organisation') },
          }),
        );
      }
      return { request, outboxIds };
    });
    await this.outbox.dispatch(...outboxIds);
    return toInformationView(request, true);
  }

  /** The organisation's administrator answers a question of its own, once (409 after). */
  async answer(principal: Principal, requestId: string, text: string): Promise<InformationRequestView> {
    const answer = text.trim();
    if (!answer) throw validationProblem([{ field: 'answer', code: 'isNotEmpty' }]);
    if (!principal.organisationId) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(OrganisationInformationRequest);
      const request = await repo.findOne({ where: { id: requestId, organisationId: principal.organisationId as string }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound();
      if (request.answeredAt) throw conflict('problem.vetting.information-answered.detail');
      await repo.update(request.id, { answer, answeredBy: principal.userId, answeredAt: new Date() });
      await this.audit.record(
        {
          action: 'organisation.information_answered',
          targetType: 'organisation',
          targetId: request.organisationId,
          organisationId: request.organisationId,
          details: { requestId: request.id },
        },
        manager,
      );
      return toInformationView(await repo.findOneByOrFail({ id: request.id }), false);
    });
  }
}
