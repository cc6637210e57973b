// `npm start`: secrets, PostgreSQL, Redis and a mail catcher (found or started), then
// the portals compiling while the API and worker are built, then migrate + demo seed, then the
// built API and worker. Ctrl-C stops what it started.
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMailbox } from './dev-mailbox.mjs';
import { banner, redactUrl, serviceUrls } from './start/banner.mjs';
import { ensureDevEnv, mergeEnv } from './start/env.mjs';
import { chooseDatabase, chooseMail, chooseRedis, INSTALL_HINTS } from './start/plan.mjs';
import { databaseName, ensureDatabase, portIsFree, postgresAnswers, redisAnswers } from './start/probe.mjs';
import { findExecutable, startEmbeddedPostgres, startRedisServer } from './start/services.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '.data');
const NX = join(ROOT, 'node_modules', '.bin', 'nx');
const READY_TIMEOUT_MS = 5 * 60_000;

const stops = []; // what we started, stopped in reverse order
const children = new Set(); // the nx and node processes running now (each its own process group)
let stopping = false;

const say = (it, en) => console.log(`▸ ${it} / ${en}`);
class Fatal extends Error {}

async function secrets() {
  const file = join(DATA, 'dev.env');
  const { vars, created, added } = ensureDevEnv(file);
  const shown = relative(ROOT, file);
  if (created) say(`Segreti generati in ${shown}`, `secrets generated in ${shown}`);
  else if (added.length) say(`${shown}: aggiunti ${added.join(', ')}`, `${shown}: added ${added.join(', ')}`);
  else say(`Segreti caricati da ${shown}`, `secrets loaded from ${shown}`);
  return mergeEnv(vars, process.env);
}

async function postgres(env) {
  const plan = await chooseDatabase(env, { postgresAnswers });
  if (plan.source === 'env' && !(await postgresAnswers(plan.url))) {
    throw new Fatal(`DATABASE_URL (${redactUrl(plan.url)}) non risponde / does not answer.`);
  }
  if (plan.source === 'embedded') {
    say(`PostgreSQL integrato sulla porta ${plan.port} (.data/pg)`, `starting embedded PostgreSQL on port ${plan.port}`);
    try {
      const cluster = await startEmbeddedPostgres({ databaseDir: join(DATA, 'pg'), port: plan.port });
      stops.push(['PostgreSQL', cluster.stop]);
    } catch (error) {
      console.error(error.message);
      throw new Fatal(INSTALL_HINTS.postgres);
    }
  }
  const created = await ensureDatabase(plan.url).catch((error) => {
    throw new Fatal(`PostgreSQL ${redactUrl(plan.url)}: ${error.message}`);
  });
  const [it, en] = {
    env: ['da DATABASE_URL', 'PostgreSQL from DATABASE_URL'],
    local: ['locale', 'local PostgreSQL'],
    embedded: ['integrato', 'embedded PostgreSQL'],
    'embedded-running': ['integrato, già attivo', 'embedded PostgreSQL (already running)'],
  }[plan.source];
  const name = databaseName(plan.url);
  say(
    `PostgreSQL ${it}: ${redactUrl(plan.url)}${created ? ` (creato il database ${name})` : ''}`,
    `${en} ready${created ? `, database ${name} created` : ''}`,
  );
  return plan.url;
}

async function redis(env) {
  const plan = await chooseRedis(env, { redisAnswers, findExecutable: (name) => findExecutable(name) });
  if (plan.source === 'env' && !(await redisAnswers(plan.url))) {
    throw new Fatal(`REDIS_URL (${redactUrl(plan.url)}) non risponde / does not answer.`);
  }
  if (plan.source === 'missing') throw new Fatal(INSTALL_HINTS.redis);
  if (plan.source === 'spawn') {
    say(`Avvio redis-server sulla porta ${plan.port}`, `starting redis-server on port ${plan.port}`);
    try {
      const server = await startRedisServer({ bin: plan.bin, port: plan.port });
      stops.push(['Redis', server.stop]);
    } catch (error) {
      console.error(error.message);
      throw new Fatal(INSTALL_HINTS.redis);
    }
  }
  const [it, en] = {
    env: ['da REDIS_URL', 'Redis from REDIS_URL'],
    local: ['locale', 'local Redis'],
    spawn: ['avviato', 'spawned redis-server'],
    'spawned-running': ['avviato in precedenza', 'redis-server spawned earlier'],
  }[plan.source];
  say(`Redis ${it}: ${redactUrl(plan.url)}`, `${en} ready`);
  return plan.url;
}

