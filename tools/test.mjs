#!/usr/bin/env node
// `npm test`: every test of Ponte — unit, API and worker on a real PostgreSQL and Redis,
// and the browser tests — then one line `N passed, N failed` summing every runner.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pgDriver from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'reports', 'test-results');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const durations = [];
/** Runs `npx args`; true when it succeeded. Its duration is printed at the end. */
function run(label, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: root, env, stdio: 'inherit' });
    const done = (status) => {
      durations.push(`${label} ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(status === 0);
    };
    child.once('error', () => done(1));
    child.once('exit', (code) => done(code));
  });
}

const pg = new URL(process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const redis = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const missing = [];
if (!(await reachable(pg.hostname, Number(pg.port || 5432)))) missing.push(`PostgreSQL at ${pg.host} (set TEST_PG_ADMIN_URL, or start it: pg_ctlcluster 15 main start)`);
if (!(await reachable(redis.hostname, Number(redis.port || 6379)))) missing.push(`Redis at ${redis.host} (set TEST_REDIS_URL, or start it: redis-server --daemonize yes)`);
if (missing.length) {
  console.error(`Tests need a real PostgreSQL and Redis. Not answering: ${missing.join('; ')}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

async function onAdminDatabase(work) {
  const client = new pgDriver.Client({ connectionString: pg.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Test databases (createTestDatabase names its creator in the database's comment). */
const testDatabases = () =>
  onAdminDatabase(async (client) =>
    (await client.query(`SELECT datname AS name, shobj_description(oid, 'pg_database') AS creator FROM pg_database WHERE datname LIKE 'ponte\\_test\\_%'`)).rows,
  );

/**
 * Test databases are copies of a migrated template (libs/persistence test-database.ts), kept
 * between runs for single test files; a run starts from a new one, so it proves the migrations
 * of this checkout and no template of an older migration set lingers.
 */
const dropTemplates = () =>
  onAdminDatabase(async (client) => {
    const { rows } = await client.query(`SELECT datname AS name FROM pg_database WHERE datname LIKE 'ponte\\_template\\_%'`);
    for (const { name } of rows) {
      await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

rmSync(results, { recursive: true, force: true });
const databasesBefore = new Set((await testDatabases()).map((d) => d.name));
await dropTemplates();
const started = Date.now();
// Production dependencies: no high or critical advisory (tools/audit.mjs says when it could not
// check). It mostly waits for the registry, so it runs alongside the rest.
const audited = run('npm audit (production dependencies)', ['node', 'tools/audit.mjs']);
// Everything is built once, here: the API's cross-process tests and the browser tests run the
// built apps, so the steps after it skip their `build` dependencies (they rebuilt them twice).
let ok = await run('build', ['nx', 'run-many', '-t', 'build', '--parallel=2', '--output-style=static']);
const built = ['--exclude-task-dependencies', '--skip-nx-cache', '--output-style=static'];
// Two lanes: the API's suite, the longest by far, from the start (with two Jest workers: its
// files wait on servers and timers) beside every other project's in turn. Left to
// `run-many --parallel=2` the API started last and ran alone at the end.
const lanes = await Promise.all([
  run('API tests', ['nx', 'run', 'api:test', ...built, '--maxWorkers=2']),
  run('the other unit and integration tests', ['nx', 'run-many', '-t', 'test', '--exclude=api', '--parallel=1', ...built]),
]);
ok = lanes.every(Boolean) && ok;
if (existsSync(join(root, 'e2e', 'project.json'))) {
  ok = (await run('browser tests', ['nx', 'run', 'e2e:e2e', ...built])) && ok;
}
ok = (await audited) && ok;

// A suite that leaves its database behind is named, and the database dropped (disks fill up);
// only a test file's of this checkout: a benchmark, or another checkout's tests, running
// meanwhile keep their own.
const ours = (creator) => creator.startsWith(`${root.replace(/\/$/, '')}/`) && /\.spec\.[cm]?[jt]s$/.test(creator);
const leftBehind = (await testDatabases()).filter((d) => !databasesBefore.has(d.name) && ours(d.creator ?? ''));
if (leftBehind.length) {
  console.log(`\nTest databases left behind by this run (dropped now): ${leftBehind.map((d) => `${d.name} (${d.creator})`).join('; ')}`);
  await onAdminDatabase(async (client) => {
    for (const { name } of leftBehind) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const files = existsSync(results) ? readdirSync(results).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  const counts = JSON.parse(readFileSync(join(results, file), 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
}
// A runner that crashed before reporting must not look green.
if (!ok && totals.failed === 0) totals.failed = 1;
console.log(`\nDurations: ${durations.join('; ')}; total ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`Totals from ${files.length} test runs:`);
const audit = existsSync(join(root, 'reports', 'audit.json')) ? JSON.parse(readFileSync(join(root, 'reports', 'audit.json'), 'utf8')) : { status: 'unavailable', reason: 'not run' };
console.log(`npm audit of production dependencies: ${audit.status === 'unavailable' ? `NOT CHECKED (${audit.reason})` : audit.status}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
