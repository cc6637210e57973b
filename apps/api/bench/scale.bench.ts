/**
 * Scale-out benchmark (issue 23): a full recomputation of matches through the database path,
 * fanned out over BullMQ partitions and taken by one, then two, BUILT worker processes
 * (scale-run.ts), on generated data of the realistic shape (libs/matching/bench/generate.ts,
 * written by precompute-data.ts). Per run: wall time, profiles/s, peak RSS per worker, CPU of
 * the workers and their PostgreSQL backends; then the size of the match tables and one profile's
 * latency against the whole catalogue, served by the last run's workers (warm: the engine alone,
 * and the whole job: load, rank, store; scale-one-profile.ts). Each size's figures are kept in
 * reports/bench/scale-<size>.json, so a region run reports the growth exponents against the last
 * metro run. Writes reports/bench/scale.md.
 *
 * `node apps/api/bench/run.js scale.bench.ts --scale metro|region|both` (metro: 10,000 profiles ×
 * 20,000 offers and courses, the default; region: 100,000 × 200,000); `--workers 1,2`,
 * `--partition 1000` (RECOMPUTE_PARTITION_SIZE), `--samples 100` (one-profile latency),
 * `--profiles N --offers N --courses N` (a custom size), `--sample-partitions K` (only K partitions
 * spread over the plan: the region's data and catalogue whole, the recomputation's full time
 * projected from the sample and labelled so; `K1,K2` gives each worker count of `--workers` its
 * own, 0 for the whole plan). Not part of CI: a region run takes hours on two cores.
 * `PONTE_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"` profiles the workers; partition-cpu.bench.ts
 * splits one process's CPU per profile (engine, rest of the worker, PostgreSQL) without them.
 */
import { testEnvironment } from '@ponte/config';
import { createDataSource, createTestDatabase } from '@ponte/persistence';
import { MatchCache } from '@ponte/matching-adapter';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { referenceFileSources, sharedDataOptions } from '../src/reference/import/esco-directory';
import { ReferenceImportService } from '../src/reference/import/reference-import.service';
import { WORKSPACE } from '../test/resilience/support/built-apps';
import { ExitGuard } from './exit-guard';
import { machineReference } from './machine';
import { YOUNG_GENERATION } from './load.bench';
import { insertDataset, type Dataset } from './precompute-data';
import type { Size, SizeFigures } from './scale-figures';
import { recomputeWith, type RunFigures } from './scale-run';
import { writeScaleReport } from './scale-report';

const SHARED = process.env['PONTE_SHARED_DATA'] ?? join(WORKSPACE, '../shared/data');
const REPORTS = join(WORKSPACE, 'reports', 'bench');

/** The metro area's catalogue keeps the matching bench's 4:1 offers to courses. */
const SIZES: Record<string, Size> = {
  metro: { label: 'metro', profiles: 10_000, offers: 16_000, courses: 4_000 },
  region: { label: 'region', profiles: 100_000, offers: 160_000, courses: 40_000 },
};

function options(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = value('scale') ?? 'metro';
  if (!['metro', 'region', 'both'].includes(scale)) throw new Error(`--scale must be metro, region or both, not "${scale}"`);
  let sizes = scale === 'both' ? [SIZES.metro, SIZES.region] : [SIZES[scale]];
  if (value('profiles') || value('offers') || value('courses')) {
    sizes = [{ label: 'custom', profiles: Number(value('profiles') ?? 10_000), offers: Number(value('offers') ?? 16_000), courses: Number(value('courses') ?? 4_000) }];
  }
  const workers = (value('workers') ?? '1,2').split(',').map(Number);
  const samplePartitions = (value('sample-partitions') ?? '0').split(',').map(Number);
  if (samplePartitions.length !== 1 && samplePartitions.length !== workers.length) {
    throw new Error(`--sample-partitions takes one value or one per worker count of --workers (${workers.join(',')}), not "${samplePartitions.join(',')}"`);
  }
  return {
    sizes,
    workers,
    partition: Number(value('partition') ?? 1000),
    samples: Number(value('samples') ?? 100),
    // One value for every run, or one per worker count (`--workers 1,2 --sample-partitions 6,0`: 0 runs the whole plan).
    samplePartitions,
  };
}

interface DataGenerator {
  readSample(shared: string): unknown;
  generate(sample: unknown, sizes: { profiles: number; offers: number; courses: number }, seed?: number): Dataset;
}

/** The catalogue's compilation at this size, in this process (each worker does the same at its first partition). */
async function compileSeconds(ds: DataSource): Promise<number> {
  const cache = new MatchCache();
  await cache.currentTaxonomy(ds.manager);
  const t0 = performance.now();
  await cache.catalogue(ds.manager);
  return Math.round((performance.now() - t0) / 100) / 10;
}

