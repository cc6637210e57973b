/**
 * API load benchmark: the BUILT API and worker on loopback, on a seeded database with a
 * realistic volume (load-data.ts), demo users signed in through the real API (password, then
 * TOTP from the demo secret), then autocannon at rising fixed rates with a read mix and a write
 * mix (load-mix.ts). Per rate: throughput, median, p95 and p99 latency (corrected for coordinated
 * omission), errors and non-2xx, RSS of the API and the worker. Writes reports/bench/load.md.
 * Options: --profiles 2000 --offers 4000 --courses 1000 --proposals 300 --rates 100,250,500,750
 * --seconds 15 --connections 64 --log-level info --api-workers 1 (API_WORKERS) --pg-socket /var/run/postgresql
 * (the default when that socket exists; '' for TCP) --mixes read,write --only 'search,profile detail'
 * --hold (keep the seeded stack up after the setup, until Ctrl-C) --warmup 10 (seconds of each mix before its runs)
 * --scale region (100,000 profiles, 160,000 offers, 40,000 courses, 3,000 proposals, every eligible profile with a synthesised
 * stored list of the engine's size, load-data.ts synthesiseMatches; writes load-region.md).
 * Paced runs also say where requests wait (load-waits.ts).
 *
 * Build once, measure many times (load-kept.ts): `--keep-db` keeps the data set once built (the
 * database becomes ponte_bench_<scale>_…, named in the log; `--mixes none` builds and measures
 * nothing); `--db <name>` runs the mixes on a kept data set, skipping the build (migrations added
 * since are applied first; `--reindex` rebuilds its search index after a change of libs/search's
 * index). The processes, data source and queue keys are cleaned up on every exit path either way;
 * a kept database is dropped by hand (DROP DATABASE <name> WITH (FORCE)). The write mix changes a
 * kept data set (profile updates, new offers): repeated runs on one measure `--mixes read`.
 * `--at-rest` measures each operation alone only (no paced runs; writes load[-region]-at-rest.md).
 *   node apps/api/bench/run.js load.bench.ts --scale region --keep-db --mixes none   (~30 min)
 *   node apps/api/bench/run.js load.bench.ts --db ponte_bench_region_<hex> --mixes read --rates 250,500
 */
import { testEnvironment } from '@ponte/config';
import { QUEUES } from '@ponte/jobs';
import { createDataSource, createTestDatabase } from '@ponte/persistence';
import { createSearchEngine, rebuildIndex } from '@ponte/search';
import { Queue } from 'bullmq';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { authenticator } from 'otplib';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/organisations/demo-identity.seeder';
import { BuiltApp, rssMiB, startBuiltApi, startBuiltWorker, until, WORKSPACE } from '../test/resilience/support/built-apps';
import { ExitGuard } from './exit-guard';
import { cpuMs, machineJiffies, machineReference } from './machine';
import { drive, type DriveResult } from './load-driver';
import { generateCatalogue, generateProfiles, LoadVolume, prepareProposals, STORED_PER_KIND, synthesiseMatches } from './load-data';
import { MixContext, Operation, picker, readMix, writeMix } from './load-mix';
import { databaseUrl, keptName, recallDataSet, recordDataSet, renameKept } from './load-kept';
import { WaitFigures, waitLines, WaitSampler } from './load-waits';

const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult> & { stop(): void };

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}

const DEFAULT_PG_SOCKET = '/var/run/postgresql';
/** Longest a CLI step (seed, reindex) may take. */
const CLI_TIMEOUT_MS = 20 * 60_000;

interface Options extends LoadVolume {
  /** --scale region: 100,000 profiles, 160,000 offers, 40,000 courses, 3,000 proposals, every eligible profile with a synthesised stored list (synthesiseMatches). */
  region: boolean;
  rates: number[];
  seconds: number;
  connections: number;
  logLevel: string;
  apiWorkers: number;
  mixes: string[];
  /** A folder: the API writes a V8 CPU profile there when it stops (for finding hot paths). */
  cpuProf: string;
  /** The API and worker reach PostgreSQL through this Unix socket folder instead of TCP loopback. */
  pgSocket: string;
  /** Only these operations (comma list of names), for profiling one path. */
  only: string[];
  /** Keep the seeded stack up after the setup, until Ctrl-C, for profiling by hand. */
  hold: boolean;
  /** Seconds of each mix, closed loop and not reported, before its measured runs (JIT and caches warm). */
  warmup: number;
  /** --keep-db: the built data set is kept (renamed ponte_bench_<scale>_…) for later runs with --db. */
  keepDb: boolean;
  /** --db <name>: the mixes run on this kept data set; nothing is built, and the database is not dropped. */
  db: string;
  /** With --db: rebuild the kept data set's search index first (after a change of libs/search's index). */
  reindex: boolean;
  /** --at-rest: only each operation alone (no paced or closed-loop runs). */
  atRestOnly: boolean;
}

