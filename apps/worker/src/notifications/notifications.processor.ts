import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Job } from 'bullmq';
import { DeliveryOutcome, OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxSweepService } from './outbox-sweep.service';

/**
 * The one consumer of the notifications queue: every job name of QUEUES.notifications is
 * handled here (add a case for a new one), so no job is ever taken by a worker that ignores it.
 */
@Processor(QUEUES.notifications)
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly delivery: OutboxDeliveryService,
    private readonly sweeper: OutboxSweepService,
  ) {
    super();
  }

  async process(job: Job): Promise<{ outcome: DeliveryOutcome } | { requeued: number }> {
    switch (job.name) {
      case JOBS.notifications.deliverOutbox:
        return { outcome: await this.delivery.deliver((job.data as { outboxId: string }).outboxId) };
      case JOBS.notifications.sweepOutbox:
        return { requeued: await this.sweeper.sweep() };
      default:
        throw new Error(`unknown notifications job "${job.name}"`);
    }
  }
}