async function measureSize(size: Size, opts: ReturnType<typeof options>, log: (line: string) => void): Promise<SizeFigures> {
  const guard = new ExitGuard(`scale-${size.label}`);
  try {
    const { generate, readSample } = (await import(join(WORKSPACE, 'libs', 'matching', 'bench', 'generate'))) as DataGenerator;
    const shared = sharedDataOptions(SHARED);
    if (!shared) throw new Error(`Shared data not found in ${SHARED} (set PONTE_SHARED_DATA)`);
    const machineReferenceMs = machineReference();
    const load0 = loadavg()[0];
    const database = guard.database(await createTestDatabase());
    const ds = createDataSource({ url: database.url, applicationName: 'ponte-bench-scale', poolSize: 3, statementTimeoutMs: 0 });
    await ds.initialize();
    guard.add('its data source', () => ds.destroy());
    await new ReferenceImportService(ds).import(referenceFileSources(shared));
    let t0 = performance.now();
    let data: Dataset | null = generate(readSample(SHARED), size);
    const generateS = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const ids = await insertDataset(ds, data);
    data = null;
    await ds.query('VACUUM ANALYZE');
    const insertS = (performance.now() - t0) / 1000;
    log(`${size.label}: ${size.profiles} profiles, ${size.offers} offers, ${size.courses} courses generated in ${generateS.toFixed(0)} s, written in ${insertS.toFixed(0)} s`);

    const env = testEnvironment({
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      RECOMPUTE_PARTITION_SIZE: String(opts.partition),
      RECOMPUTE_CONCURRENCY: '1',
      // A cold recomputation stores every row as new: notifications only for perfect scores.
      MATCH_NOTIFY_THRESHOLD: '100',
    });
    // The workers run as the server image runs them (infra/docker/server.Dockerfile).
    env.NODE_OPTIONS = YOUNG_GENERATION;
    guard.queues(env.REDIS_URL, env.QUEUE_PREFIX);
    const runs: RunFigures[] = [];
    for (const [i, count] of opts.workers.entries()) {
      const sample = opts.samplePartitions[opts.samplePartitions.length === 1 ? 0 : i];
      // The last run's workers, warm, then serve one profile at a time.
      const last = i === opts.workers.length - 1;
      const run = await recomputeWith(ds, env, guard, count, log, sample, last ? { profileIds: ids.profiles, samples: opts.samples } : undefined);
      runs.push(run);
      log(`${size.label}, ${count} worker(s): ${run.wallS.toFixed(0)} s, ${run.profilesPerSecond.toFixed(0)} profiles/s, peak RSS ${run.peakRssMiB.join(', ')} MiB, machine busy ${run.machineBusy}%`);
    }
    await ds.query('VACUUM ANALYZE matches, match_states');
    const [tables] = await ds.query(
      `SELECT (SELECT count(*)::int FROM matches) AS "matchesRows",
              pg_total_relation_size('matches') / 1048576 AS "matchesMiB",
              pg_total_relation_size('match_states') / 1048576 AS "matchStatesMiB",
              pg_database_size(current_database()) / 1048576 AS "databaseMiB"`,
    );
    const measured = runs[runs.length - 1].oneProfile;
    if (!measured) throw new Error('the last run measured no profile');
    const single = { ...measured, compileS: await compileSeconds(ds), benchRssMiB: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20) };
    return {
      size,
      at: new Date().toISOString(),
      machineReferenceMs,
      loadAverage: [load0, loadavg()[0]],
      generateS,
      insertS,
      openListings: ids.openOffers.length + ids.openCourses.length,
      runs,
      tables: { matchesRows: tables.matchesRows, matchesMiB: Number(tables.matchesMiB), matchStatesMiB: Number(tables.matchStatesMiB), databaseMiB: Number(tables.databaseMiB) },
      oneProfile: single,
    };
  } finally {
    await guard.release();
  }
}

export async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  const log = (line: string) => console.log(`[scale] ${line}`);
  mkdirSync(REPORTS, { recursive: true });
  for (const size of opts.sizes) {
    const figures = await measureSize(size, opts, log);
    writeFileSync(join(REPORTS, `scale-${size.label}.json`), JSON.stringify(figures, null, 2) + '\n');
  }
  const kept = (label: string): SizeFigures | null => {
    const file = join(REPORTS, `scale-${label}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SizeFigures) : null;
  };
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  writeFileSync(join(REPORTS, 'scale.md'), writeScaleReport({ metro: kept('metro'), region: kept('region'), custom: kept('custom') }, machine, opts.partition));
  log('written to reports/bench/scale.md');
}
