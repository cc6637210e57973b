export { ENTITIES } from './lib/entities';
export { MIGRATIONS } from './migrations';
export { dataSourceOptions, createDataSource, pendingMigrations } from './lib/data-source';
export type { DataSourceSettings } from './lib/data-source';
