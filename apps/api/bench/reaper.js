#!/usr/bin/env node
// The benchmarks' reaper (exit-guard.ts): `reaper.js --detach <benchPid> <stateFile>` starts itself
// again detached and returns at once, so the reaper is re-parented away from the benchmark's process
// tree (nx stops a task by killing its whole tree). It then checks every second: state file gone
// (the benchmark cleaned up) → exit; benchmark gone with the file still there → stop the processes,
// drop the databases and the queue keys it names, remove the file, exit.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, readFileSync, rmSync } = require('node:fs');

const args = process.argv.slice(2);
if (args[0] === '--detach') {
  spawn(process.execPath, [__filename, ...args.slice(1)], { detached: true, stdio: 'ignore' }).unref();
  process.exit(0);
}
const [benchPid, file] = [Number(args[0]), args[1]];
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function reap() {
  const state = JSON.parse(readFileSync(file, 'utf8'));
  for (const pid of state.pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 40 && state.pids.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 250));
  for (const pid of state.pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  if (state.databases.length) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    for (const name of state.databases) if (/^ponte_(test|bench)_[a-z0-9_]+$/.test(name)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
  for (const { redisUrl, prefix } of state.queues) {
    const Redis = require('ioredis');
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
  rmSync(file, { force: true });
}

const timer = setInterval(() => {
  if (!existsSync(file)) process.exit(0);
  if (alive(benchPid)) return;
  clearInterval(timer);
  reap().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}, 1000);
