import { APP_CONFIG, AppConfig, ConfigError, parseEnv } from '@ponte/config';
import cluster from 'node:cluster';
import { AppModule } from './app/app.module';
import { createApiApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const app = await createApiApp(AppModule, { bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, '127.0.0.1');
}

/** A worker that dies sooner than this after its start is failing to boot: stop instead of looping. */
const MIN_UPTIME_MS = 10_000;

/**
 * V8's young generation per semi-space, for the cluster's workers (an operator's own setting
 * wins). With Node's default (16 MiB) the load benchmark measured 2.15–2.33 ms of API CPU per
 * request at 400 req/s, with 64 MiB 1.79–1.91 (three alternating pairs of runs): fewer
 * scavenges. It costs up to ~100 MiB more resident memory per worker. A single-process API
 * takes it from the command line (NODE_OPTIONS in the server image).
 */
const YOUNG_GENERATION = '--max-semi-space-size=64';

/**
 * API_WORKERS > 1: a Node cluster of that many API processes sharing the port (the API is
 * stateless: sessions, rate limits and idempotency keys live in PostgreSQL and Redis). The
 * primary only forks, replaces a worker that dies, and passes SIGTERM/SIGINT on.
 */
function primary(workers: number): void {
  let stopping = false;
  const started = new Map<number, number>();
  const own = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(' ')].some((arg) => arg.startsWith('--max-semi-space-size'));
  cluster.setupPrimary({ execArgv: own ? process.execArgv : [...process.execArgv, YOUNG_GENERATION] });
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const uptime = Date.now() - (started.get(worker.id) ?? 0);
    console.error(`API worker ${worker.process.pid} exited (${signal ?? code}) after ${uptime} ms`);
    if (uptime < MIN_UPTIME_MS) process.exit(code || 1);
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
}

try {
  // Validate first, so a bad environment stops the boot with a message naming each variable.
  const config = parseEnv(process.env);
  if (cluster.isPrimary && config.API_WORKERS > 1) primary(config.API_WORKERS);
  else
    bootstrap().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
