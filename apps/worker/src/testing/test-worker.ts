import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { testEnvironment } from '@ponte/config';
import { createTestDatabase, TestDatabase } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { WorkerInfrastructureModule } from '../worker/worker.module';

export interface TestWorker {
  context: INestApplicationContext;
  dataSource: DataSource;
  database: TestDatabase;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** The given queue modules on a fresh migrated database and the real local Redis. */
export async function createTestWorker(queueModules: Type[], overrides: Record<string, string> = {}): Promise<TestWorker> {
  const database = await createTestDatabase();
  // A suite whose worker fails to start or stop still leaves no database behind.
  try {
    const env = testEnvironment({ DATABASE_URL: database.url, ...overrides });
    Object.assign(process.env, env);
    @Module({ imports: [WorkerInfrastructureModule, ...queueModules] })
    class TestWorkerModule {}
    const context = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await context.init();
    return {
      context,
      dataSource: context.get(DataSource),
      database,
      env,
      close: async () => {
        try {
          await context.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
