/**
 * Measures a stack held by `load.bench.ts --hold`, one change at a time, without seeding again:
 * `node apps/api/bench/run.js --attach [options]`.
 *
 *   --fresh             start the BUILT API (dist/) on the held database, with the held run's
 *                       environment (its tokens stay valid), instead of using the held API
 *   --api-workers 1     API processes of the fresh API (with the server image's young generation)
 *   --cpu-prof DIR      V8 CPU profiles of the fresh API, written when it stops
 *   --perf              --perf-basic-prof-only-functions (JIT symbols for `perf record`)
 *   --node-args '...'   more Node options for the fresh API (e.g. V8 heap flags), space-separated
 *   --mix read|write    which mix (load-mix.ts)
 *   --only a,b | each   only these operations; `each` measures every operation alone in turn
 *   --path /api/...     a single GET path as the first counsellor (e.g. a 404 for the framework's cost)
 *   --rates 250,350     paced rates (req/s), --seconds 15 each, after --warm 10 s at 100 req/s
 *   --by-operation      also the latency percentiles of each operation (where a tail comes from)
 *   --timeline          also, per second, the answers over 50 ms and the slowest (when a tail happened)
 *   --statements        per operation, 20 sequential requests: SQL statements, executor and planner
 *                       ms per request (needs pg_stat_statements in shared_preload_libraries)
 *
 * Per rate it prints what the load benchmark reports, plus the CPU per request of the API
 * processes, of PostgreSQL (every backend, ended ones included) and of this driver, and the
 * CPU stolen by the hypervisor (this machine's cores are shared with other virtual machines).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { authenticator } from 'otplib';
import { Client } from 'pg';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/organisations/demo-identity.seeder';
import { BuiltApp, startBuiltApi, WORKSPACE } from '../test/resilience/support/built-apps';
import { drive } from './load-driver';
import { MixContext, Operation, picker, readMix, writeMix } from './load-mix';
import { cpuMs, machineJiffies } from './machine';
import { YOUNG_GENERATION } from './load.bench';

const HOLD_FILE = join(WORKSPACE, 'reports', 'bench', 'load-hold.json');

interface Held {
  base: string;
  ctx: MixContext;
  sessions: Record<'nord' | 'milano' | 'acme', { auth: string; cookie: string }>;
  env: Record<string, string>;
}

const children = (pid: number): number[] =>
  spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);

/** Every PostgreSQL process of the local cluster, ended backends included (postmaster's reaped children). */
function postgresCpuMs(): number {
  const found = spawnSync('sh', ['-c', 'cat /var/run/postgresql/*.pid 2>/dev/null | head -1'], { encoding: 'utf8' }).stdout.trim();
  const postmaster = Number(found);
  if (!postmaster) return 0;
  return cpuMs(postmaster, true) + children(postmaster).reduce((sum, pid) => sum + cpuMs(pid), 0);
}

const EMAILS: Record<keyof Held['sessions'], string> = { nord: 'consulente.nord@ponte.demo', milano: 'consulente.milano@ponte.demo', acme: 'hr@acme.demo' };

/** A new session through the real sign-in (password, then TOTP from the demo secret for counsellors). */
async function signIn(base: string, email: string): Promise<Response> {
  const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const first = await post('/api/auth/login', { email, password: DEMO_PASSWORD });
  const step = (await first.clone().json()) as { mfaRequired?: boolean; mfaToken?: string };
  return step.mfaRequired ? post('/api/auth/login/totp', { mfaToken: step.mfaToken, code: authenticator.generate(DEMO_TOTP_SECRET) }) : first;
}

/** Fresh tokens by the refresh cookies, or by signing in again when a session has ended. */
async function refreshSessions(base: string, held: Held): Promise<void> {
  for (const [who, session] of Object.entries(held.sessions) as [keyof Held['sessions'], Held['sessions']['nord']][]) {
    let res = await fetch(`${base}/api/auth/refresh`, { method: 'POST', headers: { Cookie: session.cookie, 'X-Ponte-CSRF': '1' } });
    if (res.status === 401) res = await signIn(base, EMAILS[who]);
    const body = (await res.json()) as { accessToken?: string };
    if (res.status !== 200 || !body.accessToken) throw new Error(`refresh answered ${res.status}: ${JSON.stringify(body)}`);
    session.auth = `Bearer ${body.accessToken}`;
    session.cookie = /ponte_refresh=[^;]*/.exec(res.headers.getSetCookie().join('\n'))?.[0] ?? session.cookie;
  }
  held.ctx.counsellors[0].auth = held.sessions.nord.auth;
  held.ctx.counsellors[1].auth = held.sessions.milano.auth;
  held.ctx.partner.auth = held.sessions.acme.auth;
  // The refresh cookies rotate: the next run needs the new ones.
  writeFileSync(HOLD_FILE, JSON.stringify(held, null, 2), { mode: 0o600 });
}

