/**
 * What a benchmark starts, it stops, on every exit path: its `finally` (errors included), Ctrl-C
 * and SIGTERM/SIGHUP (nx stops a task with SIGTERM), and even a SIGKILL of the benchmark itself:
 * a reaper process outside the benchmark's process tree (reaper.js) watches it and, once it is
 * gone, stops the processes and drops the databases and queue keys it had registered and not
 * released. Before, Ctrl-C left the built API and worker running and the throwaway database behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestDatabase } from '@ponte/persistence';
import type { BuiltApp } from '../test/resilience/support/built-apps';
import { WORKSPACE } from '../test/resilience/support/built-apps';
import { dropQueueKeys } from '../test/resilience/support/queue-keys';

/** What the reaper needs to clean up after a benchmark that died without doing it. */
export interface GuardedState {
  benchPid: number;
  pids: number[];
  databases: string[];
  queues: { redisUrl: string; prefix: string }[];
}

interface Resource {
  what: string;
  release(): Promise<void>;
}

const DIR = join(WORKSPACE, 'reports', 'bench', '.guards');
/** Longest a signal waits for the cleanup before the benchmark exits anyway (the reaper finishes it). */
const SIGNAL_CLEANUP_MS = 30_000;
const active = new Set<ExitGuard>();
let installed = false;
let signalled = false;

export class ExitGuard {
  private readonly resources: Resource[] = [];
  private readonly state: GuardedState = { benchPid: process.pid, pids: [], databases: [], queues: [] };
  private readonly file: string;
  private releasing: Promise<void> | null = null;
  private readonly kept = new Map<string, () => Promise<void>>();

  constructor(readonly name: string) {
    mkdirSync(DIR, { recursive: true });
    this.file = join(DIR, `${name}-${process.pid}-${Date.now()}.json`);
    this.save();
    startReaper(this.file);
    active.add(this);
    installSignalHandlers();
  }

  /** A throwaway database: dropped (PONTE_BENCH_KEEP_DB keeps it, for a look after the run). */
  database<T extends Pick<TestDatabase, 'name' | 'drop'>>(db: T): T {
    this.state.databases.push(db.name);
    this.add(`database ${db.name}`, async () => {
      const keeping = this.kept.get(db.name);
      if (keeping) await keeping();
      else if (process.env['PONTE_BENCH_KEEP_DB']) console.log(`[${this.name}] kept database ${db.name}`);
      else await db.drop();
    });
    return db;
  }

  /**
   * From now on the database is kept, on every exit path: the reaper no longer drops it, and its
   * release runs `instead` (after the processes and data sources registered later are stopped).
   */
  keep(name: string, instead: () => Promise<void>): void {
    this.state.databases = this.state.databases.filter((d) => d !== name);
    this.kept.set(name, instead);
    this.save();
  }

  process(app: BuiltApp): BuiltApp {
    if (app.child.pid) this.state.pids.push(app.child.pid);
    this.add(`${app.name} (pid ${app.child.pid})`, () => app.stop());
    return app;
  }

  queues(redisUrl: string, prefix: string): void {
    this.state.queues.push({ redisUrl, prefix });
    this.add(`queue keys ${prefix}:*`, () => dropQueueKeys(redisUrl, prefix));
  }

  /** Anything else to undo (a data source to close...), last registered first. */
  add(what: string, release: () => Promise<void>): void {
    this.resources.push({ what, release });
    this.save();
  }

  /** Undoes everything registered, newest first (processes before their database); once. */
  release(): Promise<void> {
    this.releasing ??= (async () => {
      for (const resource of [...this.resources].reverse()) {
        try {
          await resource.release();
        } catch (error) {
          console.error(`[${this.name}] could not release ${resource.what}: ${(error as Error).message}`);
        }
      }
      rmSync(this.file, { force: true });
      active.delete(this);
    })();
    return this.releasing;
  }

  describe(): string {
    return this.resources.map((r) => r.what).join(', ') || 'nothing';
  }

  private save(): void {
    writeFileSync(this.file, JSON.stringify(this.state));
  }
}

/** The reaper runs detached, re-parented away from this process tree (nx kills a task's whole tree). */
function startReaper(file: string): void {
  const child = spawn(process.execPath, [join(__dirname, 'reaper.js'), '--detach', String(process.pid), file], { detached: true, stdio: 'ignore', cwd: WORKSPACE });
  child.unref();
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (signalled) {
        console.error(`[bench] ${signal} again: exiting now; the reaper finishes the cleanup`);
        process.exit(130);
      }
      signalled = true;
      const guards = [...active];
      console.error(`[bench] ${signal}: stopping ${guards.map((g) => `${g.name}: ${g.describe()}`).join('; ') || 'nothing'} (at most ${SIGNAL_CLEANUP_MS / 1000} s)`);
      const timer = setTimeout(() => {
        console.error('[bench] cleanup took too long: exiting; the reaper finishes it');
        process.exit(130);
      }, SIGNAL_CLEANUP_MS);
      void Promise.all(guards.map((g) => g.release())).finally(() => {
        clearTimeout(timer);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    });
  }
}
