import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES, type QueueName } from '@ponte/jobs';
import { Job, Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { TestApp } from '../test-app';

export const queueOf = (t: TestApp, name: QueueName): Queue => t.app.get<Queue>(getQueueToken(name));

/**
 * A job that really failed (moved to the failed set by a worker's lock token, as BullMQ does
 * when a processor throws), without running a processor: fetched by hand from the head of
 * the queue (`lifo`). Defaults to the maintenance queue, which the API never feeds.
 */
export async function failedJob(
  t: TestApp,
  options: { queue?: QueueName; name?: string; data?: Record<string, unknown>; message?: string } = {},
): Promise<Job> {
  const queue = queueOf(t, options.queue ?? QUEUES.maintenance);
  const added = await queue.add(options.name ?? 'probe', options.data ?? { probeId: randomUUID() }, { attempts: 1, lifo: true });
  const worker = new Worker(queue.name, null, { connection: { url: t.env['REDIS_URL'] }, prefix: t.env['QUEUE_PREFIX'], autorun: false });
  try {
    const token = randomUUID();
    const job = await worker.getNextJob(token, { block: false });
    if (!job || job.id !== added.id) throw new Error(`expected job ${added.id} at the head of ${queue.name}, got ${job?.id}`);
    await job.moveToFailed(new Error(options.message ?? 'probe failure'), token, false);
    return job;
  } finally {
    await worker.close();
  }
}