/** The server image's young generation (NODE_OPTIONS in infra/docker/server.Dockerfile). */
export const YOUNG_GENERATION = '--max-semi-space-size=64';

function options(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const scale = value('scale', 'metro');
  if (!['metro', 'region'].includes(scale)) throw new Error(`--scale must be metro or region, not "${scale}"`);
  const region = scale === 'region';
  return {
    profiles: Number(value('profiles', region ? '100000' : '2000')),
    offers: Number(value('offers', region ? '160000' : '4000')),
    courses: Number(value('courses', region ? '40000' : '1000')),
    region,
    proposals: Number(value('proposals', region ? '3000' : '300')),
    rates: value('rates', '100,250,500,750').split(',').map(Number),
    seconds: Number(value('seconds', '15')),
    connections: Number(value('connections', '64')),
    logLevel: value('log-level', 'info'),
    // One API process, the default deployment: on two cores shared with PostgreSQL a second
    // process cost ~20% more CPU per request (API and PostgreSQL) and tripled the p99 at 500 req/s
    // (alternating runs on one held stack: 69–128 ms with one, 219–294 ms with two).
    apiWorkers: Number(value('api-workers', '1')),
    // `--mixes none` only builds (with --keep-db: the data set for later runs).
    mixes: value('mixes', 'read,write').split(',').filter((m) => m && m !== 'none'),
    cpuProf: value('cpu-prof', ''),
    // PostgreSQL on the same host is reached through its Unix socket when it has one (the
    // deployment a single machine would use: measured ~20% less API CPU per request than TCP
    // loopback); `--pg-socket ''` forces TCP.
    pgSocket: value('pg-socket', existsSync(join(DEFAULT_PG_SOCKET, '.s.PGSQL.5432')) ? DEFAULT_PG_SOCKET : ''),
    only: value('only', '').split(',').filter(Boolean),
    hold: argv.includes('--hold'),
    warmup: Number(value('warmup', '10')),
    keepDb: argv.includes('--keep-db'),
    reindex: argv.includes('--reindex'),
    atRestOnly: argv.includes('--at-rest'),
    db: value('db', ''),
  };
}

interface RunFigures {
  mix: string;
  /** Target rate (paced driver), or the number of connections (autocannon, closed loop). */
  rate: number;
  driver: 'paced' | 'autocannon';
  throughput: number;
  p50: number;
  /** Paced runs only (autocannon reports no p95). */
  p95?: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  failing: Record<string, number>;
  /** Per operation (paced runs): where a tail comes from. */
  byOperation?: DriveResult['byOperation'];
  /** Per second of a paced run: when a tail happened. */
  bySecond?: DriveResult['bySecond'];
  apiRssMiB: number;
  workerRssMiB: number;
  /** CPU time the API process(es) spent per request, ms. */
  apiCpuMsPerRequest: number;
  /** Share of the whole machine (every core) busy during the run, %. */
  machineBusy: number;
  /** The same in the second before the run: load from other processes. */
  busyBefore: number;
  /** Paced runs: what the backends waited for, and each process's CPU (load-waits.ts). */
  waits?: WaitFigures;
}

