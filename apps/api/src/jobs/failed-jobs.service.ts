import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { QueueName } from '@ponte/jobs';
import { Job, Queue } from 'bullmq';
import { AuditService } from '../audit/audit.service';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { conflict, notFound, validationProblem } from '../common/problem/problem';
import { FailedJobsQuery, QUEUE_NAMES } from './dto/failed-jobs-query.dto';
import { failedJobView, FailedJobView } from './failed-job.view';

/** Across every queue the newest failures are merged in memory: a page may reach this deep. */
export const MAX_MERGED_DEPTH = 2000;
const JOB_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/**
 * The failed set of every queue (jobs that used up their retries), for coordinators: list,
 * retry (with a fresh retry budget) or discard. Retries and discards are audited.
 */
@Injectable()
export class FailedJobsService {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
  ) {}

  async list(query: FailedJobsQuery): Promise<Page<FailedJobView>> {
    const { skip, take } = pageWindow(query);
    if (query.queue) {
      const queue = this.queue(query.queue);
      const [total, jobs] = await Promise.all([queue.getFailedCount(), take ? queue.getFailed(skip, skip + take - 1) : []]);
      return pageOf(jobs.map((job) => failedJobView(queue.name, job as Job)), total, query);
    }
    if (skip + take > MAX_MERGED_DEPTH) {
      throw validationProblem([{ field: 'page', code: 'pageTooDeep', params: { max: MAX_MERGED_DEPTH } }]);
    }
    const perQueue = await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const queue = this.queue(name);
        const [count, jobs] = await Promise.all([queue.getFailedCount(), queue.getFailed(0, skip + take - 1)]);
        return { count, views: jobs.map((job) => failedJobView(name, job as Job)) };
      }),
    );
    const merged = perQueue
      .flatMap((q) => q.views)
      .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '') || a.queue.localeCompare(b.queue) || a.id.localeCompare(b.id));
    return pageOf(merged.slice(skip, skip + take), perQueue.reduce((sum, q) => sum + q.count, 0), query);
  }

  async retry(queueName: string, jobId: string): Promise<void> {
    const { queue, job } = await this.failedJob(queueName, jobId);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    await this.record('jobs.retry', queue, job);
  }

  async discard(queueName: string, jobId: string): Promise<void> {
    const { queue, job } = await this.failedJob(queueName, jobId);
    await job.remove();
    await this.record('jobs.discard', queue, job);
  }

  /** An unknown queue or job answers 404; a job that is not (or no longer) failed, 409. */
  private async failedJob(queueName: string, jobId: string): Promise<{ queue: Queue; job: Job }> {
    if (!(QUEUE_NAMES as string[]).includes(queueName) || !JOB_ID.test(jobId)) throw notFound();
    const queue = this.queue(queueName as QueueName);
    const job = (await queue.getJob(jobId)) as Job | undefined;
    if (!job) throw notFound();
    const state = await job.getState();
    if (state !== 'failed') throw conflict('jobs.not-failed', { state }, { currentState: state });
    return { queue, job };
  }

  private record(action: string, queue: Queue, job: Job): Promise<void> {
    return this.audit.record({ action, targetType: 'job', targetId: `${queue.name}/${job.id}`, details: { queue: queue.name, jobId: job.id, name: job.name } });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
