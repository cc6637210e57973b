import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  JOBS,
  QUEUES,
  recomputeCourseJobId,
  recomputeOfferJobId,
  recomputeProfileJobId,
  type RecomputeCourseJob,
  type RecomputeOfferJob,
  type RecomputeProfileJob,
} from '@ponte/jobs';
import type { MatchKind } from '@ponte/contracts';
import type { VersionedProfile } from '@ponte/persistence';
import { Queue } from 'bullmq';
import type { ListingNow } from './match-visibility';

/**
 * Asks the worker to recompute what a read found outdated. The ids are deterministic per
 * version, so a thousand reads of the same stale list queue one job.
 */
@Injectable()
export class MatchRecompute {
  private readonly logger = new Logger('MatchRecompute');

  constructor(@InjectQueue(QUEUES.matching) private readonly matching: Queue) {}

  /** True when the jobs are queued (or were already). */
  async request(profile: Pick<VersionedProfile, 'id' | 'version'>, stale: { kind: MatchKind; outdated: Pick<ListingNow, 'id' | 'version'>[] }): Promise<boolean> {
    try {
      const job: RecomputeProfileJob = { profileId: profile.id, version: profile.version };
      await this.matching.add(JOBS.matching.recomputeProfile, job, { jobId: recomputeProfileJobId(profile.id, profile.version) });
      for (const { id, version } of stale.outdated) {
        if (stale.kind === 'offer') {
          const data: RecomputeOfferJob = { offerId: id, version };
          await this.matching.add(JOBS.matching.recomputeOffer, data, { jobId: recomputeOfferJobId(id, version) });
        } else {
          const data: RecomputeCourseJob = { courseId: id, version };
          await this.matching.add(JOBS.matching.recomputeCourse, data, { jobId: recomputeCourseJobId(id, version) });
        }
      }
      return true;
    } catch (error) {
      this.logger.warn({ profileId: profile.id, err: (error as Error).message }, 'matching recompute not queued');
      return false;
    }
  }
}
