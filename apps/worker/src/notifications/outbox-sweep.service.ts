import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { STALE_OUTBOX_SQL } from './outbox.sql';

export const SWEEP_OUTBOX_SCHEDULER = 'sweep-outbox';
export const SWEEP_EVERY_MS = 60_000;
/** A pending row younger than this is left to the API's own dispatch. */
const GRACE_SECONDS = 30;

/**
 * The safety net of the outbox: rows still pending (the API's dispatch was lost: crash after
 * commit, Redis down) or stuck in `sending` past their lease (LEASE_SECONDS; worker crash) get a delivery job
 * again. The job id is the outbox id, so a job Redis still holds is reused, not duplicated.
 */
@Injectable()
export class OutboxSweepService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_OUTBOX_SCHEDULER, { every: SWEEP_EVERY_MS }, { name: JOBS.notifications.sweepOutbox, data: {} });
  }

  /** Returns how many rows were handed (back) to a delivery job. */
  async sweep(graceSeconds = GRACE_SECONDS): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      STALE_OUTBOX_SQL,
      [graceSeconds],
    );
    let requeued = 0;
    for (const { id } of rows) {
      const job = await this.queue.getJob(id);
      if (!job) {
        await this.queue.add(JOBS.notifications.deliverOutbox, { outboxId: id }, { jobId: id });
        requeued++;
        continue;
      }
      const state = await job.getState();
      if (state === 'completed' || state === 'failed') {
        await job.retry(state);
        requeued++;
      }
    }
    return requeued;
  }
}
