import { JOBS, type RecomputeCourseJob, type RecomputeOfferJob, type RecomputeOrganisationJob, type RecomputeProfileJob } from '@ponte/jobs';
import type { MatchPrecomputer, PrecomputeReport } from '@ponte/matching-adapter';
import type { EntityManager } from 'typeorm';

/**
 * One job of QUEUES.matching, by name. Each recomputes from the current database state (the
 * version in a payload only names the change), so replays and reordering are harmless. A job
 * naming a version the database does not show yet (queued inside a transaction that has not
 * committed) fails, and BullMQ retries it with backoff.
 */
export async function runMatchingJob(precomputer: MatchPrecomputer, manager: EntityManager, name: string, data: unknown): Promise<PrecomputeReport> {
  switch (name) {
    case JOBS.matching.recomputeProfile: {
      const job = data as RecomputeProfileJob;
      await assertVisible(manager, 'profiles', job.profileId, job.version);
      return precomputer.recomputeProfile(job.profileId);
    }
    case JOBS.matching.recomputeOffer: {
      const job = data as RecomputeOfferJob;
      await assertVisible(manager, 'offers', job.offerId, job.version);
      return precomputer.recomputeOffer(job.offerId);
    }
    case JOBS.matching.recomputeCourse: {
      const job = data as RecomputeCourseJob;
      await assertVisible(manager, 'courses', job.courseId, job.version);
      return precomputer.recomputeCourse(job.courseId);
    }
    case JOBS.matching.recomputeOrganisation:
      return precomputer.recomputeOrganisation((data as RecomputeOrganisationJob).organisationId);
    case JOBS.matching.sweep:
      return precomputer.sweep();
    default:
      throw new Error(`unknown matching job "${name}"`);
  }
}

async function assertVisible(manager: EntityManager, table: 'profiles' | 'offers' | 'courses', id: string, version: number): Promise<void> {
  const [row]: { version: number }[] = await manager.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  // A missing row (erased, never committed) is handled by the job itself: it deletes what is stored.
  if (row && row.version < version) throw new Error(`${table} ${id} v${version} not visible yet (database has v${row.version})`);
}
