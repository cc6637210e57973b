import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { testEnvironment } from '@ponte/config';
import { onTestDatabase, TestDatabase } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { WorkerInfrastructureModule } from '../src/worker/worker.module';

export interface TestWorker {
  context: INestApplicationContext;
  dataSource: DataSource;
  database: TestDatabase;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** The given queue modules on a fresh migrated database and the real local Redis; `close()` drops the database. */
export function createTestWorker(queueModules: Type[], overrides: Record<string, string> = {}): Promise<TestWorker> {
  return onTestDatabase(async (database) => {
    const env = testEnvironment({ DATABASE_URL: database.url, ...overrides });
    Object.assign(process.env, env);
    @Module({ imports: [WorkerInfrastructureModule, ...queueModules] })
    class TestWorkerModule {}
    const context = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await context.init();
    return { context, dataSource: context.get(DataSource), database, env, close: () => context.close() };
  });
}
