/**
 * A load data set built once and kept (`--keep-db`), then measured again without its build
 * (`--db <name>`): at region size the build takes ~30 minutes, longer than the runs themselves.
 * What a later run needs and cannot read from the application's tables is stored beside them in
 * the kept database (schema load_bench): the key the demo TOTP secrets and notes are encrypted
 * under, the ids of the proposals and draft offers made through the API, the volume and the
 * build's figures.
 */
import { TEST_PG_ADMIN_URL } from '@ponte/persistence';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { LoadVolume } from './load-data';

export interface KeptDataSet {
  volume: LoadVolume & { region: boolean };
  /** NOTES_ENCRYPTION_KEYS of the build: the demo counsellors' TOTP secrets are sealed under it. */
  notesKeys: string;
  proposalIds: string[];
  draftOfferIds: string[];
  buildSeconds: number;
  timings: [string, number][];
  builtAt: string;
}

/** A kept database's name says what it holds; the reaper and tools/test.mjs drop none by it. */
export function keptName(name: string, region: boolean): string {
  return name.replace(/^ponte_test_/, `ponte_bench_${region ? 'region' : 'metro'}_`);
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recordDataSet(ds: DataSource, kept: KeptDataSet): Promise<void> {
  await ds.query(`CREATE SCHEMA IF NOT EXISTS load_bench`);
  await ds.query(`CREATE TABLE IF NOT EXISTS load_bench.data_set (id int PRIMARY KEY CHECK (id = 1), kept jsonb NOT NULL)`);
  await ds.query(`INSERT INTO load_bench.data_set (id, kept) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET kept = excluded.kept`, [JSON.stringify(kept)]);
}

export async function recallDataSet(ds: DataSource, name: string): Promise<KeptDataSet> {
  const rows: { kept: KeptDataSet }[] = await ds.query(`SELECT kept FROM load_bench.data_set WHERE id = 1`).catch(() => []);
  if (!rows.length) throw new Error(`${name} is not a data set kept by load.bench.ts --keep-db (no load_bench.data_set row)`);
  return rows[0].kept;
}

/**
 * Renames the kept database once nothing uses it any more (the bench's processes and data source
 * are stopped before; backends still closing are ended, the database being the bench's own).
 */
export async function renameKept(from: string, to: string, comment: string): Promise<void> {
  const client = new Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [from]);
    await client.query(`ALTER DATABASE ${from} RENAME TO ${to}`);
    await client.query(`COMMENT ON DATABASE ${to} IS ${client.escapeLiteral(comment)}`);
  } finally {
    await client.end();
  }
}
