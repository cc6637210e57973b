import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@ponte/jobs';
import type { PrecomputeReport } from '@ponte/persistence';
import { Job } from 'bullmq';
import { MatchingService } from './matching.service';

/**
 * Every job of QUEUES.matching (MatchPrecomputer.handle). Each recomputes from the current
 * database state (the version in a payload only names the change), so replays and reordering
 * are harmless.
 */
@Processor(QUEUES.matching)
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  process(job: Job): Promise<PrecomputeReport> {
    return this.matching.run(job.name, job.data);
  }
}
