import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIONS } from '../migrations';
import { createDataSource } from './data-source';

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

/** Test databases are copies of a template: every migration applied once, then copied per suite. */
export const TEST_TEMPLATE_PREFIX = 'ponte_template_';
/** Serialises the building of a template across test processes (any constant of our own). */
const TEMPLATE_LOCK = 7_460_118_202_611;

/** Names the migration set: a migration added or edited gets a template of its own. */
function templateName(): string {
  const source = MIGRATIONS.map((m) => `${m.name}\n${m.prototype.up.toString()}\n${m.prototype.down.toString()}`).join('\n');
  return `${TEST_TEMPLATE_PREFIX}${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
}

async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource({ url, applicationName: 'ponte-test-migrate', poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The template of this migration set, built once (under a lock: parallel test processes wait
 * for the first). Built under a temporary name and renamed when complete, then closed to
 * connections, as copying needs it idle. Migrating took seconds per suite; a copy takes
 * a fraction of that.
 */
let knownTemplate: string | null = null;
async function migratedTemplate(): Promise<string> {
  const name = templateName();
  if (knownTemplate === name) return name;
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      if ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) return;
      const building = `ponte_test_${randomBytes(6).toString('hex')}`;
      await client.query(`CREATE DATABASE ${building}`);
      await client.query(`COMMENT ON DATABASE ${building} IS ${client.escapeLiteral(`a template being built, created by ${creator()}`)}`);
      try {
        await migrate(urlFor(building));
        await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      } catch (error) {
        await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        throw error;
      }
      await client.query(`COMMENT ON DATABASE ${name} IS 'template of the test databases (tools/test.mjs drops it at the start of a run)'`);
      await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  knownTemplate = name;
  return name;
}

/**
 * A fresh database with every migration applied, exactly as production gets it: a copy of the
 * migrated template, or (`fromScratch`, for the tests of the migrations themselves) migrated
 * step by step.
 */
export async function createTestDatabase(options: { fromScratch?: boolean } = {}): Promise<TestDatabase> {
  const name = `ponte_test_${randomBytes(6).toString('hex')}`;
  const url = urlFor(name);
  const drop = () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  const comment = (client: Client) => client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(`created by ${creator()}`)}`);
  if (options.fromScratch) {
    await admin(async (client) => {
      await client.query(`CREATE DATABASE ${name}`);
      await comment(client);
    });
    try {
      await migrate(url);
    } catch (error) {
      await drop();
      throw error;
    }
    return { name, url, drop };
  }
  const copy = async () => {
    const template = await migratedTemplate();
    await admin(async (client) => {
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      await comment(client);
    });
  };
  try {
    await copy();
  } catch (error) {
    // Another run dropped the template meanwhile (tools/test.mjs starts from a new one): build it again.
    if ((error as { code?: string }).code !== '3D000') throw error;
    knownTemplate = null;
    await copy();
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
