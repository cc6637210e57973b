import { DataSource } from 'typeorm';
import { catalogueSeeder } from '../catalogue/catalogue.seeder';
import { showcaseSeeder } from '../demo/showcase.seeder';
import { networksSeeder } from '../networks/networks.seeder';
import { demoIdentitySeeder } from '../organisations/demo-identity.seeder';
import { demoProfilesSeeder } from '../profiles/demo-profiles.seeder';
import { referenceSeeder } from '../reference/reference.seeder';

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

/** Run in order; features append their seeders here. Reference data first: the rest cites it. */
export const SEEDERS: Seeder[] = [referenceSeeder, networksSeeder, demoIdentitySeeder, demoProfilesSeeder, catalogueSeeder, showcaseSeeder];
