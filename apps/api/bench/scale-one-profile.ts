/**
 * One profile's matches recomputed against the whole catalogue, as production serves a
 * counsellor's edit: her version bumped, her JOBS.matching.recomputeProfile job queued (the id
 * the API gives it), taken by a BUILT worker of the run just measured, whose catalogue the
 * recomputation compiled (warm). One job at a time. Per job: the engine's wall and CPU time (the
 * job's own report), the job's time in the worker (processedOn to finishedOn), the time from the
 * queue to done, and the CPU the worker processes used meanwhile.
 */
import { JOBS, QUEUES, recomputeProfileJobId } from '@ponte/jobs';
import type { PrecomputeReport } from '@ponte/matching-adapter';
import { Job, Queue, QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';
import { cpuMs } from './machine';

export interface OneProfileFigures {
  samples: number;
  /** Where it ran: the worker processes of the run with this many. */
  workers: number;
  engineP50: number;
  engineP95: number;
  engineCpuP50: number;
  engineCpuP95: number;
  /** In the worker: from taking the job to its end (load her, rank, store 50 + 50 rows in one transaction). */
  jobP50: number;
  jobP95: number;
  /** From queueing the job to its end, as seen by the caller. */
  queuedP50: number;
  queuedP95: number;
  /** CPU of the worker processes per job. */
  cpuP50: number;
  cpuP95: number;
  /** The catalogue's compilation (measured apart, in the bench process), s. */
  compileS: number;
  benchRssMiB: number;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] * 10) / 10;
};

export async function oneProfileInWorkers(
  ds: DataSource,
  connection: { url: string },
  prefix: string,
  workerPids: number[],
  profileIds: readonly string[],
  samples: number,
): Promise<Omit<OneProfileFigures, 'compileS' | 'benchRssMiB'>> {
  const queue = new Queue(QUEUES.matching, { connection, prefix });
  const events = new QueueEvents(QUEUES.matching, { connection, prefix });
  await events.waitUntilReady();
  const figures = { engine: [] as number[], engineCpu: [] as number[], job: [] as number[], queued: [] as number[], cpu: [] as number[] };
  try {
    const step = Math.max(1, Math.floor(profileIds.length / samples));
    for (let i = 0; i < samples; i++) {
      const profileId = profileIds[(i * step) % profileIds.length];
      const [{ version }] = await ds.query('UPDATE profiles SET version = version + 1 WHERE id = $1 RETURNING version', [profileId]);
      const cpu0 = workerPids.reduce((sum, pid) => sum + cpuMs(pid), 0);
      const queuedAt = performance.now();
      const job = await queue.add(JOBS.matching.recomputeProfile, { profileId, version }, { jobId: recomputeProfileJobId(profileId, version) });
      const report = (await job.waitUntilFinished(events, 60_000)) as PrecomputeReport;
      figures.queued.push(performance.now() - queuedAt);
      figures.cpu.push(workerPids.reduce((sum, pid) => sum + cpuMs(pid), 0) - cpu0);
      const done = (await Job.fromId(queue, job.id as string)) as Job;
      figures.job.push((done.finishedOn ?? 0) - (done.processedOn ?? 0));
      figures.engine.push(report.rankMs);
      figures.engineCpu.push(report.rankCpuMs);
    }
  } finally {
    await events.close();
    await queue.close();
  }
  const p = (values: number[]) => [percentile(values, 50), percentile(values, 95)];
  const [engineP50, engineP95] = p(figures.engine);
  const [engineCpuP50, engineCpuP95] = p(figures.engineCpu);
  const [jobP50, jobP95] = p(figures.job);
  const [queuedP50, queuedP95] = p(figures.queued);
  const [cpuP50, cpuP95] = p(figures.cpu);
  return { samples, workers: workerPids.length, engineP50, engineP95, engineCpuP50, engineCpuP95, jobP50, jobP95, queuedP50, queuedP95, cpuP50, cpuP95 };
}
