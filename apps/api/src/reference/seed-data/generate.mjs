#!/usr/bin/env node
// Generates reference-seed.json, the built-in reference set for machines without ../shared/data:
// 28 occupations of protected placement (care, cleaning, catering, retail, logistics, office,
// welding...) with their official Italian labels (ESCO v1.0.8), the most shared essential skills
// of the first 25 (150), the relations among them, every broader concept above those skills, the
// ISCO groups involved (Italian and English labels) and all the comuni. Run once from the repository root:
//   node apps/api/src/reference/seed-data/generate.mjs [path/to/shared/data]
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = resolve(process.argv[2] ?? join(here, '../../../../../../shared/data'));
const esco = join(data, 'esco/v1.1.1');
const read = (file) => parse(readFileSync(file), { columns: true, bom: true });
const ESCO = 'http://data.europa.eu/esco/';
const short = (uri) => (uri.startsWith(ESCO) ? uri.slice(ESCO.length) : uri);
const lines = (text) => (text ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
/** Preferred label first, then the distinct alternatives (ESCO often repeats the preferred one). */
const labelList = (preferred, alternatives) => [...new Set([preferred.trim(), ...alternatives])];

const OCCUPATIONS = [
  'domestic cleaner', 'room attendant', 'laundry worker', 'home care aide', 'social care worker',
  'healthcare assistant', 'child care worker', 'kitchen porter', 'kitchen assistant', 'cook',
  'waiter/waitress', 'shop assistant', 'sales assistant', 'cashier', 'shelf filler',
  'warehouse worker', 'hand packer', 'forklift operator', 'office clerk', 'receptionist',
  'data entry clerk', 'call centre agent', 'customer service representative', 'sewing machine operator', 'welder',
];
/** Occupations added later: the 150 skills above stay the same, each adds a few essential skills of its own. */
const EXTRA_OCCUPATIONS = ['companion', 'building cleaner', 'street sweeper'];
const SKILL_COUNT = 150;

const occupations = read(join(esco, 'occupations_en.csv'));
const skills = new Map(read(join(esco, 'skills_en.csv')).map((r) => [r.conceptUri, r]));
const groups = new Map(read(join(esco, 'skillGroups_en.csv')).map((r) => [r.conceptUri, r]));
const occupationRow = (label) => {
  const row = occupations.find((o) => o.preferredLabel === label);
  if (!row) throw new Error(`occupation not in ESCO: ${label}`);
  return row;
};
const chosen = OCCUPATIONS.map(occupationRow);
const extra = EXTRA_OCCUPATIONS.map(occupationRow);
const chosenUris = new Set(chosen.map((o) => o.conceptUri));
const allRelations = read(join(esco, 'occupationSkillRelations.csv'));
const relations = allRelations.filter((r) => chosenUris.has(r.occupationUri) && skills.has(r.skillUri));
const italian = new Map(read(join(data, 'esco/v1.0.8-it/occupations_it.csv')).map((r) => [r.conceptUri, r]));

// Skills most shared among the occupations first, then round-robin so each keeps its own.
const essentialBy = new Map(chosen.map((o) => [o.conceptUri, []]));
const shared = new Map();
for (const r of relations.filter((r) => r.relationType === 'essential')) {
  essentialBy.get(r.occupationUri).push(r.skillUri);
  shared.set(r.skillUri, (shared.get(r.skillUri) ?? 0) + 1);
}
const picked = new Set([...shared].filter(([, n]) => n >= 3).map(([uri]) => uri));
for (let round = 0; picked.size < SKILL_COUNT; round++) {
  let added = false;
  for (const list of essentialBy.values()) {
    if (round < list.length && picked.size < SKILL_COUNT) {
      added ||= !picked.has(list[round]);
      picked.add(list[round]);
    }
  }
  if (!added && [...essentialBy.values()].every((list) => round >= list.length)) break;
}

// The later occupations keep those 150 and add a few essential skills of their own.
const EXTRA_SKILLS = 6;
for (const o of extra) {
  const own = allRelations.filter((r) => r.occupationUri === o.conceptUri && r.relationType === 'essential' && skills.has(r.skillUri));
  for (const r of own.slice(0, EXTRA_SKILLS)) picked.add(r.skillUri);
}

// Every concept above the picked skills, so the hierarchy is complete.
const broaderRows = read(join(esco, 'broaderRelationsSkillPillar.csv'));
const parents = new Map();
for (const r of broaderRows) parents.set(r.conceptUri, [...(parents.get(r.conceptUri) ?? []), r.broaderUri]);
const present = (uri) => skills.has(uri) || groups.has(uri);
const hierarchy = new Set(picked);
const queue = [...picked];
while (queue.length) {
  for (const p of parents.get(queue.pop()) ?? []) {
    if (present(p) && !hierarchy.has(p)) {
      hierarchy.add(p);
      queue.push(p);
    }
  }
}
const broader = broaderRows.filter((r) => hierarchy.has(r.conceptUri) && hierarchy.has(r.broaderUri)).map((r) => [short(r.conceptUri), short(r.broaderUri)]);

const isco = read(join(data, 'esco/ISCOGroups_it_labels.csv'));
const iscoEn = new Map(read(join(esco, 'ISCOGroups_en.csv')).map((r) => [r.conceptUri, r]));
const unitGroups = new Set([...chosen, ...extra].map((o) => o.iscoGroup));
const iscoChosen = isco.filter((g) => [...unitGroups].some((code) => code.startsWith(g.isco_code)));

const concepts = [
  ...[...hierarchy].map((uri) => {
    const s = skills.get(uri);
    if (s) return [short(uri), 'skill', null, null, s.skillType || null, s.reuseLevel || null, { en: labelList(s.preferredLabel, lines(s.altLabels)) }];
    const g = groups.get(uri);
    return [short(uri), 'skill_group', g.code || null, null, null, null, { en: labelList(g.preferredLabel, lines(g.altLabels)) }];
  }),
  ...[...chosen, ...extra].map((o) => {
    const it = italian.get(o.conceptUri);
    const labels = { en: labelList(o.preferredLabel, lines(o.altLabels)), ...(it ? { it: labelList(it.preferredLabel, lines(it.altLabels)) } : {}) };
    return [short(o.conceptUri), 'occupation', o.code || null, o.iscoGroup, null, null, labels];
  }),
  ...iscoChosen.map((g) => [
    short(g.uri), 'isco_group', g.isco_code, null, null, null,
    { en: labelList(iscoEn.get(g.uri)?.preferredLabel ?? g.label_en, lines(iscoEn.get(g.uri)?.altLabels)), it: labelList(g.label_it, []) },
  ]),
];
const extraUris = new Set(extra.map((o) => o.conceptUri));
const occupationSkills = [...relations, ...allRelations.filter((r) => extraUris.has(r.occupationUri))]
  .filter((r) => picked.has(r.skillUri))
  .map((r) => [short(r.occupationUri), short(r.skillUri), r.relationType === 'essential' ? 'e' : 'o']);
const comuni = read(join(data, 'comuni-milano.csv')).map((c) => [c.istat_code, c.name, Number(c.lat), Number(c.lon), c.population ? Number(c.population) : null]);

const seed = {
  about:
    'Built-in Ponte reference set: a subset of ESCO v1.1.1 (en; Italian occupation labels of ESCO v1.0.8, Italian ISCO group labels) and the 133 comuni of the Città metropolitana di Milano. ' +
    'URIs are relative to http://data.europa.eu/esco/. Generated by generate.mjs; load the full data with `import-reference`. ' +
    'This service uses the ESCO classification of the European Commission.',
  concepts,
  broader,
  occupationSkills,
  comuni,
};
const out = join(here, 'reference-seed.json');
writeFileSync(out, `${JSON.stringify(seed)}\n`);
const kinds = concepts.reduce((n, c) => ({ ...n, [c[1]]: (n[c[1]] ?? 0) + 1 }), {});
console.log(`${out}: ${JSON.stringify(kinds)}, ${broader.length} broader, ${occupationSkills.length} occupation skills, ${comuni.length} comuni`);
