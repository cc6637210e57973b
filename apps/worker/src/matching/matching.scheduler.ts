import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES, SWEEP_MATCHES_SCHEDULER } from '@ponte/jobs';
import { Queue } from 'bullmq';

/** Every 10 minutes: profiles whose jobs were lost (Redis down after a commit) are recomputed. */
export const MATCH_SWEEP_EVERY_MS = 10 * 60 * 1000;

@Injectable()
export class MatchingScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.matching) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_MATCHES_SCHEDULER, { every: MATCH_SWEEP_EVERY_MS }, { name: JOBS.matching.sweep, data: {} });
  }
}
