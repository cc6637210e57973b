import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule } from '@ponte/config';
import { AuditCoreModule } from '../audit/audit-core.module';
import { AuthCoreModule } from '../auth/auth-core.module';
import { CryptoModule } from '../common/crypto/crypto.module';
import { IdempotencyInterceptor } from '../common/idempotency/idempotency.interceptor';
import { ProblemFilter } from '../common/problem/problem.filter';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { QueueModule } from '../queue/queue.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    CryptoModule,
    AuthCoreModule,
    AuditCoreModule,
    // Feature modules
    HealthModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule {}
