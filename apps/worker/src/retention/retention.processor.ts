import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Job } from 'bullmq';
import { RetentionReport, RetentionService } from './retention.service';

/** Runs the retention sweep when its scheduler fires; the report (counts only) is the job's result. */
@Processor(QUEUES.retention)
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(job: Job): Promise<RetentionReport | undefined> {
    if (job.name !== JOBS.retention.sweep) return undefined;
    return this.retention.sweep(new Date());
  }
}