/** Statements, executor and planner time per request of each operation (pg_stat_statements). */
async function statements(base: string, held: Held, ops: Operation[]): Promise<void> {
  const db = new Client({ connectionString: held.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.query('SELECT pg_stat_statements_reset()');
  } catch (error) {
    console.log(`statements: pg_stat_statements is not available (${(error as Error).message})`);
    await db.end();
    return;
  }
  const n = 20;
  for (const op of ops) {
    const send = async () => {
      const built = op.build();
      const res = await fetch(`${base}${built.path}`, {
        method: built.method,
        headers: { Authorization: built.auth, ...(built.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: built.body === undefined ? undefined : JSON.stringify(built.body),
      });
      await res.arrayBuffer();
      return res.status;
    };
    for (let i = 0; i < 5; i++) await send();
    await db.query('SELECT pg_stat_statements_reset()');
    const statuses = new Set<number>();
    for (let i = 0; i < n; i++) statuses.add(await send());
    const { rows } = await db.query(
      `SELECT coalesce(sum(calls), 0)::float8 AS calls, coalesce(sum(total_exec_time), 0)::float8 AS exec, coalesce(sum(total_plan_time), 0)::float8 AS plan,
              coalesce(sum(plans), 0)::float8 AS plans
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query !~ 'pg_stat_statements'`,
    );
    const r = rows[0];
    console.log(
      `${op.name.padEnd(24)} ${(r.calls / n).toFixed(1)} statements, executor ${(r.exec / n).toFixed(2)} ms, planner ${(r.plan / n).toFixed(2)} ms (${(r.plans / n).toFixed(1)} plans) per request (${[...statuses].join(',')})`,
    );
  }
  await db.end();
}

export async function main(argv: string[]): Promise<void> {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const held: Held = JSON.parse(readFileSync(HOLD_FILE, 'utf8'));
  let app: BuiltApp | undefined;
  let base = held.base;
  if (argv.includes('--fresh')) {
    const prof = value('cpu-prof', '');
    const nodeArgs = [
      ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : argv.includes('--perf') ? ['--perf-basic-prof-only-functions'] : []),
      ...value('node-args', '').split(' ').filter(Boolean),
    ];
    if (!nodeArgs.some((arg) => arg.startsWith('--max-semi-space-size'))) nodeArgs.push(YOUNG_GENERATION);
    app = await startBuiltApi({ ...held.env, API_WORKERS: value('api-workers', '1') }, 60_000, nodeArgs);
    base = app.url;
  }
  try {
    await refreshSessions(base, held);
    const mix = value('mix', 'read') === 'read' ? readMix(held.ctx) : writeMix(held.ctx);
    const only = value('only', '').split(',').filter(Boolean);
    const path = value('path', '');
    const chosen: Operation[] = path
      ? [{ name: path, weight: 1, build: () => ({ method: 'GET', path, auth: held.ctx.counsellors[0].auth }) }]
      : only.length && only[0] !== 'each'
        ? mix.filter((op) => only.includes(op.name))
        : mix;
    if (argv.includes('--statements')) {
      await statements(base, held, chosen);
      return;
    }
    const apiPids = () => {
      const pid = app?.child.pid ?? Number(spawnSync('pgrep', ['-of', 'dist/apps/api/main.js'], { encoding: 'utf8' }).stdout.trim());
      return [pid, ...children(pid)];
    };
    const warm = Number(value('warm', '10'));
    if (warm > 0) await drive(base, picker(chosen), 100, warm);
    const sets = only[0] === 'each' ? chosen.map((op) => [op]) : [chosen];
    for (const ops of sets) {
      for (const rate of value('rates', '250').split(',').map(Number)) {
        const pids = apiPids();
        const api0 = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
        const pg0 = postgresCpuMs();
        const me0 = process.cpuUsage();
        const [busy0, total0, steal0] = machineJiffies();
        const r = await drive(base, picker(ops), rate, Number(value('seconds', '15')));
        const [busy1, total1, steal1] = machineJiffies();
        const me = process.cpuUsage(me0);
        const per = (ms: number) => (ms / Math.max(1, r.completed)).toFixed(2);
        const api = pids.reduce((sum, pid) => sum + cpuMs(pid), 0) - api0;
        console.log(
          `${sets.length > 1 ? `${ops[0].name}: ` : ''}${rate}/s -> ${r.throughput}/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms, errors ${r.errors}, non-2xx ${r.non2xx}; ` +
            `CPU ms/req: API ${per(api)}, PostgreSQL ${per(postgresCpuMs() - pg0)}, driver ${per((me.user + me.system) / 1000)}; ` +
            `machine busy ${Math.round(((busy1 - busy0) / (total1 - total0)) * 100)}%, stolen ${Math.round(((steal1 - steal0) / (total1 - total0)) * 100)}%` +
            (Object.keys(r.failing).length ? ` ${JSON.stringify(r.failing)}` : ''),
        );
        if (argv.includes('--by-operation')) {
          for (const [name, o] of Object.entries(r.byOperation)) console.log(`  ${name.padEnd(24)} ${String(o.count).padStart(6)} answers, p50 ${o.p50} ms, p95 ${o.p95} ms, p99 ${o.p99} ms, max ${o.max} ms`);
        }
        if (argv.includes('--timeline')) console.log(`  per second, answers over 50 ms/slowest: ${r.bySecond.map((s) => `${s.over50}/${s.max}`).join(' ')}`);
      }
    }
  } finally {
    await app?.stop();
  }
}
