/**
 * Where requests wait during a paced run (issue 23: writes saturated near 186/s with a 5 s
 * p99): ten times a second, what each PostgreSQL backend of the API and of the worker is doing
 * (pg_stat_activity: running, waiting for a lock, for the WAL, for its client; idle), and, over
 * the run, the CPU of the API, of the worker and of their backends as a share of one core, and
 * the matching queue's backlog. A resource near 100% of a core, or backends all busy with
 * requests piling up behind them, is where the queue forms.
 */
import { QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { cpuMs } from './machine';

export interface WaitFigures {
  /** Mean number of backends in each state, per application (`api` / `worker`), e.g. `api active (CPU)`. */
  backends: Record<string, number>;
  /** CPU over the run as % of one core. */
  apiCpu: number;
  workerCpu: number;
  apiBackendsCpu: number;
  workerBackendsCpu: number;
  /** Matching jobs waiting or running at the end, and the change over the run (a growing backlog is a queue). */
  matchingBacklog: number;
  matchingBacklogGrowth: number;
}

const APPS: Record<string, string> = { 'ponte-api': 'api', 'ponte-worker': 'worker' };

function stateOf(row: { state: string | null; wait_event_type: string | null; wait_event: string | null }): string {
  if (row.state === 'idle') return 'idle';
  const waiting = row.wait_event_type ? `${row.wait_event_type}:${row.wait_event}` : null;
  if (row.state === 'idle in transaction') return waiting === 'Client:ClientRead' || !waiting ? 'in transaction, waiting for its process' : `in transaction, ${waiting}`;
  return waiting ? `waiting ${waiting}` : 'active (CPU)';
}

export class WaitSampler {
  private readonly counts = new Map<string, number>();
  private readonly backendCpu = new Map<number, { app: string; first: number; last: number }>();
  private samples = 0;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private started = 0;
  private cpu0 = { api: 0, worker: 0 };
  private backlog0 = 0;
  private readonly queue: Queue;

  constructor(
    private readonly ds: DataSource,
    private readonly pids: { api: number[]; worker?: number },
    env: Record<string, string>,
  ) {
    this.queue = new Queue(QUEUES.matching, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
  }

  private async backlog(): Promise<number> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'prioritized');
    return c.waiting + c.active + c.prioritized;
  }

  async start(): Promise<void> {
    this.backlog0 = await this.backlog();
    this.cpu0 = { api: this.pids.api.reduce((s, p) => s + cpuMs(p), 0), worker: cpuMs(this.pids.worker) };
    this.started = performance.now();
    this.timer = setInterval(() => void this.sample(), 100);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const rows: { pid: number; app: string; state: string | null; wait_event_type: string | null; wait_event: string | null }[] = await this.ds.query(
        `SELECT pid, application_name AS app, state, wait_event_type, wait_event FROM pg_stat_activity
         WHERE datname = current_database() AND application_name IN ('ponte-api', 'ponte-worker')`,
      );
      this.samples++;
      for (const row of rows) {
        const key = `${APPS[row.app]} ${stateOf(row)}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        const ms = cpuMs(row.pid);
        const known = this.backendCpu.get(row.pid);
        if (known) known.last = ms;
        else this.backendCpu.set(row.pid, { app: APPS[row.app], first: ms, last: ms });
      }
    } catch {
      // A sample lost under load changes only the averages' denominator.
    } finally {
      this.busy = false;
    }
  }

  async stop(): Promise<WaitFigures> {
    if (this.timer) clearInterval(this.timer);
    const seconds = (performance.now() - this.started) / 1000;
    const share = (ms: number) => Math.round(ms / seconds / 10);
    const backendsOf = (app: string) => [...this.backendCpu.values()].filter((b) => b.app === app).reduce((s, b) => s + b.last - b.first, 0);
    const backlog = await this.backlog();
    await this.queue.close();
    return {
      backends: Object.fromEntries([...this.counts].sort().map(([key, n]) => [key, Math.round((n / Math.max(1, this.samples)) * 10) / 10])),
      apiCpu: share(this.pids.api.reduce((s, p) => s + cpuMs(p), 0) - this.cpu0.api),
      workerCpu: share(cpuMs(this.pids.worker) - this.cpu0.worker),
      apiBackendsCpu: share(backendsOf('api')),
      workerBackendsCpu: share(backendsOf('worker')),
      matchingBacklog: backlog,
      matchingBacklogGrowth: backlog - this.backlog0,
    };
  }
}

/** The report's lines: one per paced run. */
export function waitLines(runs: { mix: string; rate: number; throughput: number; p99: number; waits?: WaitFigures }[]): string[] {
  return runs.flatMap((r) => {
    const w = r.waits;
    if (!w) return [];
    const states = Object.entries(w.backends)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
    return [
      `- ${r.mix} @ ${r.rate}/s (${r.throughput}/s, p99 ${r.p99} ms): CPU in % of one core: API ${w.apiCpu}, its backends ${w.apiBackendsCpu}, worker ${w.workerCpu}, its backends ${w.workerBackendsCpu}; matching jobs waiting or running at the end ${w.matchingBacklog} (${w.matchingBacklogGrowth >= 0 ? '+' : ''}${w.matchingBacklogGrowth} over the run); backends on average: ${states || 'none seen'}`,
    ];
  });
}
