import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { workspaceRoot } from '@nx/devkit';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * Real reference rows for catalogue tests and the search benchmark, read straight from the
 * official ESCO v1.1.1 CSVs and the comuni list in the shared data folder. It loads only the
 * occupations asked for (with their skills), so a test stays fast; the full import is the
 * reference feature's job.
 */

/** Beside the repository (`../shared/data`, as on CI), or wherever PONTE_SHARED_DATA points. */
export const SHARED_DATA_DIR = process.env['PONTE_SHARED_DATA'] ?? resolve(workspaceRoot, '../shared/data');
const ESCO_DIR = join(SHARED_DATA_DIR, 'esco', 'v1.1.1');
type Row = Record<string, string>;

const cache = new Map<string, Row[]>();
function csv(path: string): Row[] {
  let rows = cache.get(path);
  if (!rows) {
    rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
    cache.set(path, rows);
  }
  return rows;
}

const labelsOf = (row: Row) => (row['altLabels'] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export interface Comune {
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** ISTAT 2011 census. */
  population: number;
}

export function comuni(): Comune[] {
  return csv(join(SHARED_DATA_DIR, 'comuni-milano.csv')).map((r) => ({
    code: r['istat_code'],
    name: r['name'],
    lat: Number(r['lat']),
    lon: Number(r['lon']),
    population: Number(r['population']),
  }));
}

export interface EscoOccupation {
  uri: string;
  label: string;
  altLabels: string[];
  iscoGroup: string;
  essential: string[];
  optional: string[];
}

export interface EscoSkill {
  uri: string;
  label: string;
}

/** Occupations by English preferred label (or every one), with their skill relations. */
export function occupations(labels: string[] | 'all'): EscoOccupation[] {
  const wanted = labels === 'all' ? null : new Set(labels);
  const picked = csv(join(ESCO_DIR, 'occupations_en.csv')).filter((r) => !wanted || wanted.has(r['preferredLabel']));
  const byUri = new Map<string, EscoOccupation>(
    picked.map((r) => [
      r['conceptUri'],
      { uri: r['conceptUri'], label: r['preferredLabel'], altLabels: labelsOf(r), iscoGroup: r['iscoGroup'], essential: [], optional: [] },
    ]),
  );
  for (const r of csv(join(ESCO_DIR, 'occupationSkillRelations.csv'))) {
    const occupation = byUri.get(r['occupationUri']);
    if (occupation) (r['relationType'] === 'essential' ? occupation.essential : occupation.optional).push(r['skillUri']);
  }
  return [...byUri.values()];
}

export function skills(uris: Iterable<string>): Map<string, EscoSkill> {
  const wanted = new Set(uris);
  const found = new Map<string, EscoSkill>();
  for (const r of csv(join(ESCO_DIR, 'skills_en.csv'))) {
    if (wanted.has(r['conceptUri'])) found.set(r['conceptUri'], { uri: r['conceptUri'], label: r['preferredLabel'] });
  }
  return found;
}

/** Italian and English labels of the ISCO groups, by 4-digit code. */
export function iscoGroups(): Map<string, { uri: string; it: string; en: string }> {
  return new Map(
    csv(join(SHARED_DATA_DIR, 'esco', 'ISCOGroups_it_labels.csv')).map((r) => [r['isco_code'], { uri: r['uri'], it: r['label_it'], en: r['label_en'] }]),
  );
}

async function insertBatches(dataSource: DataSource, sql: string, columns: unknown[][]): Promise<void> {
  const size = 5000;
  const length = columns[0]?.length ?? 0;
  for (let start = 0; start < length; start += size) {
    await dataSource.query(sql, columns.map((column) => column.slice(start, start + size)));
  }
}

export interface LoadedSample {
  comuni: Comune[];
  occupations: EscoOccupation[];
  skills: Map<string, EscoSkill>;
}

/**
 * Loads the comuni, every ISCO group (Italian and English labels), and the given occupations
 * with their essential and optional skills (English labels) into the reference tables.
 */
export async function loadReferenceSample(dataSource: DataSource, labels: string[] | 'all'): Promise<LoadedSample> {
  const towns = comuni();
  await dataSource.query(
    `INSERT INTO comuni (istat_code, name, lat, lon, population)
     SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int[])
     ON CONFLICT DO NOTHING`,
    [towns.map((c) => c.code), towns.map((c) => c.name), towns.map((c) => c.lat), towns.map((c) => c.lon), towns.map((c) => c.population)],
  );
  const picked = occupations(labels);
  const skillMap = skills(picked.flatMap((o) => [...o.essential, ...o.optional]));
  const groups = [...iscoGroups().entries()];
  const concepts: [string, string, string | null, string | null][] = [
    ...groups.map(([code, g]): [string, string, string | null, string | null] => [g.uri, 'isco_group', code, null]),
    ...picked.map((o): [string, string, string | null, string | null] => [o.uri, 'occupation', null, o.iscoGroup]),
    ...[...skillMap.values()].map((s): [string, string, string | null, string | null] => [s.uri, 'skill', null, null]),
  ];
  await insertBatches(
    dataSource,
    `INSERT INTO esco_concepts (uri, kind, code, isco_group) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT DO NOTHING`,
    [concepts.map((c) => c[0]), concepts.map((c) => c[1]), concepts.map((c) => c[2]), concepts.map((c) => c[3])],
  );
  const labelRows: [string, string, string, string][] = [
    ...groups.flatMap(([, g]): [string, string, string, string][] => [[g.uri, 'it', g.it, 'preferred'], [g.uri, 'en', g.en, 'preferred']]),
    ...picked.flatMap((o): [string, string, string, string][] => [
      [o.uri, 'en', o.label, 'preferred'],
      ...o.altLabels.filter((l) => l !== o.label).map((l): [string, string, string, string] => [o.uri, 'en', l, 'alternative']),
    ]),
    ...[...skillMap.values()].map((s): [string, string, string, string] => [s.uri, 'en', s.label, 'preferred']),
  ];
  // Newer schemas copy the concept's kind onto each label.
  const [kindColumn] = await dataSource.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'esco_labels' AND column_name = 'kind'`,
  );
  await insertBatches(
    dataSource,
    `INSERT INTO esco_labels (uri, language, label, label_kind${kindColumn ? ', kind' : ''})
     SELECT u.*${kindColumn ? ', c.kind' : ''} FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(uri, language, label, label_kind)
     JOIN esco_concepts c ON c.uri = u.uri
     ON CONFLICT DO NOTHING`,
    [labelRows.map((l) => l[0]), labelRows.map((l) => l[1]), labelRows.map((l) => l[2]), labelRows.map((l) => l[3])],
  );
  const relations = picked.flatMap((o) => [
    ...o.essential.filter((s) => skillMap.has(s)).map((s) => [o.uri, s, 'essential']),
    ...o.optional.filter((s) => skillMap.has(s) && !o.essential.includes(s)).map((s) => [o.uri, s, 'optional']),
  ]);
  await insertBatches(
    dataSource,
    `INSERT INTO esco_occupation_skills (occupation_uri, skill_uri, relation) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT DO NOTHING`,
    [relations.map((r) => r[0]), relations.map((r) => r[1]), relations.map((r) => r[2])],
  );
  return { comuni: towns, occupations: picked, skills: skillMap };
}
