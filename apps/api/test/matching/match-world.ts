import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@ponte/jobs';
import { MatchCache, MatchPrecomputer, type PrecomputeReport } from '@ponte/persistence';
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
 * Runs what the API queued on QUEUES.matching, oldest first, exactly as the worker's processor
 * does (MatchPrecomputer.handle), and removes the jobs. Returns the job names run.
 */
export async function runMatchingJobs(t: TestApp, precomputer: MatchPrecomputer): Promise<{ names: string[]; reports: PrecomputeReport[] }> {
  const queue = matchingQueue(t);
  const names: string[] = [];
  const reports: PrecomputeReport[] = [];
  for (;;) {
    const jobs: Job[] = (await queue.getJobs(['waiting', 'prioritized', 'delayed'])).sort((a, b) => a.timestamp - b.timestamp);
    if (!jobs.length) break;
    for (const job of jobs) {
      reports.push(await precomputer.handle(job.name, job.data));
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
