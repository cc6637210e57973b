/**
 * Reference-data benchmark: full import of the shared data (first run and an idempotent second
 * run), autocomplete latency (p50/p95) per kind of query over the full data, and Ponte's own
 * evaluation of Italian occupation search (MRR, hit@1, hit@5: occupation-eval.ts).
 * Writes reports/bench/reference.md. Run by apps/api/bench/run.js (`npx nx run api:bench`,
 * or `node apps/api/bench/run.js reference.bench.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '@ponte/persistence';
import { referenceFileSources, sharedDataOptions } from '../src/reference/import/esco-directory';
import { changedRows } from '../src/reference/import/import-summary';
import { ReferenceImportService } from '../src/reference/import/reference-import.service';
import { ReferenceCache } from '../src/reference/reference-cache';
import { ReferenceSearchService } from '../src/reference/reference-search.service';
import { ConceptSearchService } from '../src/reference/concept-search/concept-search.service';
import { evaluateOccupationSearch, evaluationSet } from './occupation-eval';

/** No answer kept: the API keeps answers in memory, which would measure the cache (the occupation index stays built). */
class Uncached extends ReferenceCache {
  override get<T>(_key: string, load: () => Promise<T>): Promise<T> {
    return load();
  }
}

const ROOT = resolve(__dirname, '../../..');
const SHARED = process.env['PONTE_SHARED_DATA'] ?? resolve(ROOT, '../shared/data');
const ADMIN_URL = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'ponte_bench_reference';
const PER_CASE = 200;

