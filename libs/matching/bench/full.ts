// Full recomputation on worker threads: each thread loads the taxonomy, prepares the catalogue,
// waits for "go", then ranks its share of the profiles (top K offers and courses, explained).

import { join } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { prepareCatalogue } from '../src/lib/catalogue';
import { createContext } from '../src/lib/context';
import { matchAll } from '../src/lib/rank';
import { loadEscoTaxonomy, sharedEscoDir } from '../src/node';
import type { Dataset } from './generate';

interface Job {
  shared: string;
  now: string;
  top: number;
  data: Dataset;
}

export interface ThreadResult {
  profiles: number;
  matches: number;
  ms: number;
  /** This thread's JS heap after its run (taxonomy, catalogue, its profiles). */
  heapMb: number;
}

export function work(): void {
  const job = workerData as Job;
  const ctx = createContext(job.now, {
    taxonomy: loadEscoTaxonomy(sharedEscoDir(job.shared)),
  });
  const catalogue = prepareCatalogue(job.data, ctx);
  const port = parentPort;
  if (!port) throw new Error('full.ts must run in a worker thread');
  port.on('message', () => {
    const start = performance.now();
    let matches = 0;
    for (const result of matchAll(job.data.profiles, catalogue, ctx, {
      limit: job.top,
    })) {
      matches += result.offers.length + result.courses.length;
    }
    const done: ThreadResult = {
      profiles: job.data.profiles.length,
      matches,
      ms: performance.now() - start,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    };
    port.postMessage(done);
  });
  port.postMessage('ready');
}

/**
 * Splits the profiles over `threads` workers; returns the wall time from "go" to the last result
 * and the CPU time of the whole process meanwhile (process.cpuUsage counts every thread, so it is
 * read once here, not per thread).
 */
export async function recomputeAll(
  shared: string,
  now: string,
  data: Dataset,
  threads: number,
  top: number,
): Promise<{ wallMs: number; cpuMs: number; threads: ThreadResult[] }> {
  const share = Math.ceil(data.profiles.length / threads);
  const workers = Array.from({ length: threads }, (_, t) => {
    const profiles = data.profiles.slice(t * share, (t + 1) * share);
    const job: Job = { shared, now, top, data: { ...data, profiles } };
    return new Worker(join(__dirname, 'worker.js'), { workerData: job });
  });
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(workers.map(next)); // ready
  const start = performance.now();
  const cpu = process.cpuUsage();
  const finished = workers.map(next);
  workers.forEach((w) => w.postMessage('go'));
  const results = (await Promise.all(finished)) as ThreadResult[];
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await Promise.all(workers.map((w) => w.terminate()));
  return { wallMs, cpuMs: (used.user + used.system) / 1000, threads: results };
}
