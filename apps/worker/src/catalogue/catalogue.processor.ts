import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CloseAtDeadlineJob, JOBS, QUEUES } from '@ponte/jobs';
import { Job } from 'bullmq';
import { DeadlineCloser } from './deadline-closer.service';

/** Closes offers and courses at their deadline: one delayed job each, plus the repeatable sweep. */
@Processor(QUEUES.catalogue)
export class CatalogueProcessor extends WorkerHost {
  constructor(private readonly closer: DeadlineCloser) {
    super();
  }

  async process(job: Job): Promise<{ closed: number } | undefined> {
    switch (job.name) {
      case JOBS.catalogue.closeAtDeadline: {
        const { kind, id } = job.data as CloseAtDeadlineJob;
        return { closed: (await this.closer.closeOne(kind, id)).length };
      }
      case JOBS.catalogue.sweepDeadlines:
        return { closed: (await this.closer.sweep()).length };
      default:
        return undefined;
    }
  }
}
