import { DataSource } from 'typeorm';

export interface SeedContext {
  dataSource: DataSource;
  /** Print one progress line. */
  log: (line: string) => void;
}

/**
 * A demo-data step. Each must be idempotent: running the seed twice changes nothing,
 * so `npm start` can seed on every boot.
 */
export interface Seeder {
  name: string;
  run(context: SeedContext): Promise<void>;
}

/** Run in order; features append their seeders here. */
export const SEEDERS: Seeder[] = [];
