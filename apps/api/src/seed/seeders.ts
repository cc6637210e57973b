import { catalogueSeeder } from '../catalogue/catalogue.seeder';
import { seedOrder, type Seeder } from '../common/seed/seeder';
import { showcaseSeeder } from '../demo/showcase.seeder';
import { networksSeeder } from '../networks/networks.seeder';
import { demoIdentitySeeder } from '../organisations/demo-identity.seeder';
import { demoProfilesSeeder } from '../profiles/demo-profiles.seeder';
import { referenceSeeder } from '../reference/reference.seeder';

/**
 * Every feature's seeder, in run order (each after the seeders it names). The seed's
 * composition root, read by the CLI only: the features declare their seeders and what they
 * read, and import nothing from here.
 */
export const SEEDERS: readonly Seeder[] = seedOrder([referenceSeeder, networksSeeder, demoIdentitySeeder, demoProfilesSeeder, catalogueSeeder, showcaseSeeder]);
