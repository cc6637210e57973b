import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { dataSourceOptions } from '@ponte/persistence';
import { PrimaryAfterWrite } from './primary-after-write.interceptor';
import { ReadDatabase } from './read-database';

/** The primary (TypeORM, every write) and, when configured, the replica for lag-tolerant reads. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'ponte-api', poolSize: config.DATABASE_POOL_SIZE }),
        // Boot even when PostgreSQL is down: health answers 503 and the pool reconnects by itself.
        retryAttempts: 0,
        manualInitialization: false,
      }),
    }),
  ],
  providers: [ReadDatabase, { provide: APP_INTERCEPTOR, useClass: PrimaryAfterWrite }],
  exports: [ReadDatabase],
})
export class DatabaseModule {}
