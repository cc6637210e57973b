import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { FollowUpMonths } from '@ponte/domain';
import { followUpJobId, JOBS, QUEUES, type FollowUpReminderJob } from '@ponte/jobs';
import { pendingFollowUps } from '@ponte/persistence';
import { remindFollowUp, type PortalUrls, type ReminderOutcome } from '@ponte/proposals';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { dispatchOutbox } from './outbox-dispatch';

export interface SweepReport {
  reminded: number;
  scheduled: number;
}

/**
 * Reminds counsellors of the 3- and 6-month follow-ups. The delayed job does it on time; the
 * sweep catches what Redis lost: due checkpoints are reminded at once, future ones get their
 * delayed job back. Both go through remindFollowUp, which sends at most once per checkpoint.
 */
@Injectable()
export class FollowUpReminders {
  private readonly logger = new Logger(FollowUpReminders.name);
  private readonly portals: PortalUrls;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectQueue(QUEUES.followUp) private readonly followUps: Queue,
    @InjectQueue(QUEUES.notifications) private readonly notifications: Queue,
  ) {
    this.portals = { partner: config.PARTNER_PORTAL_URL, network: config.NETWORK_PORTAL_URL };
  }

  async remind(proposalId: string, months: FollowUpMonths, now: Date = new Date()): Promise<ReminderOutcome> {
    const outcome = await this.dataSource.transaction((manager) => remindFollowUp(manager, this.portals, proposalId, months, now));
    if (outcome.sent) await dispatchOutbox(this.notifications, this.logger, outcome.outboxIds);
    return outcome;
  }

  async sweep(now: Date = new Date()): Promise<SweepReport> {
    const report: SweepReport = { reminded: 0, scheduled: 0 };
    for (const f of await pendingFollowUps(this.dataSource.manager)) {
      if (f.dueAt.getTime() <= now.getTime()) {
        if ((await this.remind(f.proposalId, f.months, now)).sent) report.reminded++;
        continue;
      }
      const data: FollowUpReminderJob = { proposalId: f.proposalId, months: f.months };
      // Same id as the API's job: a no-op when Redis still has it.
      await this.followUps.add(JOBS.followUp.remind, data, { jobId: followUpJobId(f.proposalId, f.months), delay: f.dueAt.getTime() - now.getTime() });
      report.scheduled++;
    }
    return report;
  }
}
