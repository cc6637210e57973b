import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES, SWEEP_DEADLINES_SCHEDULER } from '@ponte/jobs';
import { Queue } from 'bullmq';

/** Every 10 minutes (the first run right at boot): a deadline missed while Redis was down closes soon after. */
export const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Registers the repeatable deadline sweep; upserting is idempotent across workers. */
@Injectable()
export class CatalogueScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.catalogue) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_DEADLINES_SCHEDULER,
      { every: SWEEP_EVERY_MS },
      { name: JOBS.catalogue.sweepDeadlines, data: {} },
    );
  }
}
