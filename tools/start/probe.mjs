// Cheap "does something answer there?" checks used before choosing or starting a service.
import net from 'node:net';
import pg from 'pg';
import Redis from 'ioredis';

/** Resolves true when a TCP connection to host:port opens within the timeout. */
export function tcpAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The same URL pointed at the maintenance database, which exists on every server. */
export function adminDatabaseUrl(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** TCP first (fails fast when nothing listens), then `select 1` on the maintenance db. */
export async function postgresAnswers(url, timeoutMs = 2000) {
  const { hostname, port } = new URL(url);
  if (!(await tcpAnswers(hostname || 'localhost', Number(port || 5432), timeoutMs))) return false;
  const client = new pg.Client({
    connectionString: adminDatabaseUrl(url),
    connectionTimeoutMillis: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the URL's database when it is missing; returns true when it had to create it. */
export async function ensureDatabase(url) {
  const name = databaseName(url);
  const client = new pg.Client({ connectionString: adminDatabaseUrl(url) });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount > 0) return false;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** PING through ioredis, so passwords, database numbers and rediss:// work as in the API. */
export async function redisAnswers(url, timeoutMs = 1500) {
  // A refused TCP connect answers at once; ioredis would keep a timer alive for seconds.
  const { hostname, port } = new URL(url);
  if (!(await tcpAnswers(hostname || 'localhost', Number(port || 6379), timeoutMs))) return false;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** True when nothing listens on host:port (we can bind it ourselves). */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    // Only "in use" means busy: a host without IPv6 (EADDRNOTAVAIL) has nothing there.
    server.once('error', (error) => resolve(error.code !== 'EADDRINUSE'));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port the kernel considers free right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
