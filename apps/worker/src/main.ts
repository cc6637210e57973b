import { NestFactory } from '@nestjs/core';
import { ConfigError, parseEnv } from '@ponte/config';
import { Logger } from 'nestjs-pino';
import { AppWorkerModule } from './worker/app-worker.module';
import { JobSchedulerKeeper } from './worker/job-scheduler-keeper';

/** Runs the BullMQ processors; no HTTP server. Stops cleanly on SIGTERM (jobs in flight finish or are retried). */
async function bootstrap(): Promise<void> {
  parseEnv(process.env);
  const app = await NestFactory.createApplicationContext(AppWorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Every queue module registered its repeatable sweeps at boot: remember them before going on.
  await app.get(JobSchedulerKeeper).restore();
  app.get(Logger).log('Ponte worker ready');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