/** Deterministic pseudo-random numbers, so two runs time the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function main(): Promise<void> {
  const options = sharedDataOptions(SHARED);
  if (!options) throw new Error(`Shared data not found in ${SHARED} (set PONTE_SHARED_DATA)`);
  await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  const dataSource = createDataSource({ url: url.toString(), applicationName: 'reference-bench', poolSize: 4 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const importer = new ReferenceImportService(dataSource);
    const load = loadavg()[0].toFixed(1);
    const first = await importer.import(referenceFileSources(options));
    const second = await importer.import(referenceFileSources(options));

    const rand = random(42);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
    const labels = async (sql: string) => (await dataSource.query(sql)).map((r: { label: string }) => r.label as string);
    const skillLabels = await labels(`SELECT l.label FROM esco_labels l JOIN esco_concepts c USING (uri) WHERE c.kind = 'skill' AND l.language = 'en'`);
    const occupationLabels = await labels(`SELECT l.label FROM esco_labels l JOIN esco_concepts c USING (uri) WHERE c.kind = 'occupation' AND l.language = 'en'`);
    const iscoItalian = await labels(`SELECT label FROM esco_labels WHERE language = 'it' AND kind = 'isco_group'`);
    const occupationItalian = await labels(`SELECT label FROM esco_labels WHERE language = 'it' AND kind = 'occupation'`);
    const comuni = await labels('SELECT name AS label FROM comuni');
    const word = (label: string) => pick(label.split(/\s+/).filter((w) => w.length >= 5)) ?? label;
    const prefix = (label: string) => label.slice(0, 2 + Math.floor(rand() * 6));
    const typo = (label: string) => {
      const w = word(label);
      const i = 1 + Math.floor(rand() * (w.length - 2));
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    };

    const cache = new Uncached(dataSource);
    const conceptSearch = new ConceptSearchService(dataSource, cache);
    const search = new ReferenceSearchService(dataSource, cache, conceptSearch);
    const indexStarted = Date.now();
    await search.concepts('occupation', 'cuoco', 'it', 10);
    const indexMs = Date.now() - indexStarted;
    const evalInput = await conceptSearch.indexInput('occupation');
    const evalQueries = evaluationSet(evalInput, random(7)).map((q) => q.query);
    const cases: [string, () => string, (q: string) => Promise<unknown[]>][] = [
      ['skills, prefix of a label (2-7 chars)', () => prefix(pick(skillLabels)), (q) => search.concepts('skill', q, 'en', 10)],
      ['skills, a word of a label', () => word(pick(skillLabels)), (q) => search.concepts('skill', q, 'en', 10)],
      ['skills, a word with two letters swapped', () => typo(pick(skillLabels)), (q) => search.concepts('skill', q, 'en', 10)],
      ['skills, Italian user (English fallback)', () => word(pick(skillLabels)), (q) => search.concepts('skill', q, 'it', 10)],
      ['occupations, prefix of a label', () => prefix(pick(occupationLabels)), (q) => search.concepts('occupation', q, 'en', 10)],
      ['occupations, a word with two letters swapped', () => typo(pick(occupationLabels)), (q) => search.concepts('occupation', q, 'en', 10)],
      ['occupations in Italian, prefix of an Italian label (2-7 chars)', () => prefix(pick(occupationItalian)), (q) => search.concepts('occupation', q, 'it', 10)],
      ['occupations in Italian, a whole Italian label', () => pick(occupationItalian), (q) => search.concepts('occupation', q, 'it', 10)],
      ['occupations in Italian, a word with two letters swapped', () => typo(pick(occupationItalian)), (q) => search.concepts('occupation', q, 'it', 10)],
      ['occupations in Italian, the evaluation queries (below)', () => pick(evalQueries), (q) => search.concepts('occupation', q, 'it', 10)],
      ['ISCO groups, a word of an Italian label', () => word(pick(iscoItalian)), (q) => search.concepts('isco_group', q, 'it', 10)],
      ['comuni, prefix of a name', () => prefix(pick(comuni)), (q) => search.comuni(q, 10)],
    ];
    const rows: string[] = [];
    for (const [name, query, run] of cases) {
      for (let i = 0; i < 20; i++) await run(query()); // warm-up
      const times: number[] = [];
      let empty = 0;
      for (let i = 0; i < PER_CASE; i++) {
        const q = query();
        const started = process.hrtime.bigint();
        const items = await run(q);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (items.length === 0) empty++;
      }
      times.sort((a, b) => a - b);
      rows.push(`| ${name} | ${PER_CASE} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} | ${empty} |`);
    }

    const evaluation = await evaluateOccupationSearch(conceptSearch, random(7));
    const count = (entity: keyof typeof first.counts) => first.counts[entity].inserted;
    const [{ italian }] = await dataSource.query(`SELECT count(*)::int AS italian FROM esco_labels WHERE language = 'it' AND kind = 'occupation'`);
    const report = [
      '## Reference data (ESCO import, autocomplete)',
      '',
      `Full shared data: ESCO v1.1.1 en (${count('skills')} skills, ${count('skillGroups')} skill groups, ${count('occupations')} occupations, ` +
        `${count('iscoGroups')} ISCO groups, ${count('labels')} labels, ${count('skillBroader')} broader relations, ` +
        `${count('skillAncestors')} ancestor pairs, ${count('occupationSkills')} occupation–skill relations), the official v1.0.8 Italian occupations ` +
        `(${italian} Italian occupation labels, both genders' forms included), Italian ISCO labels, ${count('comuni')} comuni.`,
      '',
      '| import | seconds | rows changed |',
      '|---|---:|---:|',
      `| first run (empty database) | ${(first.durationMs / 1000).toFixed(1)} | ${changedRows(first)} |`,
      `| second run (same files) | ${(second.durationMs / 1000).toFixed(1)} | ${changedRows(second)} |`,
      '',
      `Autocomplete through ReferenceSearchService (SQL round trips included, no HTTP; the API's in-memory answers bypassed), ${PER_CASE} queries per row after 20 warm-up queries, limit 10. ` +
        `Load average when the bench started: ${load} (other work on the machine inflates every figure).`,
      '',
      '| query | n | p50 ms | p95 ms | max ms | empty results |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Occupation search builds its in-memory index on first use after an import: ${(indexMs / 1000).toFixed(1)} s here.`,
      '',
      '### Italian occupation search: Ponte\'s own evaluation',
      '',
      'Italian user, top 10, built from the loaded Italian labels (apps/api/bench/occupation-eval.ts): *held-out alternative labels* ' +
        '(the label, and its other-gender and plural forms, taken out of the index, then searched for); *official titles typed by people* ' +
        '(two of: no accents or apostrophes, last word cut short, two letters swapped, plural, feminine, function words dropped, words reversed); ' +
        "*everyday words* (badante, colf, OSS, ASA, carrellista...: partly covered by Ponte's everyday-names list, so this section also measures that list); " +
        '*official statistical titles* (ISTAT-style plurals such as "Cuochi in alberghi e ristoranti").',
      '',
      '| section | queries | MRR | hit@1 | hit@5 |',
      '|---|---:|---:|---:|---:|',
      ...evaluation.scores.map((e) => `| ${e.section} | ${e.n} | ${e.mrr.toFixed(3)} | ${e.hit1.toFixed(3)} | ${e.hit5.toFixed(3)} |`),
    ].join('\n');
    const out = join(ROOT, 'reports', 'bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'reference.md'), `${report}\n`);
    console.log(report);
  } finally {
    await dataSource.destroy();
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}
