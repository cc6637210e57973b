import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES, SWEEP_FOLLOW_UPS_SCHEDULER } from '@ponte/jobs';
import { Queue } from 'bullmq';

/** Hourly, the first run at boot (BullMQ runs `every` schedulers at once): a reminder lost with Redis goes out within the hour. */
export const FOLLOW_UP_SWEEP_EVERY_MS = 60 * 60 * 1000;

@Injectable()
export class FollowUpScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.followUp) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_FOLLOW_UPS_SCHEDULER,
      { every: FOLLOW_UP_SWEEP_EVERY_MS },
      { name: JOBS.followUp.sweep, data: {} },
    );
  }
}
