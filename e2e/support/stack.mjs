// The system under test for the browser tests: a fresh PostgreSQL database (migrated and
// seeded), the built API and worker on free ports with a generated environment, a mail
// catcher, and both portals served statically with /api proxied to that API. Everything is
// torn down afterwards (processes stopped, database dropped, Redis keys of the run deleted).
//
// Used by e2e/support/global-setup.ts; also runnable alone to try the portals by hand:
//   node e2e/support/stack.mjs            (prints the URLs; Ctrl-C stops everything)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startMailbox } from '../../tools/dev-mailbox.mjs';

export const WORKSPACE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const POSTGRES_ADMIN_URL =
  process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ensureBuilt(project, file, log) {
  if (existsSync(path.join(WORKSPACE, file))) return;
  log(`building ${project} (no ${file})`);
  const build = spawnSync('npx', ['nx', 'build', project], {
    cwd: WORKSPACE,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error(`nx build ${project} failed`);
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function runCli(args, env) {
  const result = spawnSync('node', ['dist/apps/api/cli.js', ...args], {
    cwd: WORKSPACE,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `api cli ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** Starts a long-running child; its output goes to the log only when E2E_VERBOSE is set. */
function startProcess(name, args, env, log) {
  const child = spawn('node', args, {
    cwd: WORKSPACE,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    tail.push(text);
    if (tail.length > 40) tail.shift();
    if (process.env.E2E_VERBOSE) log(`[${name}] ${text.trimEnd()}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.tail = () => tail.join('');
  return child;
}

async function waitFor(url, child, name, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited (${child.exitCode}):\n${child.tail()}`);
    }
    try {
      const answer = await fetch(url);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not answer ${url} in time:\n${child.tail()}`);
}

function stopProcess(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the stack. `portals` lists the portals to serve (each on a free port unless its URL
 * is given in PARTNER_PORTAL_URL / NETWORK_PORTAL_URL, which are then left alone).
 */
export async function startStack({
  portals = ['partner-portal', 'network-portal'],
  log = console.log,
} = {}) {
  const run = randomBytes(4).toString('hex');
  const database = `ponte_test_e2e_${run}`;
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
  const queuePrefix = `ponte_test_e2e_${run}`;
  const mailDir = path.join(WORKSPACE, 'dist/e2e/mail', run);
  const children = [];
  let mailbox = null;
  let databaseCreated = false;

  const stop = async () => {
    await Promise.all(children.map(stopProcess));
    if (mailbox) await mailbox.close();
    if (databaseCreated) {
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch {
      // Redis gone: nothing left to clean.
    } finally {
      redis.disconnect();
    }
    rmSync(mailDir, { recursive: true, force: true });
  };

  try {
    ensureBuilt('api', 'dist/apps/api/main.js', log);
    ensureBuilt('worker', 'dist/apps/worker/main.js', log);
    const [apiPort, smtpPort] = [await freePort(), await freePort()];
    mkdirSync(mailDir, { recursive: true });
    mailbox = await startMailbox({
      port: smtpPort,
      dir: mailDir,
      log: process.env.E2E_VERBOSE ? log : () => undefined,
    });

    const portalUrls = {};
    for (const portal of portals) {
      const given =
        portal === 'partner-portal'
          ? process.env.PARTNER_PORTAL_URL
          : process.env.NETWORK_PORTAL_URL;
      portalUrls[portal] = given ?? `http://127.0.0.1:${await freePort()}`;
    }
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_VERBOSE ? 'info' : 'warn',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      NOTES_ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PARTNER_PORTAL_URL: portalUrls['partner-portal'] ?? 'http://localhost:4200',
      NETWORK_PORTAL_URL: portalUrls['network-portal'] ?? 'http://localhost:4300',
      CORS_ORIGINS: Object.values(portalUrls).join(',') || 'http://localhost:4200',
      SEARCH_ENGINE: 'postgres',
      DEMO_SEED: 'true',
      // The small demo world the browser tests count on, without the showcase's volumes.
      DEMO_SHOWCASE: 'false',
      // The small built-in ESCO set: seeding the full shared data takes minutes.
      PONTE_SHARED_DATA: process.env.E2E_SHARED_DATA ?? path.join(WORKSPACE, 'dist/e2e/no-shared-data'),
    };

    await adminQuery(`CREATE DATABASE ${database}`);
    databaseCreated = true;
    runCli(['migrate'], env);
    runCli(['seed'], env);

    const api = startProcess('api', ['dist/apps/api/main.js'], env, log);
    children.push(api);
    const worker = startProcess('worker', ['dist/apps/worker/main.js'], env, log);
    children.push(worker);
    await waitFor(`${apiUrl}/api/health`, api, 'api');

    for (const portal of portals) {
      const given =
        portal === 'partner-portal'
          ? process.env.PARTNER_PORTAL_URL
          : process.env.NETWORK_PORTAL_URL;
      if (given) continue;
      const port = new URL(portalUrls[portal]).port;
      const server = startProcess(
        portal,
        ['e2e/support/serve-portal.mjs', portal, port],
        { ...process.env, PONTE_API_URL: apiUrl },
        log,
      );
      children.push(server);
      await waitFor(`${portalUrls[portal]}/sign-in`, server, portal, 300_000);
    }

    return {
      apiUrl,
      databaseUrl,
      mailDir,
      queuePrefix,
      partnerPortalUrl: portalUrls['partner-portal'],
      networkPortalUrl: portalUrls['network-portal'],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portals = process.env.E2E_PORTALS === 'none' ? [] : undefined;
  const stack = await startStack({ portals });
  console.log(
    [
      `api             ${stack.apiUrl}/api (docs: /api/docs)`,
      `partner portal  ${stack.partnerPortalUrl}`,
      `network portal  ${stack.networkPortalUrl}`,
      `database        ${stack.databaseUrl}`,
      `mail            ${stack.mailDir}`,
    ].join('\n'),
  );
  const shutdown = () => stack.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
