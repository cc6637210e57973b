import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';

export const RETENTION_SCHEDULER_ID = 'retention-daily';
/** Every night at 03:15, Milan time: outside office hours, after backups. */
export const RETENTION_CRON = '15 3 * * *';

/** Registers the repeatable sweep; upserting is idempotent, so every worker may do it at boot. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.retention) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { pattern: RETENTION_CRON, tz: 'Europe/Rome' },
      { name: JOBS.retention.sweep, data: {} },
    );
  }
}
