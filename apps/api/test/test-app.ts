import { INestApplication, Module, Type } from '@nestjs/common';
import { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { createApiApp } from '../src/app/create-app';
import { onTestDatabase, TestDatabase } from '@ponte/persistence';
import { testEnvironment } from '@ponte/config';

export interface TestApp {
  app: INestApplication;
  server: Server;
  dataSource: DataSource;
  database: TestDatabase;
  env: Record<string, string>;
  /** Every `METHOD /path` registered on Fastify, as it was registered (plugins' routes included). */
  routes: string[];
  close(): Promise<void>;
}

/**
 * The real API (every module, global pipes and filters) on a fresh, migrated PostgreSQL
 * database and the local Redis. Call `close()` in afterAll: it drops the database too.
 */
export function createTestApp(overrides: Record<string, string> = {}, extraModules: Type[] = []): Promise<TestApp> {
  return onTestDatabase(async (database) => {
    const env = testEnvironment({ DATABASE_URL: database.url, ...overrides });
    Object.assign(process.env, env);
    // Extra modules let a test mount probe controllers next to the real ones.
    @Module({ imports: [AppModule, ...extraModules] })
    class TestRootModule {}
    const app = await createApiApp(TestRootModule, { logger: false, abortOnError: false });
    const fastify = app.getHttpAdapter().getInstance();
    const routes: string[] = [];
    // Nest registers its controllers' routes at init, after this hook.
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push(`${method} ${route.url}`);
    });
    await app.init();
    // Fastify serves requests on its server only once ready (listen() would wait for it).
    await fastify.ready();
    return { app, server: app.getHttpServer(), dataSource: app.get(DataSource), database, env, routes, close: () => app.close() };
  });
}
