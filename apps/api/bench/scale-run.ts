/**
 * One full recomputation of matches as production runs it (issue 23): a BullMQ flow of
 * profile-range partitions (launchRecomputation, the coordinator's path), taken by N BUILT
 * worker processes started for it, on a database whose match tables were emptied first (every
 * row is computed and written: the cold case, not the daily refresh that skips identical rows).
 * Samples each worker's resident memory (peak: VmHWM), the CPU of the workers and of their
 * PostgreSQL backends, and how busy the machine was.
 */
import { launchRecomputation, QUEUES, recomputationFlow, recomputationJobId, type PartitionResult, type RecomputationJob } from '@ponte/jobs';
import { planPartitions } from '@ponte/persistence';
import type { RecomputationProgress } from '@ponte/domain';
import { FlowProducer, Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { BuiltApp, startBuiltWorker, until } from '../test/resilience/support/built-apps';
import type { ExitGuard } from './exit-guard';
import { cpuMs, machineJiffies, peakRssMiB } from './machine';
import { oneProfileInWorkers, type OneProfileFigures } from './scale-one-profile';

export interface RunFigures {
  workers: number;
  partitions: number;
  /** Partitions in the whole plan (more than `partitions` when a sample ran). */
  planned?: number;
  /** Profiles in the whole plan. */
  plannedProfiles?: number;
  profiles: number;
  /** From the launch to the parent's completion, s (each worker's catalogue compilation included). */
  wallS: number;
  profilesPerSecond: number;
  /** Peak resident memory of each worker process over the run (VmHWM), MiB. */
  peakRssMiB: number[];
  /** Partitions each worker process completed. */
  partitionsByWorker: number[];
  /** CPU seconds of the worker processes and of their PostgreSQL backends. */
  workerCpuS: number;
  postgresCpuS: number;
  /** Share of the whole machine busy during the run, % (other agents' work included). */
  machineBusy: number;
  rowsStored: number;
  /** Sums over the partitions, s: loading, the engine (rank and explain), storing (overlaps the engine). */
  loadS?: number;
  rankS?: number;
  storeS?: number;
  /** The progress the parent kept last (what the coordinator's jobs page shows). */
  progress: RecomputationProgress | null;
  /** Seconds from the launch to the first partition done (the cold catalogue compilation). */
  firstPartitionS: number | null;
  /** One profile at a time on these workers, warm, after the recomputation (when asked). */
  oneProfile?: Omit<OneProfileFigures, 'compileS' | 'benchRssMiB'>;
}

/**
 * What autovacuum's ANALYZE does on a production server, for a PostgreSQL running without it
 * (this machine's, `autovacuum = off` in conf.d/90-ci.conf): the match tables analysed again
 * once a tenth of their rows (plus 50) changed since the last time, the default thresholds.
 * Without it `matches` kept the statistics of its empty start, and from about 5 million rows the
 * stored-keys lookup ran as a sequential scan of the whole table (the region run of 2026-12-07).
 * Returns the tables analysed.
 */
async function analyseLikeAutovacuum(ds: DataSource): Promise<string[]> {
  const [{ autovacuum }] = await ds.query(`SELECT current_setting('autovacuum') AS autovacuum`);
  if (autovacuum === 'on') return [];
  const due: { relname: string }[] = await ds.query(
    `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
     WHERE s.relname IN ('matches', 'match_states') AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
  );
  for (const { relname } of due) await ds.query(`ANALYZE ${relname}`);
  return due.map((d) => d.relname);
}

/** CPU of this database's worker backends, keeping each backend's last reading (the pool closes idle ones). */
class BackendCpu {
  private readonly ticks = new Map<number, number>();
  /** Readings at the start: what a backend spent before (the boot sweep) is not counted. */
  private readonly before = new Map<number, number>();
  constructor(private readonly ds: DataSource) {}
  async start(): Promise<void> {
    await this.sample();
    for (const [pid, ms] of this.ticks) this.before.set(pid, ms);
  }
  async sample(): Promise<void> {
    const rows: { pid: number }[] = await this.ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ponte-worker'`);
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (ms > 0) this.ticks.set(pid, ms);
    }
  }
  total(): number {
    return [...this.ticks].reduce((sum, [pid, ms]) => sum + ms - (this.before.get(pid) ?? 0), 0);
  }
}

