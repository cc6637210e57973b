import { randomBytes } from 'node:crypto';
import { createDataSource } from './data-source';
import { Client } from 'pg';

/** Server that hosts the throw-away test databases (a real PostgreSQL, never a mock). */
export const TEST_PG_ADMIN_URL = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function urlFor(name: string): string {
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The Jest test file running now, or the script: a database left behind names who made it. */
function creator(): string {
  const jestExpect = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect;
  return jestExpect?.getState?.().testPath ?? process.argv[1] ?? 'unknown';
}

/** A fresh database with every migration applied, exactly as production gets it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ponte_test_${randomBytes(6).toString('hex')}`;
  await admin(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    await client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(`created by ${creator()}`)}`);
  });
  const url = urlFor(name);
  const drop = () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  try {
    const dataSource = createDataSource({ url, applicationName: 'ponte-test-migrate', poolSize: 1 });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, drop };
}

/**
 * Builds something (an app, a worker) on a fresh test database and drops the database when it
 * closes, or at once when building fails: a suite that cannot start or stop leaves none behind.
 */
export async function onTestDatabase<T extends { close(): Promise<void> }>(build: (database: TestDatabase) => Promise<T>): Promise<T> {
  const database = await createTestDatabase();
  let built: T;
  try {
    built = await build(database);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const close = built.close.bind(built);
  built.close = async () => {
    try {
      await close();
    } finally {
      await database.drop();
    }
  };
  return built;
}
