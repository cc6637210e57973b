// The only file of the evaluation that reads files: the shared ESCO v1.1.1 CSVs and the comuni.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/lib/csv';
import { sharedEscoDir } from '../src/node';
import type { EvalSource, SourceOccupation } from './source';

function rows(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'));
}

export function loadEvalSource(sharedData: string): EvalSource {
  const esco = sharedEscoDir(sharedData);
  const skillRows = rows(join(esco, 'skills_en.csv'));
  const skills = new Set(skillRows.map((r) => r['conceptUri']));
  const languageRows = rows(join(esco, 'languageSkillsCollection_en.csv'));
  const languageSkills = new Set(languageRows.map((r) => r['conceptUri']));
  const transversal = skillRows
    .filter(
      (r) =>
        r['reuseLevel'] === 'transversal' &&
        !languageSkills.has(r['conceptUri']),
    )
    .map((r) => r['conceptUri'])
    .sort();
  const italian = languageRows
    .filter((r) => /\bItalian\b/.test(r['preferredLabel']))
    .map((r) => r['conceptUri'])
    .sort();

  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const r of rows(join(esco, 'broaderRelationsSkillPillar.csv'))) {
    const child = r['conceptUri'];
    const parent = r['broaderUri'];
    parents.set(child, [...(parents.get(child) ?? []), parent]);
    if (skills.has(child))
      children.set(parent, [...(children.get(parent) ?? []), child]);
  }

  const isco = new Map(
    rows(join(esco, 'occupations_en.csv')).map((r) => [
      r['conceptUri'],
      r['iscoGroup'].trim(),
    ]),
  );
  const byOccupation = new Map<
    string,
    { essential: string[]; optional: string[] }
  >();
  for (const r of rows(join(esco, 'occupationSkillRelations.csv'))) {
    const entry = byOccupation.get(r['occupationUri']) ?? {
      essential: [],
      optional: [],
    };
    (r['relationType'] === 'essential' ? entry.essential : entry.optional).push(
      r['skillUri'],
    );
    byOccupation.set(r['occupationUri'], entry);
  }
  const occupations: SourceOccupation[] = [...byOccupation.entries()]
    .filter(([uri]) => /^\d{4}$/.test(isco.get(uri) ?? ''))
    .map(([uri, e]) => ({ uri, isco: isco.get(uri) ?? '', ...e }))
    .sort((a, b) => (a.uri < b.uri ? -1 : 1));

  const comuni = rows(join(sharedData, 'comuni-milano.csv')).map((r) => ({
    code: r['istat_code'],
    lat: Number(r['lat']),
    lon: Number(r['lon']),
  }));
  return {
    occupations,
    parents,
    children,
    transversal,
    languageSkills,
    italian,
    comuni,
  };
}
