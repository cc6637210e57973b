import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, ConfigModule } from '@ponte/config';
import { DEFAULT_JOB_OPTIONS } from '@ponte/jobs';
import { dataSourceOptions } from '@ponte/persistence';
import { LoggerModule } from 'nestjs-pino';
import { JobSchedulerKeeper } from './job-scheduler-keeper';

/** Infrastructure shared by every queue's processors. Queue modules are added in AppWorkerModule. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'ponte-worker', poolSize: 5 }),
        retryAttempts: 0,
      }),
    }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Workers block on Redis: they must retry forever rather than fail a command.
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
  ],
  // Puts back the repeatable sweeps when Redis comes back empty.
  providers: [JobSchedulerKeeper],
})
export class WorkerInfrastructureModule {}
