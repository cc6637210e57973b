import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES, SWEEP_PROPOSALS_SCHEDULER } from '@ponte/jobs';
import { Queue } from 'bullmq';

/** Every 10 minutes, the first run at boot: a withdrawal whose job Redis lost is recorded soon after. */
export const PROPOSALS_SWEEP_EVERY_MS = 10 * 60 * 1000;

@Injectable()
export class ProposalsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.proposals) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_PROPOSALS_SCHEDULER, { every: PROPOSALS_SWEEP_EVERY_MS }, { name: JOBS.proposals.sweep, data: {} });
  }
}
