import { JOBS } from '@ponte/jobs';
import type { Queue } from 'bullmq';
import type { Logger } from '@nestjs/common';

/**
 * Asks the notifications worker to deliver outbox rows written by a committed transaction, as
 * the API's MailOutbox.dispatch does (same job name and id, so a duplicate is a no-op). A lost
 * dispatch is delivered by the outbox sweep.
 */
export async function dispatchOutbox(queue: Queue, logger: Logger, outboxIds: readonly string[]): Promise<void> {
  for (const outboxId of outboxIds) {
    try {
      await queue.add(JOBS.notifications.deliverOutbox, { outboxId }, { jobId: outboxId });
    } catch (error) {
      logger.warn({ outboxId, err: (error as Error).message }, 'outbox dispatch deferred to the sweep');
    }
  }
}
