import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** PostgreSQL 15's server programs, as Debian installs them (PG_BIN overrides). */
const BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL 15 primary and its streaming standby, each a cluster of its own on a free
 * loopback port under one temporary folder, for the tests of reads on a replica. PostgreSQL
 * refuses to run as root: as root (CI, these sessions) the servers run as `postgres`.
 */
export interface StreamingReplica {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Stops replaying WAL on the standby (it keeps receiving it): the replica lags. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Until the standby has replayed everything the primary has flushed. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops both servers and removes their folder; safe to call twice, never throws. */
  destroy(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

function command(program: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, program), ...args]] : [join(BIN, program), args];
}

async function pg(program: string, args: string[]): Promise<void> {
  const [file, argv] = command(program, args);
  await run(file, argv, { timeout: 60_000 });
}

function pgSync(program: string, args: string[]): void {
  const [file, argv] = command(program, args);
  try {
    execFileSync(file, argv, { timeout: 20_000, stdio: 'ignore' });
  } catch {
    // Already stopped.
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function startStreamingReplica(): Promise<StreamingReplica> {
  const root = mkdtempSync(join(tmpdir(), 'ponte-replica-'));
  const primary = join(root, 'primary');
  const standby = join(root, 'standby');
  const ports = { primary: await freePort(), standby: await freePort() };
  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let destroyed = false;
  const stopAll = () => {
    for (const dir of [standby, primary]) pgSync('pg_ctl', ['-D', dir, 'stop', '-m', 'immediate', '-w', '-t', '15']);
    rmSync(root, { recursive: true, force: true });
  };
  // However the test process ends (a failed hook, Jest's exit), no server outlives it.
  const onExit = () => {
    if (!destroyed) stopAll();
  };
  process.once('exit', onExit);
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    process.removeListener('exit', onExit);
    stopAll();
  };

  try {
    if (asRoot) execFileSync('chown', ['postgres:postgres', root]);
    await pg('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // Durability is not under test: no fsync keeps two clusters cheap on a busy machine.
    appendFileSync(
      join(primary, 'postgresql.conf'),
      `\nport = ${ports.primary}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${root}'\n` +
        `fsync = off\nfull_page_writes = off\nshared_buffers = 32MB\nmax_connections = 60\nwal_level = replica\nmax_wal_senders = 4\n`,
    );
    await pg('pg_ctl', ['-D', primary, '-l', join(root, 'primary.log'), '-w', '-t', '60', 'start']);
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(ports.primary), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    appendFileSync(join(standby, 'postgresql.conf'), `\nport = ${ports.standby}\nhot_standby = on\n`);
    await startStandby();
  } catch (error) {
    await destroy();
    throw error;
  }

  async function startStandby(): Promise<void> {
    await pg('pg_ctl', ['-D', standby, '-l', join(root, 'standby.log'), '-w', '-t', '60', 'start']);
  }

  const replica: StreamingReplica = {
    primaryUrl: (database) => url(ports.primary, database),
    replicaUrl: (database) => url(ports.standby, database),
    pauseReplay: async () => void (await sql(url(ports.standby, 'postgres'), 'SELECT pg_wal_replay_pause()')),
    resumeReplay: async () => void (await sql(url(ports.standby, 'postgres'), 'SELECT pg_wal_replay_resume()')),
    stopReplica: () => pg('pg_ctl', ['-D', standby, 'stop', '-m', 'immediate', '-w', '-t', '30']),
    startReplica: startStandby,
    caughtUp: async (timeoutMs = 20_000) => {
      const [{ lsn }] = await sql<{ lsn: string }>(url(ports.primary, 'postgres'), 'SELECT pg_current_wal_flush_lsn()::text AS lsn');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ done }] = await sql<{ done: boolean }>(
          url(ports.standby, 'postgres'),
          `SELECT coalesce(pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn, false) AS done`,
        );
        if (done) return;
        if (Date.now() > deadline) throw new Error(`the standby did not replay ${lsn} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    destroy,
  };
  return replica;
}
