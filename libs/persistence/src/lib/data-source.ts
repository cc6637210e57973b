import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';
import { PreparingClient } from './prepared-statements';

export interface DataSourceSettings {
  url: string;
  /** Name shown in pg_stat_activity: api, worker, cli. */
  applicationName: string;
  poolSize?: number;
  /** Per statement, default 15 s; 0 lifts it (benchmarks building large data sets). */
  statementTimeoutMs?: number;
}

/** The one place that says how Ponte talks to PostgreSQL; never `synchronize`. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: settings.poolSize ?? 10,
      // A query must never hang a request when the database is unwell.
      connectionTimeoutMillis: 3000,
      // Idle connections are kept: pg closes them after 10 s by default, and the next burst then
      // paid a fork, cold catalogue caches and every statement prepared again on each new one
      // (stalls of ~300 ms under load, the load benchmark's p99).
      idleTimeoutMillis: 0,
      statement_timeout: settings.statementTimeoutMs ?? 15000,
      // No JIT: Ponte's statements are short, and a plan whose estimate passes jit_above_cost
      // (the search's word expansion) spent ~10 ms compiling on every call.
      options: '-c jit=off',
      // Parameterised statements are prepared once per connection (parsing and planning were
      // most of PostgreSQL's time for the API's short statements).
      Client: PreparingClient,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Names of the migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = new Set<string>(
    (await dataSource.query('SELECT name FROM schema_migrations')).map((row: { name: string }) => row.name),
  );
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}