function cli(env: Record<string, string>, command: string): void {
  // Bounded: a stuck command is killed and fails the benchmark (whose guard then cleans up).
  const run = spawnSync(process.execPath, [join(WORKSPACE, 'dist/apps/api/cli.js'), command], { cwd: WORKSPACE, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: CLI_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (run.status !== 0) throw new Error(`cli ${command} failed${run.error ? ` (${run.error.message})` : ''}:\n${run.stdout}\n${run.stderr}`);
}

async function api<T = Record<string, unknown>>(base: string, method: string, path: string, auth: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(auth ? { Authorization: auth } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

/** Signs a demo user in through the real flow; counsellors answer the TOTP step with the demo secret. */
async function signIn(base: string, email: string): Promise<{ auth: string; cookie: string }> {
  const first = await api(base, 'POST', '/api/auth/login', null, { email, password: DEMO_PASSWORD });
  let answer = first;
  if (first.body['mfaRequired']) {
    answer = await api(base, 'POST', '/api/auth/login/totp', null, { mfaToken: first.body['mfaToken'], code: authenticator.generate(DEMO_TOTP_SECRET) });
  }
  if (answer.status !== 200 || !answer.body['accessToken']) throw new Error(`sign-in of ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const cookie = /ponte_refresh=[^;]*/.exec(answer.headers.getSetCookie().join('\n'))?.[0] ?? '';
  return { auth: `Bearer ${answer.body['accessToken']}`, cookie };
}

/** A fresh access token through the refresh cookie (tokens live 10 minutes; a run is longer). */
async function refresh(base: string, session: { auth: string; cookie: string }): Promise<void> {
  const res = await api(base, 'POST', '/api/auth/refresh', null, undefined, { Cookie: session.cookie, 'X-Ponte-CSRF': '1' });
  if (res.status !== 200) throw new Error(`refresh answered ${res.status}`);
  session.auth = `Bearer ${res.body['accessToken']}`;
  session.cookie = /ponte_refresh=[^;]*/.exec(res.headers.getSetCookie().join('\n'))?.[0] ?? session.cookie;
}

type Core = Pick<RunFigures, 'throughput' | 'p50' | 'p95' | 'p99' | 'max' | 'requests' | 'errors' | 'non2xx' | 'statuses' | 'failing' | 'byOperation' | 'bySecond'>;

/** Runs `work` while sampling the RSS of the API and the worker, the API's CPU and the machine's. */
async function measure(pids: { api: number[]; worker?: number }, work: () => Promise<Core>): Promise<Omit<RunFigures, 'mix' | 'rate' | 'driver'>> {
  // What the machine is doing before the run (other processes share these cores).
  const [idleBusy0, idleTotal0] = machineJiffies();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [idleBusy1, idleTotal1] = machineJiffies();
  let apiRss = 0;
  let workerRss = 0;
  const sample = setInterval(() => {
    apiRss = Math.max(apiRss, pids.api.reduce((sum, pid) => sum + (rssMiB(pid) ?? 0), 0));
    workerRss = Math.max(workerRss, rssMiB(pids.worker) ?? 0);
  }, 250);
  const cpuBefore = pids.api.reduce((sum, pid) => sum + cpuMs(pid), 0);
  const [busyBefore, totalBefore] = machineJiffies();
  const core = await work();
  clearInterval(sample);
  const cpuUsed = pids.api.reduce((sum, pid) => sum + cpuMs(pid), 0) - cpuBefore;
  const [busyAfter, totalAfter] = machineJiffies();
  return {
    ...core,
    apiRssMiB: Math.round(apiRss),
    workerRssMiB: Math.round(workerRss),
    apiCpuMsPerRequest: Math.round((cpuUsed / Math.max(1, core.requests)) * 100) / 100,
    machineBusy: Math.round(((busyAfter - busyBefore) / Math.max(1, totalAfter - totalBefore)) * 100),
    busyBefore: Math.round(((idleBusy1 - idleBusy0) / Math.max(1, idleTotal1 - idleTotal0)) * 100),
  };
}

/** A fixed rate, evenly paced (load-driver.ts). */
async function paced(base: string, ops: Operation[], rate: number, seconds: number): Promise<Core> {
  const result = await drive(base, picker(ops), rate, seconds);
  return { throughput: result.throughput, p50: result.p50, p95: result.p95, p99: result.p99, max: result.max, requests: result.completed, errors: result.errors, non2xx: result.non2xx, statuses: result.statuses, failing: result.failing, byOperation: result.byOperation, bySecond: result.bySecond };
}

/** autocannon, closed loop: `connections` clients each sending its next request on the answer; the throughput the API sustains. */
async function saturate(base: string, ops: Operation[], connections: number, seconds: number): Promise<Core> {
  const pick = picker(ops);
  const failing: Record<string, number> = {};
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          const op = pick();
          const built = op.build();
          context['op'] = op.name;
          return {
            ...req,
            method: built.method,
            path: built.path,
            headers: { authorization: built.auth, 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1' },
            body: built.body === undefined ? undefined : JSON.stringify(built.body),
          };
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          if (status < 200 || status >= 300) failing[`${context['op']} ${status}`] = (failing[`${context['op']} ${status}`] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    throughput: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    failing,
  };
}

interface AtRest {
  p50: number;
  p95: number;
  /** CPU of the API process per request, ms. */
  cpu: number;
  /** Response body size, bytes (median). */
  bytes: number;
  /** CPU of the API's PostgreSQL backends per request, ms. */
  pgCpu: number;
  statuses: string;
}

/** Each operation alone, one request at a time: where the time goes before any concurrency. */
async function atRest(base: string, ops: Operation[], samples: number, apiPidList: number[], ds: DataSource): Promise<Record<string, AtRest>> {
  const figures: Record<string, AtRest> = {};
  // Every API process (the cluster's workers serve, the primary only forks).
  const apiCpu = () => apiPidList.reduce((sum, pid) => sum + cpuMs(pid), 0);
  // The API's own PostgreSQL backends (application_name ponte-api): their CPU is the database's share.
  const pgCpu = async () =>
    (await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ponte-api'`)).reduce(
      (sum: number, row: { pid: number }) => sum + cpuMs(row.pid),
      0,
    );
  for (const op of ops) {
    const pgBefore = await pgCpu();
    const times: number[] = [];
    const sizes: number[] = [];
    const statuses = new Set<number>();
    const cpuBefore = apiCpu();
    for (let i = 0; i < samples; i++) {
      const built = op.build();
      const started = performance.now();
      const res = await fetch(`${base}${built.path}`, {
        method: built.method,
        headers: { Authorization: built.auth, ...(built.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: built.body === undefined ? undefined : JSON.stringify(built.body),
      });
      sizes.push((await res.arrayBuffer()).byteLength);
      statuses.add(res.status);
      times.push(performance.now() - started);
    }
    const cpu = (apiCpu() - cpuBefore) / samples;
    const pgUsed = (await pgCpu()) - pgBefore;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    times.sort((a, b) => a - b);
    figures[op.name] = { p50: Math.round(median(times) * 10) / 10, p95: Math.round(times[Math.floor(samples * 0.95)] * 10) / 10, cpu: Math.round(cpu * 10) / 10, bytes: median(sizes), pgCpu: Math.round((pgUsed / samples) * 10) / 10, statuses: [...statuses].join(',') };
  }
  return figures;
}

async function queueIdle(env: Record<string, string>, timeoutMs: number): Promise<boolean> {
  const queue = new Queue(QUEUES.matching, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
  try {
    await until('the matching queue to drain', async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
      return counts.waiting + counts.active === 0;
    }, timeoutMs, 1000);
    return true;
  } catch {
    return false;
  } finally {
    await queue.close();
  }
}

export async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  const log = (line: string) => console.log(`[load] ${line}`);
  const loadBefore = loadavg();
  /** Seconds of each step of the data set's build. */
  const timings: [string, number][] = [];
  const timed = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    timings.push([what, Math.round((performance.now() - started) / 1000)]);
    log(`${what}: ${timings[timings.length - 1][1]} s`);
    return result;
  };
  const guard = new ExitGuard('load');
  // A kept data set (--db) is only read and never dropped; a new one is dropped unless --keep-db keeps it once built.
  const database = opts.db ? { name: opts.db, url: databaseUrl(opts.db) } : guard.database(await createTestDatabase());
  const url = opts.pgSocket ? `postgres://postgres@localhost/${database.name}?host=${encodeURIComponent(opts.pgSocket)}` : database.url;
  let apiApp: BuiltApp | undefined;
  let worker: BuiltApp | undefined;
  let ds: DataSource | undefined;
  try {
    ds = createDataSource({ url: database.url, applicationName: 'ponte-bench', poolSize: 2, statementTimeoutMs: opts.region || opts.db ? 0 : undefined });
    await ds.initialize();
    const opened = ds;
    guard.add('its data source', () => opened.destroy());
    const source = ds;
    const kept = opts.db ? await recallDataSet(source, opts.db) : undefined;
    if (kept) Object.assign(opts, kept.volume);
    const env = testEnvironment({
      DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: opts.logLevel, DEMO_SEED: 'true', DEMO_SHOWCASE: 'false', API_WORKERS: String(opts.apiWorkers),
      ...(kept ? { NOTES_ENCRYPTION_KEYS: kept.notesKeys } : {}),
    });
    guard.queues(env.REDIS_URL, env.QUEUE_PREFIX);
    const building = performance.now();
    if (kept) {
      // Migrations added since the build (indexes...) reach the kept data set; unbounded statements, as the build's.
      const applied = await source.runMigrations({ transaction: 'each' });
      log(`kept data set ${database.name} (built ${kept.builtAt} in ${kept.buildSeconds} s)${applied.length ? `: migrations applied now: ${applied.map((m) => m.name).join(', ')}` : ''}`);
      if (applied.length) await timed('ANALYZE (after the migrations)', () => source.query('ANALYZE'));
    } else {
      log(`database ${database.name}: seeding (demo seed, then ${opts.profiles} profiles, ${opts.offers} offers, ${opts.courses} courses)`);
      await timed('demo seed (cli seed)', async () => cli(env, 'seed'));
      await timed('offers and courses', () => generateCatalogue(source, opts));
      await timed('profiles, skills, languages, consents', () => generateProfiles(source, opts));
      await timed('ANALYZE', () => source.query('ANALYZE'));
    }
    // At region size the stored lists are synthesised in SQL before the worker starts (its boot
    // sweep then finds nothing to compute): the engine would take hours on this machine.
    if (opts.region && !kept) await timed('stored matches (synthesised in SQL)', async () => log(`region: ${await synthesiseMatches(source, log)} stored matches synthesised`));
    if (kept && !opts.reindex) {
      // The search index is kept with the data set (the postgres engine's tables); --reindex rebuilds it (libs/search changed).
    } else if (opts.region || kept) {
      // The same rebuild as `cli reindex`, on this data source: the CLI's statements are bounded
      // at 15 s, and one statement of a 200,000-listing rebuild outlasts that on a shared machine.
      const engine = await createSearchEngine({ SEARCH_ENGINE: env.SEARCH_ENGINE ?? 'postgres', MEILI_HOST: env.MEILI_HOST ?? '', MEILI_API_KEY: env.MEILI_API_KEY ?? '' }, source);
      await timed('search index (rebuildIndex, as cli reindex)', () => rebuildIndex(engine, source).finally(() => engine.close()));
    } else await timed('search index (cli reindex)', async () => cli(env, 'reindex'));
    apiApp = guard.process(await startBuiltApi(env, 60_000, [YOUNG_GENERATION, ...(opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProf}`] : [])]));
    worker = guard.process(await startBuiltWorker({ ...env, LOG_LEVEL: 'info' }));
    const base = apiApp.url;

    const sessions = {
      nord: await signIn(base, 'consulente.nord@ponte.demo'),
      milano: await signIn(base, 'consulente.milano@ponte.demo'),
      acme: await signIn(base, 'hr@acme.demo'),
    };
    log('signed in through the API (counsellors with TOTP)');

    const skillUris: string[] = (await ds.query(`SELECT uri FROM esco_concepts WHERE kind = 'skill' ORDER BY uri LIMIT 40`)).map((r: { uri: string }) => r.uri);
    const skillLabels: string[] = (
      await ds.query(`SELECT label FROM esco_labels WHERE kind = 'skill' AND label_kind = 'preferred' AND language IN ('it', 'en') ORDER BY md5(uri || language) LIMIT 300`)
    ).map((r: { label: string }) => r.label);
    const { proposalIds, drafts } = kept ? { proposalIds: kept.proposalIds, drafts: kept.draftOfferIds } : await throughTheApi(base, source, sessions, opts.proposals, skillUris, timings);
    const profileIdsOf = async (email: string) =>
      (await ds?.query(`SELECT p.id FROM profiles p JOIN users u ON u.id = p.counsellor_id WHERE u.email = $1`, [email]))?.map((r: { id: string }) => r.id) ?? [];
    const matchesServed = (await api(base, 'GET', '/api/docs-json', null)).body['paths'] as Record<string, unknown>;
    const ctx: MixContext = {
      counsellors: [
        { ...sessions.nord, profileIds: await profileIdsOf('consulente.nord@ponte.demo') },
        { ...sessions.milano, profileIds: await profileIdsOf('consulente.milano@ponte.demo') },
      ],
      partner: { ...sessions.acme, proposalIds, draftOfferIds: drafts },
      skillUris,
      skillLabels,
      matches: '/api/profiles/{id}/matches' in matchesServed,
    };
    log('waiting for the worker to compute matches (boot sweep)');
    // At region size the lists are already stored (synthesiseMatches): the sweep finds none to compute.
    const matchesReady = await timed('boot sweep (worker)', () => queueIdle(env, opts.region ? 600_000 : 240_000));
    // What autovacuum does on a live database: statistics and visibility maps of the tables the
    // setup filled after the first ANALYZE (proposals, matches), before anything is measured.
    if (!kept) await timed('VACUUM ANALYZE', () => source.query('VACUUM ANALYZE'));
    const buildSeconds = kept ? kept.buildSeconds : Math.round((performance.now() - building) / 1000);
    // A kept data set reports its build's steps, not this run's (its migrations, the worker's sweep).
    if (kept) timings.splice(0, timings.length, ...kept.timings);
    else log(`data set built in ${buildSeconds} s: ${timings.map(([what, s]) => `${what} ${s} s`).join(', ')}`);
    if (opts.keepDb && !kept) {
      await recordDataSet(source, {
        volume: { profiles: opts.profiles, offers: opts.offers, courses: opts.courses, proposals: opts.proposals, region: opts.region },
        notesKeys: env.NOTES_ENCRYPTION_KEYS, proposalIds, draftOfferIds: drafts, buildSeconds, timings, builtAt: new Date().toISOString(),
      });
      const name = keptName(database.name, opts.region);
      guard.keep(database.name, async () => {
        await renameKept(database.name, name, `load.bench.ts data set (--keep-db, ${opts.region ? 'region' : 'metro'}), built ${new Date().toISOString()}; measure it with --db ${name}; drop it by hand when done`);
        console.log(`[load] kept the data set as database ${name}: run the mixes on it with --db ${name}`);
      });
      log(`data set kept: it becomes database ${name} when this run ends (--db ${name})`);
    }
    const [coverage] = await ds.query(`SELECT count(*) FILTER (WHERE s.profile_id IS NOT NULL)::int AS computed, count(*)::int AS profiles FROM profiles p LEFT JOIN match_states s ON s.profile_id = p.id`).catch(() => [{ computed: 0, profiles: 0 }]);
    const [{ matches }] = await ds.query(`SELECT count(*)::int AS matches FROM matches`).catch(() => [{ matches: 0 }]);
    log(`matches: ${matches} rows for ${coverage.computed}/${coverage.profiles} profiles (queue idle: ${matchesReady})`);

    await queueIdle(env, 120_000);
    if (opts.hold) {
      // Ctrl-C ends the hold and the benchmark: nothing is measured after it.
      await hold(base, ctx, sessions, env);
      return;
    }
    // Access tokens live 10 minutes, and the setup at region size lasts longer after the sign-in.
    const renew = async () => {
      for (const session of Object.values(sessions)) await refresh(base, session);
      ctx.counsellors[0].auth = sessions.nord.auth;
      ctx.counsellors[1].auth = sessions.milano.auth;
      ctx.partner.auth = sessions.acme.auth;
    };
    // Only the mixes asked for: a profile update queues her recomputation, which at region size
    // first compiles the 200,000-listing catalogue in the worker (minutes of CPU beside the reads).
    const rest: Record<string, Record<string, AtRest>> = {};
    for (const [mix, ops] of [
      ['read', readMix(ctx)],
      ['write', writeMix(ctx)],
    ] as const) {
      if (!opts.mixes.includes(mix)) continue;
      await renew();
      rest[mix] = await atRest(base, ops, 40, apiPids(apiApp), ds);
    }
    for (const [mix, figures] of Object.entries(rest)) for (const [name, f] of Object.entries(figures)) log(`at rest, ${mix} ${name}: p50 ${f.p50} ms, p95 ${f.p95} ms, API CPU ${f.cpu} ms, PostgreSQL CPU ${f.pgCpu} ms, ${f.bytes} bytes (${f.statuses})`);
    const runs: RunFigures[] = [];
    const pids = { api: apiPids(apiApp), worker: worker.child.pid };
    const chosen = (ops: Operation[]) => (opts.only.length ? ops.filter((op) => opts.only.includes(op.name)) : ops);
    for (const [mix, ops] of opts.atRestOnly ? [] : ([
      ['read', chosen(readMix(ctx))],
      ['write', chosen(writeMix(ctx))],
    ] as const)) {
      if (!ops.length) continue;
      if (!opts.mixes.includes(mix)) continue;
      if (opts.warmup > 0) {
        if (mix === 'read') await queueIdle(env, 120_000);
        const warm = await saturate(base, ops, 16, opts.warmup);
        log(`${mix} warm-up (${opts.warmup} s, not reported): ${warm.throughput}/s`);
      }
      for (const rate of opts.rates) {
        await renew();
        if (mix === 'read') await queueIdle(env, 120_000);
        const sampler = new WaitSampler(ds, pids, env);
        await sampler.start();
        const figures = await measure(pids, () => paced(base, ops, rate, opts.seconds));
        runs.push({ mix, rate, driver: 'paced', ...figures, waits: await sampler.stop() });
        log(`${mix} @ ${rate}/s: ${figures.throughput}/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms, errors ${figures.errors}, non-2xx ${figures.non2xx}, RSS api ${figures.apiRssMiB} MiB worker ${figures.workerRssMiB} MiB, API CPU ${figures.apiCpuMsPerRequest} ms/req, machine busy ${figures.machineBusy}% (before ${figures.busyBefore}%)`);
      }
      if (mix === 'read') await queueIdle(env, 120_000);
      const max = await measure(pids, () => saturate(base, ops, opts.connections, opts.seconds));
      runs.push({ mix, rate: opts.connections, driver: 'autocannon', ...max });
      log(`${mix} saturation (autocannon, ${opts.connections} connections): ${max.throughput}/s, p50 ${max.p50} ms, p99 ${max.p99} ms, errors ${max.errors}, non-2xx ${max.non2xx}`);
    }
    if (runs.length || Object.keys(rest).length) report(opts, runs, rest, { matches, coverage, proposals: proposalIds.length, apiErrors: apiApp.errors().length, buildSeconds, timings, loadBefore, loadAfter: loadavg() });
  } finally {
    // The processes, the data source, the database and the queue keys, on this path as on Ctrl-C.
    await guard.release();
  }
}

/** Proposals (shortlist, then proposal) and draft offers made through the real API, their cards read once. */
async function throughTheApi(base: string, source: DataSource, sessions: Record<'nord' | 'milano' | 'acme', { auth: string; cookie: string }>, count: number, skillUris: string[], timings: [string, number][]): Promise<{ proposalIds: string[]; drafts: string[] }> {
  const proposing = performance.now();
  const targets = await prepareProposals(source, count);
  const proposalIds: string[] = [];
  // Access tokens live 10 minutes: renewed before each counsellor's proposals and before the partner's steps.
  const renewed = async (session: { auth: string; cookie: string }) => (await refresh(base, session), session);
  for (const [email, list] of Object.entries(targets.byCounsellor)) {
    const session = await renewed(email.startsWith('consulente.nord') ? sessions.nord : sessions.milano);
    // Four at a time (a counsellor's proposals are independent of one another).
    for (let i = 0; i < list.length; i += 4) {
      await Promise.all(
        list.slice(i, i + 4).map(async (target) => {
          const entry = await api(base, 'POST', `/api/profiles/${target.profileId}/shortlist`, session.auth, { kind: 'offer', targetId: target.offerId, source: 'search' });
          if (entry.status !== 201) throw new Error(`shortlist answered ${entry.status}: ${JSON.stringify(entry.body)}`);
          const proposal = await api(base, 'POST', `/api/profiles/${target.profileId}/proposals`, session.auth, { shortlistEntryId: entry.body['id'] });
          if (proposal.status !== 201) throw new Error(`proposal answered ${proposal.status}: ${JSON.stringify(proposal.body)}`);
          proposalIds.push(String(proposal.body['id']));
        }),
      );
    }
  }
  timings.push(['proposals through the API', Math.round((performance.now() - proposing) / 1000)]);
  console.log(`[load] ${proposalIds.length} proposals made through the API`);
  const drafts: string[] = [];
  await renewed(sessions.acme);
  for (let i = 0; i < 50; i++) {
    const created = await api(base, 'POST', '/api/offers', sessions.acme.auth, {
      title: 'Bozza di offerta', description: 'Da completare', essentialSkills: [skillUris[i % skillUris.length]], workMode: 'remote', weeklyHours: 20, shifts: ['morning'], contract: 'tirocinio', seats: 1,
      deadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    });
    if (created.status !== 201) throw new Error(`draft offer answered ${created.status}: ${JSON.stringify(created.body)}`);
    drafts.push(String(created.body['id']));
  }
  // The candidate cards are read once first (proposed → viewed): the read mix then only reads.
  for (const id of proposalIds) await api(base, 'GET', `/api/partner/proposals/${id}`, sessions.acme.auth);
  return { proposalIds, drafts };
}

/**
 * Writes what a hand-run load tool needs (base URL, tokens and refresh cookies, ids, and the
 * run's throwaway environment, so a rebuilt API can be started on the same database and keep the
 * tokens valid) and waits for Ctrl-C.
 */
async function hold(base: string, ctx: MixContext, sessions: Record<string, { auth: string; cookie: string }>, env: Record<string, string>): Promise<void> {
  const file = join(WORKSPACE, 'reports', 'bench', 'load-hold.json');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ base, ctx, sessions, env }, null, 2), { mode: 0o600 });
  console.log(`[load] holding the stack at ${base} (tokens and ids in ${file}); Ctrl-C stops it`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
}

/** The API's pids: the process itself, plus its cluster workers when API_WORKERS > 1 (children on Linux). */
function apiPids(app: BuiltApp): number[] {
  const pid = app.child.pid as number;
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
  return [pid, ...children];
}

/** One row per operation, one column per paced run. */
function operationTable(runs: RunFigures[]): string[] {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.byOperation ?? {})))].sort();
  const cell = (r: RunFigures, name: string) => {
    const o = r.byOperation?.[name];
    return o ? `${o.p50} / ${o.p95} / ${o.p99}` : '—';
  };
  return [
    `| operation | ${runs.map((r) => `${r.mix} @ ${r.rate}/s`).join(' | ')} |`,
    `|---|${runs.map(() => '---|').join('')}`,
    ...names.map((name) => `| ${name} | ${runs.map((r) => cell(r, name)).join(' | ')} |`),
  ];
}

/** Per paced run, the seconds in which answers took over 50 ms (second: how many / slowest ms): a tail of a few bad seconds or a spread. */
function tailSeconds(runs: RunFigures[]): string[] {
  return runs.map((r) => {
    const bad = (r.bySecond ?? []).map((s, i) => ({ ...s, i })).filter((s) => s.over50 > 0);
    const list = bad.map((s) => `${s.i + 1}: ${s.over50}/${s.max}`).join(', ');
    return `- ${r.mix} @ ${r.rate}/s: ${bad.length} of ${r.bySecond?.length ?? 0} seconds${list ? ` (${list})` : ''}`;
  });
}

interface DataFigures {
  matches: number;
  coverage: { computed: number; profiles: number };
  proposals: number;
  apiErrors: number;
  /** Wall time of the data set's build (seed to VACUUM), s, and of each step. */
  buildSeconds: number;
  timings: [string, number][];
  /** The machine's load averages (1, 5, 15 min) when the benchmark started and when it reported. */
  loadBefore: number[];
  loadAfter: number[];
}

function report(opts: Options, runs: RunFigures[], rest: Record<string, Record<string, AtRest>>, data: DataFigures): void {
  const goal = runs.find((r) => r.mix === 'read' && r.driver === 'paced' && r.rate === 500);
  const met = goal ? goal.p99 < 100 && goal.errors === 0 && goal.non2xx === 0 && goal.throughput >= 490 : false;
  const rows = runs.map(
    (r) =>
      `| ${r.mix} | ${r.driver === 'paced' ? `${r.rate} req/s paced` : `max, ${r.rate} connections`} | ${r.throughput} | ${r.p50} | ${r.p95 ?? '—'} | ${r.p99} | ${r.max} | ${r.errors} | ${r.non2xx} | ${r.apiRssMiB} | ${r.workerRssMiB} | ${r.apiCpuMsPerRequest} | ${r.machineBusy} (${r.busyBefore}) | ${Object.entries(r.failing).map(([k, n]) => `${k}: ${n}`).join('; ') || '—'} |`,
  );
  const text = [
    '## API load (autocannon against the built API and worker)',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} cores (reference task: ${machineReference()} ms) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · API processes: ${opts.apiWorkers} · PostgreSQL via ${opts.pgSocket ? `Unix socket ${opts.pgSocket}` : 'TCP loopback'} · LOG_LEVEL ${opts.logLevel} · ${opts.seconds} s per rate, ${opts.connections} connections`,
    '',
    `Data${opts.region ? ' (--scale region)' : ''}: ${opts.profiles} profiles in 6 networks, ${opts.offers} offers and ${opts.courses} courses of ~350 organisations, ${data.proposals} proposals made through the API; ${data.matches} stored matches for ${data.coverage.computed}/${data.coverage.profiles} profiles${opts.region ? ` (**synthesised**, not computed by the engine: every eligible profile holds up to ${STORED_PER_KIND} open offers and ${STORED_PER_KIND} open courses of her network in the stored format, at her and the listings' current versions, the engine's per-profile count at metro size; scores fall with the position and the explanations' points are fixed figures: load-data.ts synthesiseMatches)` : ' (computed by the worker\'s boot sweep)'}.`,
    `${opts.db ? `Kept data set ${opts.db} (--db), built earlier` : 'Data set built'} in ${data.buildSeconds} s (${data.timings.map(([what, s]) => `${what} ${s} s`).join(', ')}).`,
    `Machine load average (1/5/15 min) at the start ${data.loadBefore.map((l) => l.toFixed(1)).join(' / ')}, at the end ${data.loadAfter.map((l) => l.toFixed(1)).join(' / ')}: the machine is shared (other sessions build and test on the same two cores), so latencies and throughputs here are upper bounds for an idle machine.`,
    'Read mix: profile lists and details, matches, searches, skill autocomplete (counsellors; 70% of the prefixes typed from 300 ESCO skill labels, so the in-memory reference answers are hit only as often as typing repeats); proposals list and candidate cards, offers (partner). Write mix: profile updates 40%, offer creates 30%, offer updates 30%.',
    `Each mix first runs ${opts.warmup} s closed loop (16 connections, not reported), so the runs measure warmed processes.`,
    'Fixed rates: an open-loop driver sends request i at start + i/rate and times it from that instant to the end of its answer (no coordinated omission). autocannon 8 paces fixed rates per connection and per second, releasing each second\'s quota at once, so it runs here closed loop ("max"): the throughput the API sustains and its latency at that concurrency.',
    'CPU: the API process(es) per request; machine busy % over both cores during the run, and (in brackets) in the second before it, i.e. other processes sharing the machine.',
    '',
    'Each operation alone (40 sequential requests):',
    '',
    '| mix | operation | p50 ms | p95 ms | API CPU ms | PostgreSQL CPU ms | body bytes | statuses |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(rest).flatMap(([mix, figures]) => Object.entries(figures).map(([name, f]) => `| ${mix} | ${name} | ${f.p50} | ${f.p95} | ${f.cpu} | ${f.pgCpu} | ${f.bytes} | ${f.statuses} |`)),
    '',
    '| mix | load | achieved req/s | p50 ms | p95 ms | p99 ms | max ms | errors | non-2xx | API RSS MiB | worker RSS MiB | API CPU ms/req | machine busy % (before) | non-2xx by operation |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Latency by operation in the paced runs (p50 / p95 / p99 ms):',
    '',
    ...operationTable(runs.filter((r) => r.byOperation)),
    '',
    'Seconds of each paced run with answers over 50 ms (second: answers over 50 ms / slowest ms):',
    '',
    ...tailSeconds(runs.filter((r) => r.bySecond)),
    '',
    'Where requests wait in the paced runs (load-waits.ts: pg_stat_activity ten times a second for the API\'s and the worker\'s backends, mean number in each state; CPU as % of one core; the matching queue\'s backlog). A process near 100% is the queue; API backends "in transaction, waiting for its process" are transactions held open while the API\'s event loop is busy elsewhere:',
    '',
    ...waitLines(runs),
    '',
    `Goal (read mix at 500 req/s, p99 < 100 ms, zero errors): **${met ? 'met' : 'not met'}**${goal ? ` (p99 ${goal.p99} ms, ${goal.throughput} req/s, ${goal.errors} errors, ${goal.non2xx} non-2xx)` : ''}. Error-level lines in the API log: ${data.apiErrors}.`,
    '',
  ].join('\n');
  const dir = join(WORKSPACE, 'reports', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `load${opts.region ? '-region' : ''}${opts.apiWorkers > 1 ? `-${opts.apiWorkers}-workers` : ''}${opts.atRestOnly ? '-at-rest' : ''}.md`), text);
  console.log(text);
}
