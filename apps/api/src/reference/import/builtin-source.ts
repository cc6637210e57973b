import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EscoConceptKind } from '@ponte/persistence';
import type { ReferenceRecord, ReferenceSource } from './reference-records';

const ESCO = 'http://data.europa.eu/esco/';
const FILE = 'reference-seed.json';

type SeedConcept = [string, EscoConceptKind, string | null, string | null, string | null, string | null, Record<string, string[]>];

/** The compact layout written by seed-data/generate.mjs; URIs are relative to ESCO's base. */
export interface ReferenceSeed {
  about: string;
  concepts: SeedConcept[];
  broader: [string, string][];
  occupationSkills: [string, string, 'e' | 'o'][];
  comuni: [string, string, number, number, number | null][];
}

/** Beside the sources (tests, ts-node) or copied next to the bundle (dist/apps/api/reference-seed). */
export function builtinSeedPath(): string {
  const candidates = [join(__dirname, '..', 'seed-data', FILE), join(__dirname, 'reference-seed', FILE)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`Built-in reference set not found (looked in ${candidates.join(', ')})`);
  return found;
}

/**
 * The built-in reference set for machines without the shared data: 28 occupations of
 * protected placement (English and official Italian labels), about 160 of their essential
 * skills with every broader concept, their ISCO groups (Italian labels too) and all 133 comuni.
 * Additive: it never removes stored relations.
 */
export function builtinSeedSource(options: { comuniOnly?: boolean; path?: string } = {}): ReferenceSource {
  const text = readFileSync(options.path ?? builtinSeedPath());
  const uri = (relative: string) => `${ESCO}${relative}`;
  return {
    name: options.comuniOnly ? 'built-in comuni' : 'built-in reference set',
    size: text.length,
    fingerprint: async () => `builtin${options.comuniOnly ? '-comuni' : ''}:${createHash('sha256').update(text).digest('hex')}`,
    async *read(onBytes): AsyncIterable<ReferenceRecord> {
      const seed = JSON.parse(text.toString('utf8')) as ReferenceSeed;
      for (const [istatCode, name, lat, lon, population] of seed.comuni) {
        yield { type: 'comune', value: { istatCode, name, lat, lon, population } };
      }
      if (options.comuniOnly) return onBytes(text.length);
      for (const [relative, kind, code, iscoGroup, skillType, reuseLevel, labels] of seed.concepts) {
        yield {
          type: 'concept',
          value: {
            uri: uri(relative),
            kind,
            code,
            iscoGroup,
            skillType,
            reuseLevel,
            labels: Object.entries(labels).map(([language, [preferred, ...alternatives]]) => ({ language, preferred, alternatives, complete: true })),
          },
        };
      }
      for (const [skill, broader] of seed.broader) yield { type: 'broader', value: { skillUri: uri(skill), broaderUri: uri(broader) } };
      for (const [occupation, skill, relation] of seed.occupationSkills) {
        yield {
          type: 'occupationSkill',
          value: { occupationUri: uri(occupation), skillUri: uri(skill), relation: relation === 'e' ? 'essential' : 'optional' },
        };
      }
      onBytes(text.length);
    },
  };
}
