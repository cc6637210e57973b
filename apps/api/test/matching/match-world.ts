import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES, type RecomputeCourseJob, type RecomputeOfferJob, type RecomputeOrganisationJob, type RecomputeProfileJob } from '@ponte/jobs';
import { MatchCache, MatchPrecomputer, type PrecomputeReport } from '@ponte/matching-adapter';
import type { Job, Queue } from 'bullmq';
import request from 'supertest';
import type { SignedIn } from '../fixtures';
import type { TestApp } from '../test-app';

/** The worker's precomputation on the test database, with a cache that re-checks versions every time. */
export function testPrecomputer(t: TestApp, notifyThreshold = 70): MatchPrecomputer {
  return new MatchPrecomputer(t.dataSource, new MatchCache({ checkEveryMs: 0, rebuildEveryMs: 0, taxonomyCheckEveryMs: 0 }), { notifyThreshold });
}

export const matchingQueue = (t: TestApp) => t.app.get<Queue>(getQueueToken(QUEUES.matching));

/**
 * What the worker runs for each job the API queues (runMatchingJob in apps/worker/src/matching),
 * without its version guard (what the API queued here is committed) and with an organisation
 * recomputed in place rather than fanned out into a recomputation.
 */
const RUN: Record<string, (precomputer: MatchPrecomputer, data: never) => Promise<PrecomputeReport>> = {
  [JOBS.matching.recomputeProfile]: (p, job: RecomputeProfileJob) => p.recomputeProfile(job.profileId),
  [JOBS.matching.recomputeOffer]: (p, job: RecomputeOfferJob) => p.recomputeOffer(job.offerId),
  [JOBS.matching.recomputeCourse]: (p, job: RecomputeCourseJob) => p.recomputeCourse(job.courseId),
  [JOBS.matching.recomputeOrganisation]: (p, job: RecomputeOrganisationJob) => p.recomputeOrganisation(job.organisationId),
};

/** Runs what the API queued on QUEUES.matching, oldest first, and removes the jobs. Returns the job names run. */
export async function runMatchingJobs(t: TestApp, precomputer: MatchPrecomputer): Promise<{ names: string[]; reports: PrecomputeReport[] }> {
  const queue = matchingQueue(t);
  const names: string[] = [];
  const reports: PrecomputeReport[] = [];
  for (;;) {
    const jobs: Job[] = (await queue.getJobs(['waiting', 'prioritized', 'delayed'])).sort((a, b) => a.timestamp - b.timestamp);
    if (!jobs.length) break;
    for (const job of jobs) {
      reports.push(await RUN[job.name](precomputer, job.data as never));
      names.push(job.name);
      await job.remove();
    }
  }
  return { names, reports };
}

export function getMatches(t: TestApp, who: SignedIn, profileId: string, query: Record<string, string | number> = {}) {
  return request(t.server).get(`/api/profiles/${profileId}/matches`).query(query).set('Authorization', who.auth);
}

export const ids = (res: request.Response): string[] => res.body.items.map((i: { listing: { id: string } }) => i.listing.id);
