// Node-only loaders for the CLI, the benchmark and the tests. The engine itself never does I/O:
// callers that cannot read files build the same objects with buildTaxonomy / buildComuneIndex.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from './lib/csv';
import { buildComuneIndex, type ComuneIndex } from './lib/geo';
import { languageSkillRows } from './lib/languages';
import {
  buildTaxonomy,
  type BroaderRelationRow,
  type OccupationRow,
  type OccupationSkillRow,
  type Taxonomy,
  type TaxonomyOptions,
} from './lib/taxonomy';

function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'));
}

function requireColumns(
  file: string,
  rows: Record<string, string>[],
  columns: string[],
): void {
  const missing = rows.length > 0 ? columns.filter((c) => !(c in rows[0])) : [];
  if (missing.length > 0)
    throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}

export interface EscoLoadOptions extends TaxonomyOptions {
  /** Also read occupationSkillRelations.csv (target-occupation gaps, pathways). Default true. */
  occupationSkills?: boolean;
}

/**
 * Reads a folder in the official ESCO CSV layout: broaderRelationsSkillPillar.csv (required),
 * occupations_en.csv (ISCO groups), occupationSkillRelations.csv (target gaps, specificity) and
 * languageSkillsCollection_en.csv (language skills held through her languages) and
 * transversalSkillsCollection_en.csv (the least specific skills) when present.
 */
export function loadEscoTaxonomy(
  dir: string,
  options: EscoLoadOptions = {},
): Taxonomy {
  const broaderFile = join(dir, 'broaderRelationsSkillPillar.csv');
  if (!existsSync(broaderFile))
    throw new Error(`${dir}: no broaderRelationsSkillPillar.csv`);
  const broader = readCsv(broaderFile);
  requireColumns(broaderFile, broader, ['conceptUri', 'broaderUri']);
  const occupationsFile = join(dir, 'occupations_en.csv');
  const occupations = existsSync(occupationsFile)
    ? readCsv(occupationsFile)
    : [];
  requireColumns(occupationsFile, occupations, ['conceptUri', 'iscoGroup']);
  const relationsFile = join(dir, 'occupationSkillRelations.csv');
  const relations =
    options.occupationSkills !== false && existsSync(relationsFile)
      ? readCsv(relationsFile)
      : [];
  requireColumns(relationsFile, relations, [
    'occupationUri',
    'relationType',
    'skillUri',
  ]);
  const languagesFile = join(dir, 'languageSkillsCollection_en.csv');
  const languages = existsSync(languagesFile) ? readCsv(languagesFile) : [];
  requireColumns(languagesFile, languages, ['conceptUri', 'preferredLabel']);
  const transversalFile = join(dir, 'transversalSkillsCollection_en.csv');
  const transversal = existsSync(transversalFile) ? readCsv(transversalFile) : [];
  requireColumns(transversalFile, transversal, ['conceptUri']);
  return buildTaxonomy(
    {
      broaderRelations: broader as unknown as BroaderRelationRow[],
      occupations: occupations as unknown as OccupationRow[],
      occupationSkills: relations as unknown as OccupationSkillRow[],
      languageSkills: languageSkillRows(languages.map((r) => ({ uri: r['conceptUri'], label: r['preferredLabel'] }))),
      transversalSkills: transversal.map((r) => r['conceptUri']),
    },
    options,
  );
}

/** Reads a comuni CSV with at least istat_code, lat, lon (name optional). */
export function loadComuni(file: string): ComuneIndex {
  const rows = readCsv(file);
  requireColumns(file, rows, ['istat_code', 'lat', 'lon']);
  return buildComuneIndex(
    rows.map((r) => ({
      istatCode: r['istat_code'],
      name: r['name'] || undefined,
      lat: Number(r['lat']),
      lon: Number(r['lon']),
    })),
  );
}

/**
 * The shared reference data folder: $PONTE_SHARED_DATA, else `shared/data` beside the
 * repository (a clean clone placed next to shared/), searched upwards from `from`.
 */
export function locateSharedData(from: string = __dirname): string | undefined {
  const env = process.env['PONTE_SHARED_DATA'];
  if (env) return existsSync(env) ? resolve(env) : undefined;
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(join(candidate, 'comuni-milano.csv'))) return candidate;
    const parent = resolve(dir, '..');
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function sharedEscoDir(sharedData: string): string {
  return join(sharedData, 'esco', 'v1.1.1');
}
