import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';

export const PURGE_SCHEDULER_ID = 'maintenance-purge-hourly';
/** Every hour at :40 (Milan time): keys go within an hour of their 24 h, away from the nightly retention. */
export const PURGE_CRON = '40 * * * *';

/** Registers the repeatable purge; upserting is idempotent, so every worker may do it at boot. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(PURGE_SCHEDULER_ID, { pattern: PURGE_CRON, tz: 'Europe/Rome' }, { name: JOBS.maintenance.purge, data: {} });
  }
}