export async function recomputeWith(
  ds: DataSource,
  env: Record<string, string>,
  guard: ExitGuard,
  count: number,
  log: (line: string) => void,
  /** Only this many partitions of the plan, spread over it (a region run too long to repeat whole). */
  sample = 0,
  /** Then one profile at a time on the same workers (scale-one-profile.ts). */
  oneProfile?: { profileIds: readonly string[]; samples: number },
): Promise<RunFigures> {
  const connection = { url: env.REDIS_URL };
  const queue = new Queue(QUEUES.recomputation, { connection, prefix: env.QUEUE_PREFIX });
  const matching = new Queue(QUEUES.matching, { connection, prefix: env.QUEUE_PREFIX });
  const flows = new FlowProducer({ connection, prefix: env.QUEUE_PREFIX });
  const workers: BuiltApp[] = [];
  try {
    // Every profile looks computed while the workers boot, so their boot sweep finds nothing to do
    // (at region size it would spend minutes on 2,000 profiles); the recomputation starts from empty tables.
    await ds.query(`INSERT INTO match_states (profile_id, profile_version, eligible) SELECT id, version, true FROM profiles ON CONFLICT DO NOTHING`);
    workers.push(...(await Promise.all(Array.from({ length: count }, () => startBuiltWorker(env, 120_000)))).map((w) => guard.process(w)));
    // Only the recomputation is measured. The matching sweep cannot be switched off from here: the
    // workers' JobSchedulerKeeper puts a removed scheduler back within 30 s, and an `every` scheduler
    // runs at once when re-created (a region run swept 3 × 2,000 profiles inside its window). So every
    // profile keeps a fresh list state through the run (below), and each sweep finds nothing to do.
    await until('the matching queue to be idle', async () => {
      const c = await matching.getJobCounts('waiting', 'active', 'prioritized');
      return c.waiting + c.active + c.prioritized === 0;
    }, 600_000, 1000);
    // Nor do the other queues' boot sweeps (the search index's syncs 500 listings of the generated
    // catalogue, one by one): the window holds the recomputation alone.
    const others = Object.values(QUEUES).filter((name) => name !== QUEUES.recomputation && name !== QUEUES.matching).map((name) => new Queue(name, { connection, prefix: env.QUEUE_PREFIX }));
    try {
      await until('the other queues to be idle', async () => {
        const counts = await Promise.all(others.map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
        return counts.every((c) => c.waiting + c.active + c.prioritized === 0);
      }, 600_000, 1000);
    } finally {
      await Promise.all(others.map((q) => q.close()));
    }
    // The lists start empty, so every row is computed and written; the states stay (fresh: the
    // sweep skips them) and are rewritten by the partitions as in any recomputation after the first.
    await ds.query('TRUNCATE matches, notifications');
    await ds.query('UPDATE match_states SET computed_at = now()');
    await ds.query('CHECKPOINT');

    const backends = new BackendCpu(ds);
    await backends.start();
    const pids = workers.map((w) => w.child.pid as number);
    const cpu0 = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
    const [busy0, total0] = machineJiffies();
    const peaks = pids.map(() => 0);
    const id = randomUUID();
    const started = Date.now();
    const size = Number(env.RECOMPUTE_PARTITION_SIZE);
    let plan: { partitions: number; profiles: number };
    let [planned, plannedProfiles] = [0, 0];
    if (sample) {
      // Every k-th partition of the plan (never the last, shorter one): the same flow, fewer children.
      const whole = await planPartitions(ds.manager, size);
      const step = Math.max(1, Math.floor((whole.ranges.length - 1) / sample));
      const ranges = whole.ranges.slice(0, -1).filter((_, i) => i % step === 0).slice(0, sample);
      plan = { partitions: ranges.length, profiles: ranges.length * size };
      const job = { recomputationId: id, scope: { kind: 'all' as const }, ...plan, requestedAt: new Date().toISOString() };
      await flows.add(recomputationFlow(job, ranges));
      [planned, plannedProfiles] = [whole.ranges.length, whole.profiles];
      log(`${count} worker(s): ${plan.partitions} of the ${whole.ranges.length} partitions of ${size} (a sample), ${plan.profiles} of ${whole.profiles} profiles`);
    } else {
      plan = await launchRecomputation(flows, await planPartitions(ds.manager, size), { recomputationId: id, scope: { kind: 'all' } });
      [planned, plannedProfiles] = [plan.partitions, plan.profiles];
      log(`${count} worker(s): ${plan.partitions} partitions of ${size}, ${plan.profiles} profiles`);
    }
    const analysed: string[] = [];
    let firstPartitionS: number | null = null;
    let lastLine = 0;
    let parent: Job<RecomputationJob> | undefined;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i], peakRssMiB(pid) ?? 0)));
      await backends.sample();
      analysed.push(...(await analyseLikeAutovacuum(ds)));
      parent = (await queue.getJob(recomputationJobId(id))) as Job<RecomputationJob> | undefined;
      const progress = parent?.progress as RecomputationProgress | undefined;
      if (firstPartitionS === null && progress?.partitions?.done) firstPartitionS = (Date.now() - started) / 1000;
      if (Date.now() - lastLine > 30_000 && progress?.partitions) {
        lastLine = Date.now();
        log(`  ${progress.partitions.done}/${progress.partitions.total} partitions, ${progress.profilesPerSecond ?? '-'} profiles/s, ETA ${progress.etaSeconds ?? '-'} s, RSS ${peaks.map(Math.round).join(', ')} MiB`);
      }
      if (parent?.finishedOn) break;
      for (const w of workers) if (w.child.exitCode !== null) throw new Error(`a worker exited (${w.child.exitCode}):\n${w.tail()}`);
    }
    if (analysed.length) log(`  ANALYZE run ${analysed.length} times as autovacuum would (${[...new Set(analysed)].join(', ')})`);
    const wallS = (parent.finishedOn - started) / 1000;
    if ((await parent.getState()) !== 'completed') throw new Error(`the recomputation ended ${await parent.getState()}: ${parent.failedReason}`);
    const results = Object.values(await parent.getChildrenValues<PartitionResult>());
    const names = pids.map((pid) => `${hostname()}:${pid}`);
    const [busy1, total1] = machineJiffies();
    const [{ rows }] = await ds.query(`SELECT count(*)::int AS rows FROM matches`);
    const profiles = results.reduce((sum, r) => sum + r.profiles, 0);
    const workerCpuS = (pids.reduce((sum, pid) => sum + cpuMs(pid), 0) - cpu0) / 1000;
    const postgresCpuS = backends.total() / 1000;
    const single = oneProfile && (await oneProfileInWorkers(ds, connection, env.QUEUE_PREFIX, pids, oneProfile.profileIds, oneProfile.samples));
    if (single) log(`  one profile on these workers: engine p95 ${single.engineP95} ms (${single.engineCpuP95} ms CPU), job p95 ${single.jobP95} ms`);
    return {
      workers: count,
      partitions: plan.partitions,
      planned,
      plannedProfiles,
      profiles,
      wallS,
      profilesPerSecond: profiles / wallS,
      peakRssMiB: peaks.map(Math.round),
      partitionsByWorker: names.map((name) => results.filter((r) => r.worker === name).length),
      workerCpuS,
      postgresCpuS,
      machineBusy: Math.round(((busy1 - busy0) / Math.max(1, total1 - total0)) * 100),
      rowsStored: rows,
      loadS: results.reduce((sum, r) => sum + (r.loadMs ?? 0), 0) / 1000,
      rankS: results.reduce((sum, r) => sum + (r.rankMs ?? 0), 0) / 1000,
      storeS: results.reduce((sum, r) => sum + (r.storeMs ?? 0), 0) / 1000,
      progress: (parent.progress as RecomputationProgress) ?? null,
      firstPartitionS,
      ...(single ? { oneProfile: single } : {}),
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await flows.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await matching.close();
  }
}
