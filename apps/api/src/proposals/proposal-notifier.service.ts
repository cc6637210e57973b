import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { followUpJobId, JOBS, QUEUES, type FollowUpReminderJob } from '@ponte/jobs';
import type { NotificationKind } from '@ponte/contracts';
import { type DueFollowUp } from '@ponte/persistence';
import { notifyProposal, partnerUsersOf, type PortalUrls } from '@ponte/proposals';
import { Queue } from 'bullmq';
import { EntityManager } from 'typeorm';
import { MailOutbox } from '../mail/mail-outbox.service';

/** What a committed change still has to announce: outbox mails to dispatch, reminders to schedule. */
export interface AfterCommit {
  outboxIds: string[];
  followUps: DueFollowUp[];
}

export const nothingAfterCommit = (): AfterCommit => ({ outboxIds: [], followUps: [] });

/**
 * Who hears about a proposal, in the change's transaction (in-app rows and outbox mails, no
 * personal data), then after the commit: mail dispatch through the outbox helper and the
 * delayed follow-up reminders. A lost dispatch or job is recovered by the workers' sweeps.
 */
@Injectable()
export class ProposalNotifier {
  private readonly logger = new Logger(ProposalNotifier.name);
  private readonly portals: PortalUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly mail: MailOutbox,
    @InjectQueue(QUEUES.followUp) private readonly followUpQueue: Queue,
  ) {
    this.portals = { partner: config.PARTNER_PORTAL_URL, network: config.NETWORK_PORTAL_URL };
  }

  async toPartners(manager: EntityManager, organisationId: string, kind: NotificationKind, proposalId: string): Promise<string[]> {
    return notifyProposal(manager, this.portals, { kind, proposalId, recipientIds: await partnerUsersOf(manager, organisationId) });
  }

  toCounsellor(manager: EntityManager, counsellorId: string, kind: NotificationKind, proposalId: string): Promise<string[]> {
    return notifyProposal(manager, this.portals, { kind, proposalId, recipientIds: [counsellorId] });
  }

  async afterCommit({ outboxIds, followUps }: AfterCommit): Promise<void> {
    await this.mail.dispatch(...outboxIds);
    for (const f of followUps) {
      const data: FollowUpReminderJob = { proposalId: f.proposalId, months: f.months };
      try {
        await this.followUpQueue.add(JOBS.followUp.remind, data, {
          jobId: followUpJobId(f.proposalId, f.months),
          delay: Math.max(0, f.dueAt.getTime() - Date.now()),
        });
      } catch (error) {
        this.logger.warn({ proposalId: f.proposalId, months: f.months, err: (error as Error).message }, 'follow-up reminder deferred to the sweep');
      }
    }
  }
}
