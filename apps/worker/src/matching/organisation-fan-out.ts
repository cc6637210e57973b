import { InjectFlowProducer } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { JOBS, launchRecomputation, QUEUES, type RecomputeOrganisationJob } from '@ponte/jobs';
import { organisationStatus, planPartitions } from '@ponte/persistence';
import { type PrecomputeReport } from '@ponte/matching-adapter';
import { FlowProducer } from 'bullmq';
import { DataSource } from 'typeorm';
import { MatchingService } from './matching.service';

export interface FannedOut {
  recomputationId: string;
  partitions: number;
  profiles: number;
}

/**
 * JOBS.matching.recomputeOrganisation (a vetting decision). Vetted: each of its open listings must
 * be re-ranked against every profile, which at a region's size is the work of many processes, so
 * it becomes a recomputation (QUEUES.recomputation) whose partitions any worker takes; its id is
 * this job's, so a retry adds nothing. Otherwise its matches go at once, in one statement.
 */
@Injectable()
export class OrganisationFanOut {
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    @InjectFlowProducer(QUEUES.recomputation) private readonly flows: FlowProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(jobId: string, job: RecomputeOrganisationJob): Promise<PrecomputeReport | FannedOut> {
    if ((await organisationStatus(this.dataSource.manager, job.organisationId)) !== 'vetted') return this.matching.run(JOBS.matching.recomputeOrganisation, job);
    const scope = { kind: 'organisation' as const, organisationId: job.organisationId };
    const plan = await launchRecomputation(this.flows, await planPartitions(this.dataSource.manager, this.config.RECOMPUTE_PARTITION_SIZE), { recomputationId: jobId, scope });
    this.logger.log({ job: jobId, organisationId: job.organisationId, ...plan }, 'organisation recomputation fanned out');
    return { recomputationId: jobId, ...plan };
  }
}
