import type { DataSource } from 'typeorm';

export interface SeedContext {
  dataSource: DataSource;
  /** Print one progress line. */
  log: (line: string) => void;
}

/**
 * A demo-data step, declared by its feature. Each must be idempotent: running the seed twice
 * changes nothing, so `npm start` can seed on every boot. `after` names the seeders whose rows
 * it reads (by key), and seedOrder runs them first.
 */
export interface Seeder {
  key: string;
  name: string;
  after: readonly string[];
  run(context: SeedContext): Promise<void>;
}

/**
 * The seeders in a run order where each comes after those it names: the given order where it
 * already holds. Refuses a seeder naming an unknown key or a circle of seeders.
 */
export function seedOrder(seeders: readonly Seeder[]): Seeder[] {
  const byKey = new Map(seeders.map((seeder) => [seeder.key, seeder]));
  for (const seeder of seeders) {
    const unknown = seeder.after.filter((key) => !byKey.has(key));
    if (unknown.length) throw new Error(`Seeder "${seeder.key}" runs after unknown seeders: ${unknown.join(', ')}`);
  }
  const ordered: Seeder[] = [];
  const done = new Set<string>();
  while (ordered.length < seeders.length) {
    const ready = seeders.find((seeder) => !done.has(seeder.key) && seeder.after.every((key) => done.has(key)));
    if (!ready) {
      const waiting = seeders.filter((seeder) => !done.has(seeder.key)).map((seeder) => seeder.key);
      throw new Error(`Seeders wait on each other: ${waiting.join(', ')}`);
    }
    ordered.push(ready);
    done.add(ready.key);
  }
  return ordered;
}
