import type { AppConfig } from '@ponte/config';
import { testEnvironment } from '@ponte/config';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { FlowProducer, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AccessTokenService } from '../../../src/auth/access-token.service';
import { MatrixWorld } from '../../authorization/authorization-world';
import { BuiltApp, startBuiltApi } from '../../resilience/support/built-apps';
import { dropQueueKeys } from '../../resilience/support/queue-keys';
import type { TestApp } from '../../test-app';

export interface BuiltWorld {
  api: BuiltApp;
  /** The authorization matrix's world (callers, networks, organisations, record factories), on the built API. */
  w: MatrixWorld;
  dataSource: DataSource;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The BUILT API (dist/apps/api/main.js) on a fresh migrated database, with the authorization
 * matrix's world around it: the matrix's callers and record factories work unchanged because
 * supertest accepts the API's URL where an in-process test passes its server, and tokens are
 * signed with the secret the process was given.
 */
export async function startBuiltWorld(overrides: Record<string, string> = {}): Promise<BuiltWorld> {
  const database: TestDatabase = await createTestDatabase();
  const env = testEnvironment({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    PARTNER_PORTAL_URL: 'https://partner.ponte.test',
    NETWORK_PORTAL_URL: 'https://rete.ponte.test',
    ...overrides,
  });
  const dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-security', poolSize: 3 });
  await dataSource.initialize();
  const api = await startBuiltApi(env);
  const tokens = new AccessTokenService({ JWT_SECRET: env.JWT_SECRET } as AppConfig);
  // What matrix factories ask the Nest app for: the token signer, queues and flow producers (by
  // their Nest token). A flow producer is not a queue: a flow handed to Queue.add fails in Redis.
  const queues = new Map<string, Queue | FlowProducer>();
  const get = (token: unknown) => {
    if (token === AccessTokenService) return tokens;
    const key = String(token);
    const options = { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX };
    if (!queues.has(key)) {
      queues.set(
        key,
        key.startsWith('BullFlowProducer_') ? new FlowProducer(options) : new Queue(key.replace(/^BullQueue_/, ''), options),
      );
    }
    return queues.get(key);
  };
  const close = async () => {
    try {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      await api.stop();
      await dataSource.destroy();
    } finally {
      await database.drop();
      await dropQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
    }
  };
  const shim = { app: { get }, server: api.url, dataSource, database, env, close } as unknown as TestApp;
  return { api, w: await MatrixWorld.create(shim), dataSource, env, close };
}
