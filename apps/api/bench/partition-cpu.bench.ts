/**
 * Where a recomputation partition's CPU goes per profile (issue 23), in this process: the
 * engine, the rest of the worker's path (loading, packing, serialising, the driver), and the
 * PostgreSQL backends that store the rows. The catalogue is compiled first and counted apart
 * (a region's partitions share one compilation per worker). Three passes over every profile:
 * cold (empty match tables, as the scale bench's recomputation), unchanged (the same versions:
 * identical rows are skipped) and changed (every profile's version bumped: every row replaced).
 *
 * `node apps/api/bench/run.js partition-cpu.bench.ts [--profiles 2000] [--offers 16000]
 * [--courses 4000] [--batch 200] [--database URL --keep] [--statements]` (`--keep` leaves the generated database for the
 * next run, `--database` reuses it); `--cpu-prof` is node's, on the command line.
 */
import { createDataSource, createTestDatabase, EVERY_PROFILE } from '@ponte/persistence';
import { MatchCache, MatchPrecomputer, type PrecomputeReport } from '@ponte/matching-adapter';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { referenceFileSources, sharedDataOptions } from '../src/reference/import/esco-directory';
import { ReferenceImportService } from '../src/reference/import/reference-import.service';
import { WORKSPACE } from '../test/resilience/support/built-apps';
import { cpuMs } from './machine';
import { insertDataset, type Dataset } from './precompute-data';

const SHARED = process.env['PONTE_SHARED_DATA'] ?? join(WORKSPACE, '../shared/data');
const APPLICATION = 'ponte-bench-partition';

interface DataGenerator {
  readSample(shared: string): unknown;
  generate(sample: unknown, sizes: { profiles: number; offers: number; courses: number }, seed?: number): Dataset;
}

function options(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    profiles: Number(value('profiles') ?? 2000),
    offers: Number(value('offers') ?? 16_000),
    courses: Number(value('courses') ?? 4000),
    database: value('database'),
    keep: argv.includes('--keep'),
    statements: argv.includes('--statements'),
    batch: Number(value('batch') ?? 200),
  };
}

/** CPU ms of this benchmark's backends, keeping each one's last reading (the pool may close one). */
class BackendCpu {
  private readonly ticks = new Map<number, number>();
  constructor(private readonly ds: DataSource) {}
  async sample(): Promise<void> {
    const rows: { pid: number }[] = await this.ds.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [APPLICATION]);
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (ms > 0) this.ticks.set(pid, ms);
    }
  }
  total(): number {
    return [...this.ticks.values()].reduce((a, b) => a + b, 0);
  }
}

/** `--statements`: each statement's backend CPU, summed by its first words (the precomputer's own queries). */
const byStatement = new Map<string, { calls: number; cpuMs: number }>();
function countStatements(): void {
  const query = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, sql: string, ...rest: unknown[]) {
    const connection = (await this.connect()) as { processID: number };
    const before = cpuMs(connection.processID);
    try {
      return await (query as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest);
    } finally {
      const name = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
      const entry = byStatement.get(name) ?? { calls: 0, cpuMs: 0 };
      entry.calls += 1;
      entry.cpuMs += cpuMs(connection.processID) - before;
      byStatement.set(name, entry);
    }
  } as typeof query;
}

const processCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function pass(label: string, ds: DataSource, precomputer: MatchPrecomputer, snapshot: Awaited<ReturnType<MatchCache['catalogue']>>, profiles: number, batchSize: number): Promise<void> {
  const backends = new BackendCpu(ds);
  await backends.sample();
  const pg0 = backends.total();
  const timer = setInterval(() => void backends.sample(), 200);
  const cpu0 = processCpu();
  const load = loadavg()[0];
  let report: PrecomputeReport;
  try {
    report = await precomputer.recomputeRange(EVERY_PROFILE, { snapshot, batchSize });
  } finally {
    clearInterval(timer);
  }
  await backends.sample();
  const worker = processCpu() - cpu0;
  const pg = backends.total() - pg0;
  const per = (ms: number) => (ms / profiles).toFixed(2);
  console.log(
    `[partition-cpu] ${label}: per profile ${per(worker)} ms worker (engine ${per(report.rankCpuMs)}, rest ${per(worker - report.rankCpuMs)}), ${per(pg)} ms PostgreSQL; ` +
      `stored ${report.stored}, deleted ${report.deleted}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; load ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
  );
  for (const [name, { calls, cpuMs }] of [...byStatement].sort((a, b) => b[1].cpuMs - a[1].cpuMs)) {
    if (cpuMs > 0) console.log(`[partition-cpu]   ${per(cpuMs).padStart(6)} ms ×${calls} ${name}`);
  }
  byStatement.clear();
}

export async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  let url = opts.database;
  let drop: (() => Promise<void>) | null = null;
  if (!url) {
    const database = await createTestDatabase();
    url = database.url;
    drop = database.drop;
  }
  const ds = createDataSource({ url, applicationName: APPLICATION, poolSize: 3, statementTimeoutMs: 0 });
  await ds.initialize();
  try {
    if (!opts.database) {
      const { generate, readSample } = (await import(join(WORKSPACE, 'libs', 'matching', 'bench', 'generate'))) as DataGenerator;
      const shared = sharedDataOptions(SHARED);
      if (!shared) throw new Error(`Shared data not found in ${SHARED} (set PONTE_SHARED_DATA)`);
      await new ReferenceImportService(ds).import(referenceFileSources(shared));
      await insertDataset(ds, generate(readSample(SHARED), opts));
      await ds.query('VACUUM ANALYZE');
      console.log(`[partition-cpu] database ${url}`);
    }
    const [{ profiles }] = await ds.query(`SELECT count(*)::int AS profiles FROM profiles`);
    if (opts.statements) countStatements();
    const cache = new MatchCache();
    const precomputer = new MatchPrecomputer(ds, cache, { offerLimit: 50, courseLimit: 50, notifyThreshold: 100 });
    const backends = new BackendCpu(ds);
    await backends.sample();
    const [cpu0, pg0] = [processCpu(), backends.total()];
    const snapshot = await cache.catalogue(ds.manager, { force: true });
    await backends.sample();
    console.log(`[partition-cpu] catalogue (once per worker): ${(processCpu() - cpu0).toFixed(0)} ms worker, ${backends.total() - pg0} ms PostgreSQL`);
    byStatement.clear();
    await ds.query('TRUNCATE matches, match_states, match_notices, notifications');
    await ds.query('CHECKPOINT');
    await pass('cold', ds, precomputer, snapshot, profiles, opts.batch);
    await pass('unchanged', ds, precomputer, snapshot, profiles, opts.batch);
    await ds.query('UPDATE profiles SET version = version + 1');
    await pass('changed', ds, precomputer, snapshot, profiles, opts.batch);
  } finally {
    await ds.destroy();
    if (drop && !opts.keep) await drop();
  }
}
