import { INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { createTestDatabase, TestDatabase } from '@ponte/persistence';
import { testEnvironment } from '@ponte/config';

export interface TestApp {
  app: INestApplication;
  server: Server;
  dataSource: DataSource;
  database: TestDatabase;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The real API (every module, global pipes and filters) on a fresh, migrated PostgreSQL
 * database and the local Redis. Call `close()` in afterAll.
 */
export async function createTestApp(overrides: Record<string, string> = {}, extraModules: Type[] = []): Promise<TestApp> {
  const database = await createTestDatabase();
  const env = testEnvironment({ DATABASE_URL: database.url, ...overrides });
  Object.assign(process.env, env);
  // Extra modules let a test mount probe controllers next to the real ones.
  @Module({ imports: [AppModule, ...extraModules] })
  class TestRootModule {}
  const app = await NestFactory.create<NestExpressApplication>(TestRootModule, { logger: false, abortOnError: false });
  configureApp(app);
  await app.init();
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    database,
    env,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
