import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES, SWEEP_SEARCH_SCHEDULER } from '@ponte/jobs';
import { Queue } from 'bullmq';

/** Every 10 minutes, the first run at boot: an index job Redis lost is made good soon after. */
export const SEARCH_SWEEP_EVERY_MS = 10 * 60 * 1000;

@Injectable()
export class SearchIndexScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.search) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_SEARCH_SCHEDULER, { every: SEARCH_SWEEP_EVERY_MS }, { name: JOBS.search.sweep, data: {} });
  }
}
