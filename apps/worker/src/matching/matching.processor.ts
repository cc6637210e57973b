import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES, type RecomputeOrganisationJob } from '@ponte/jobs';
import type { PrecomputeReport } from '@ponte/matching-adapter';
import { Job } from 'bullmq';
import { MatchingService } from './matching.service';
import { FannedOut, OrganisationFanOut } from './organisation-fan-out';

/**
 * Every job of QUEUES.matching (runMatchingJob). Each recomputes from the current
 * database state (the version in a payload only names the change), so replays and reordering
 * are harmless. An organisation vetted again fans out into a recomputation (OrganisationFanOut).
 */
@Processor(QUEUES.matching)
export class MatchingProcessor extends WorkerHost {
  constructor(
    private readonly matching: MatchingService,
    private readonly organisations: OrganisationFanOut,
  ) {
    super();
  }

  process(job: Job): Promise<PrecomputeReport | FannedOut> {
    if (job.name === JOBS.matching.recomputeOrganisation) return this.organisations.run(String(job.id), job.data as RecomputeOrganisationJob);
    return this.matching.run(job.name, job.data);
  }
}
