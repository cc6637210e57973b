import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@ponte/config';
import { ProblemFilter } from '../common/problem/problem.filter';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { QueueModule } from '../queue/queue.module';

@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, QueueModule, HealthModule],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
export class AppModule {}
