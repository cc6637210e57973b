import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EscoConceptKind } from '@ponte/persistence';
import { broaderFile, comuniFile, conceptFile, iscoLabelsFile, occupationSkillFile } from './csv-sources';
import type { ReferenceSource } from './reference-records';

const CONCEPT_FILES: Record<string, EscoConceptKind> = {
  skillgroups: 'skill_group',
  skills: 'skill',
  occupations: 'occupation',
  iscogroups: 'isco_group',
};

/** Thrown for operator mistakes (missing folder, no language): the CLI prints the message. */
export class ReferenceInputError extends Error {}

/**
 * The files of an ESCO CSV download the importer understands, in load order. Names are the
 * official ones (`skills_it.csv`, `occupationSkillRelations.csv`, ...); the language comes
 * from the name's suffix, else from `language`. Other files (collections, hierarchy views)
 * are ignored: they repeat what these hold. `labelsOnly`: a language pack of another ESCO
 * version, of which only the labels are taken (see ConceptRecord); its relations are ignored.
 */
export function escoDirectorySources(dir: string, language?: string, labelsOnly = false): ReferenceSource[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ReferenceInputError(`ESCO folder not found: ${dir}`);
  const concepts: ReferenceSource[] = [];
  const relations: ReferenceSource[] = [];
  for (const name of readdirSync(dir).sort()) {
    const concept = /^(skills|occupations|skillGroups|ISCOGroups)(?:_([a-z]{2}))?\.csv$/i.exec(name);
    if (concept) {
      const lang = concept[2]?.toLowerCase() ?? language;
      if (!lang) throw new ReferenceInputError(`Cannot tell the language of ${name}: pass --language`);
      concepts.push(conceptFile(join(dir, name), CONCEPT_FILES[concept[1].toLowerCase()], lang, labelsOnly));
    } else if (labelsOnly) {
      continue;
    } else if (/^broaderRelationsSkillPillar(?:_[a-z]{2})?\.csv$/i.test(name)) {
      relations.push(broaderFile(join(dir, name)));
    } else if (/^occupationSkillRelations(?:_[a-z]{2})?\.csv$/i.test(name)) {
      relations.push(occupationSkillFile(join(dir, name)));
    }
  }
  if (concepts.length + relations.length === 0) throw new ReferenceInputError(`No ESCO ${labelsOnly ? 'concept ' : ''}CSV files in ${dir}`);
  return [...concepts, ...relations];
}

export interface ReferenceFileOptions {
  esco?: string[];
  /** Language packs of other ESCO versions: labels only, read after the base packs. */
  escoLabels?: string[];
  language?: string;
  iscoLabels?: string[];
  comuni?: string;
}

/** Every source named on the command line, ESCO folders first. */
export function referenceFileSources(options: ReferenceFileOptions): ReferenceSource[] {
  const existing = (file: string) => {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new ReferenceInputError(`File not found: ${file}`);
    return file;
  };
  if (options.language !== undefined && !/^[a-z]{2}$/.test(options.language)) {
    throw new ReferenceInputError(`--language must be a two-letter code, got "${options.language}"`);
  }
  return [
    ...(options.esco ?? []).flatMap((dir) => escoDirectorySources(dir, options.language)),
    ...(options.escoLabels ?? []).flatMap((dir) => escoDirectorySources(dir, options.language, true)),
    ...(options.iscoLabels ?? []).map((file) => iscoLabelsFile(existing(file))),
    ...(options.comuni ? [comuniFile(existing(options.comuni))] : []),
  ];
}

/**
 * The full shared data set under `root` (the `shared/data` folder), or null when it is not
 * there: the official ESCO v1.1.1 en pack, the official v1.0.8 Italian occupations and ISCO
 * groups as labels only (codes and ISCO groups stay v1.1.1's; its 3 occupations absent from
 * v1.1.1 are skipped, v1.1.1's without an Italian label fall back to English), the Italian
 * ISCO labels of v1.1 and the comuni.
 */
export function sharedDataOptions(root: string): ReferenceFileOptions | null {
  const esco = join(root, 'esco', 'v1.1.1');
  const escoIt = join(root, 'esco', 'v1.0.8-it');
  const iscoIt = join(root, 'esco', 'ISCOGroups_it_labels.csv');
  const comuni = join(root, 'comuni-milano.csv');
  if (!statSync(esco, { throwIfNoEntry: false })?.isDirectory()) return null;
  return {
    esco: [esco],
    escoLabels: statSync(escoIt, { throwIfNoEntry: false })?.isDirectory() ? [escoIt] : [],
    iscoLabels: statSync(iscoIt, { throwIfNoEntry: false }) ? [iscoIt] : [],
    comuni: statSync(comuni, { throwIfNoEntry: false }) ? comuni : undefined,
  };
}