async function mail(env) {
  const plan = await chooseMail(env, { portIsFree });
  if (plan.source === 'mailbox') {
    const mailbox = await startMailbox({ port: plan.port, dir: join(DATA, 'mail') });
    stops.push(['mailbox', mailbox.close]);
    say(`Casella di posta di sviluppo: ${plan.url} → .data/mail/`, 'dev mailbox');
  } else if (plan.source === 'mailbox-running') {
    say(`Porta ${plan.port} già in uso: la posta va a chi la ascolta`, `port ${plan.port} busy: mail goes to whatever listens there`);
  } else {
    say(`Posta da SMTP_URL: ${redactUrl(plan.url)}`, 'mail from SMTP_URL');
  }
  return { url: plan.url, dir: plan.source === 'mailbox' ? '.data/mail/' : undefined };
}

async function portsFree(env) {
  for (const [port, who] of [[Number(env.PORT || 3000), 'API'], [4200, 'partner-portal'], [4300, 'network-portal']]) {
    if (!(await portIsFree(port)) || !(await portIsFree(port, '::1'))) {
      throw new Fatal(`La porta ${port} (${who}) è occupata: ferma chi la usa. / Port ${port} (${who}) is busy: stop what uses it.`);
    }
  }
}

/** Runs a command in its own process group, so a stop reaches every process it spawned. */
function run(command, args, env, shown) {
  console.log(`  $ ${shown}`);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  children.add(child);
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}
const nx = (args, env) => run(NX, args, env, `npx nx ${args.join(' ')}`);
/** The same at a lower CPU priority (where `nice` exists): it takes the cores the others leave. */
const NICE = findExecutable('nice');
const niceNx = (args, env) => (NICE ? run(NICE, ['-n', '10', NX, ...args], env, `nice -n 10 npx nx ${args.join(' ')}`) : nx(args, env));
const node = (script, args, env) => run(process.execPath, [script, ...args], env, ['node', script, ...args].join(' '));

/** Stops one process group: SIGTERM, SIGKILL after 10 s. */
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // the group is already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 10_000);
  await gone;
  clearTimeout(timer);
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

async function waitUntilReady(env, exited) {
  const urls = serviceUrls(env);
  const targets = { api: urls.health, partner: urls.partner, network: urls.network };
  const ready = { api: false, partner: false, network: false };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!stopping && !exited() && Date.now() < deadline && !Object.values(ready).every(Boolean)) {
    for (const key of Object.keys(targets)) ready[key] ||= await answers(targets[key]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return ready;
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('Arresto in corso', 'stopping');
  await Promise.all([...children].map(stopGroup));
  for (const [name, stop] of stops.reverse()) {
    await Promise.race([stop(), new Promise((resolve) => setTimeout(resolve, 10_000))]).catch((error) =>
      console.error(`${name}: ${error.message}`),
    );
  }
  say('Fermato', 'stopped');
  process.exit(code);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(signal === 'SIGINT' ? 130 : 143));

  const env = await secrets();
  env.DATABASE_URL = await postgres(env);
  env.REDIS_URL = await redis(env);
  const mailbox = await mail(env);
  env.SMTP_URL = mailbox.url;
  env.NODE_ENV ||= 'development';
  env.DEMO_SEED ||= 'true';
  Object.assign(env, { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' });
  await portsFree(env);

  // The portals compile (minutes) while the API and the worker are built and the database is
  // filled: they need neither, and they yield the cores to that path (build, migrate, seed),
  // which decides when Ponte is ready. The API and the worker are built once and run from that
  // build (their `nx serve` would build them twice more, for watching, which a demo does not need).
  say('Compilazione dei portali', 'compiling both portals');
  let ended = false;
  const whenEnded = (what) => (code) => {
    ended = true;
    if (!stopping) {
      console.error(`${what} è terminato (codice ${code}) / ${what} ended (code ${code})`);
      shutdown(code || 1);
    }
  };
  niceNx(['run-many', '-t', 'serve', '-p', 'partner-portal', 'network-portal', '--parallel=2', '--output-style=stream'], env).then(
    whenEnded('nx serve (portali / portals)'),
  );

  say('Compilazione di API e worker', 'building the API and the worker');
  if ((await nx(['run-many', '-t', 'build', '-p', 'api', 'worker', '--parallel=2', '--output-style=stream'], env)) !== 0) {
    throw new Fatal('Compilazione fallita / build failed.');
  }
  if (stopping) return;
  say('Migrazioni del database', 'applying database migrations');
  if ((await node('dist/apps/api/cli.js', ['migrate'], env)) !== 0) throw new Fatal('Migrazioni fallite / migrations failed.');
  say('Dati demo (idempotente)', 'demo seed (idempotent)');
  if ((await node('dist/apps/api/cli.js', ['seed'], env)) !== 0) throw new Fatal('Seed fallito / seed failed.');
  if (stopping) return;

  say('Avvio di API e worker', 'starting the API and the worker');
  node('dist/apps/api/main.js', [], env).then(whenEnded('API'));
  node('dist/apps/worker/main.js', [], env).then(whenEnded('worker'));
  const ready = await waitUntilReady(env, () => ended);
  if (!stopping && !ended) console.log(banner(env, ready, mailbox.dir));
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Fatal ? error.message : error.stack}`);
  shutdown(1);
});
