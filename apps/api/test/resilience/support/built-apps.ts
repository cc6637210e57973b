import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '../../disposable-services';

/**
 * The BUILT API and worker (dist/, what production runs) as child processes, so a fault test
 * or the load benchmark exercises the real process: its own event loop, pool and logger, and
 * a kill -9 that takes nothing else with it. The test targets depend on both builds.
 */
export const WORKSPACE = join(__dirname, '../../../../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
export const WORKER_MAIN = join(WORKSPACE, 'dist/apps/worker/main.js');

export interface BuiltApp {
  readonly name: string;
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>` for the API; empty for the worker. */
  readonly url: string;
  /** The last lines the process printed (for failure messages). */
  tail(): string;
  /** Everything the process printed. */
  log(): string;
  /** Every error-level (pino 50+) log line printed so far. */
  errors(): string[];
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone (its log is deleted). */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a crash); resolves when the process is gone. */
  kill(): Promise<void>;
}

export function assertBuilt(...mains: string[]): void {
  for (const main of mains) {
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npx nx run-many -t build -p api worker\` (nx test api builds both first)`);
  }
}

function launch(name: string, main: string, env: Record<string, string>, url: string, nodeArgs: string[] = []): BuiltApp {
  assertBuilt(main);
  const { PATH, HOME } = process.env;
  // The logs go to a file, not a pipe to this process: stdout on a pipe is synchronous on Linux,
  // so a busy parent (a load generator) would stall the child on every log line.
  const logFile = join(mkdtempSync(join(tmpdir(), `ponte-${name}-`)), 'out.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, main], { cwd: WORKSPACE, env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const read = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode === null && child.signalCode === null) {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.kill(signal);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dirname(logFile), { recursive: true, force: true });
  };
  return {
    name,
    child,
    url,
    tail: () => read().slice(-6000),
    log: read,
    errors: () => read().split('\n').filter((line) => /"level":(5|6)\d/.test(line)),
    stop: (graceMs = 8000) => end('SIGTERM', graceMs),
    kill: () => end('SIGKILL', 0),
  };
}

/** Starts the built API on a free loopback port and waits until /api/health answers 200. */
export async function startBuiltApi(env: Record<string, string>, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<BuiltApp> {
  const port = await freePort();
  const app = launch('api', API_MAIN, { ...env, PORT: String(port) }, `http://127.0.0.1:${port}`, nodeArgs);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`the API exited (${app.child.exitCode}):\n${app.tail()}`);
    const status = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(3000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return app;
    if (Date.now() > deadline) {
      await app.kill();
      throw new Error(`the API did not become healthy in ${timeoutMs} ms (last status ${status}):\n${app.tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts the built worker; it is ready once it printed its ready line. */
export async function startBuiltWorker(env: Record<string, string>, timeoutMs = 60_000): Promise<BuiltApp> {
  // PONTE_WORKER_NODE_ARGS: node flags for the worker, e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile a benchmark's workers.
  const worker = launch('worker', WORKER_MAIN, env, '', (process.env['PONTE_WORKER_NODE_ARGS'] ?? '').split(' ').filter(Boolean));
  const deadline = Date.now() + timeoutMs;
  while (!worker.tail().includes('Ponte worker ready')) {
    if (worker.child.exitCode !== null) throw new Error(`the worker exited (${worker.child.exitCode}):\n${worker.tail()}`);
    if (Date.now() > deadline) {
      await worker.kill();
      throw new Error(`the worker did not start in ${timeoutMs} ms:\n${worker.tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return worker;
}

/** Resident memory of a process in MiB (VmRSS of /proc/<pid>/status), or null when unreadable. */
export function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Polls `condition` until it holds; throws naming `what` after `timeoutMs`. */
export async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
