import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { Job } from 'bullmq';
import { MaintenanceService, PurgeReport } from './maintenance.service';

/** Runs the purge when its scheduler fires; the report (counts only) is the job's result. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly maintenance: MaintenanceService) {
    super();
  }

  async process(job: Job): Promise<PurgeReport | undefined> {
    if (job.name !== JOBS.maintenance.purge) return undefined;
    return this.maintenance.purge(new Date());
  }
}
