import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@ponte/jobs';
import { QueueErrorsListener } from './queue-errors.listener';
import { RedisClient } from './redis.provider';

const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));

/** Producers of every queue; the worker app consumes them. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...queues,
  ],
  providers: [RedisClient, QueueErrorsListener],
  exports: [RedisClient, ...queues],
})
export class QueueModule {}
