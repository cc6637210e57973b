import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { MatchCache, MatchPrecomputer, type PrecomputeReport } from '@ponte/matching-adapter';
import { DataSource } from 'typeorm';
import { runMatchingJob } from './matching-jobs';

/**
 * The worker's matching precomputation: one MatchPrecomputer per process, with its cache of the
 * ESCO taxonomy, the compiled open catalogue and the prepared profiles (refreshed by version).
 * The engine is synchronous: jobs run one at a time in this process.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger('Matching');
  readonly precomputer: MatchPrecomputer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.precomputer = new MatchPrecomputer(dataSource, new MatchCache(), { notifyThreshold: config.MATCH_NOTIFY_THRESHOLD });
  }

  async run(job: string, data: unknown): Promise<PrecomputeReport> {
    const started = Date.now();
    const report = await runMatchingJob(this.precomputer, this.dataSource.manager, job, data);
    // Ids and counts only.
    this.logger.log({ job, ms: Date.now() - started, ...report }, 'matches recomputed');
    return report;
  }
}
