import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { dataSourceOptions } from '@ponte/persistence';

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
})
export class DatabaseModule {}
