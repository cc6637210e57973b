import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { builtinSeedPath, type ReferenceSeed } from './import/builtin-source';
import { ImportSummary } from './import/import-summary';
import { ReferenceImportService } from './import/reference-import.service';
import { referenceSeeder, referenceSeedPlan } from './reference.seeder';
import { SHARED_DATA_DIR } from '../../test/reference/shared-data';

describe('reference seeder', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let summary: ImportSummary;
  let lines: string[];
  const seed = JSON.parse(readFileSync(builtinSeedPath(), 'utf8')) as ReferenceSeed;
  const saved = { shared: process.env['PONTE_SHARED_DATA'], esco: process.env['ESCO_DIR'] };
  const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'reference-seeder-spec', poolSize: 2 });
    await dataSource.initialize();
    // A machine without the shared data: the seeder falls back to the built-in set.
    process.env['PONTE_SHARED_DATA'] = join(tmpdir(), 'no-shared-data-here');
    delete process.env['ESCO_DIR'];
    lines = [];
    await referenceSeeder.run({ dataSource, log: (line) => lines.push(line) });
    await referenceSeeder.run({ dataSource, log: (line) => lines.push(line) });
    [summary] = (await dataSource.query('SELECT summary FROM reference_imports')).map((r: { summary: ImportSummary }) => r.summary);
  });

  afterAll(async () => {
    process.env['PONTE_SHARED_DATA'] = saved.shared;
    if (saved.esco !== undefined) process.env['ESCO_DIR'] = saved.esco;
    if (saved.shared === undefined) delete process.env['PONTE_SHARED_DATA'];
    await dataSource?.destroy();
    await database?.drop();
  });

  it('chooses ESCO_DIR, then the shared data, then the built-in set', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-data-'));
    try {
      expect(referenceSeedPlan({}, empty).sources.map((s) => s.name)).toEqual(['built-in reference set']);
      const shared = referenceSeedPlan({ PONTE_SHARED_DATA: SHARED_DATA_DIR }, empty);
      expect(shared.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['skills_en.csv', 'ISCOGroups_it_labels.csv', 'comuni-milano.csv']));
      const pack = referenceSeedPlan({ ESCO_DIR: join(SHARED_DATA_DIR, 'esco', 'v1.1.1'), PONTE_SHARED_DATA: empty }, empty);
      expect(pack.sources.map((s) => s.name)).toContain('occupations_en.csv');
      expect(pack.sources.at(-1)?.name).toBe('built-in comuni');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('loads the built-in set once, then skips it while the sources are the same', async () => {
    expect(lines[0]).toMatch(/^loading built-in reference set/);
    expect(lines[2]).toMatch(/^already loaded: built-in reference set/);
    expect(await count('SELECT count(*) FROM reference_imports')).toBe(1);
    const again = await new ReferenceImportService(dataSource).import(referenceSeedPlan({}, tmpdir()).sources);
    expect(Object.values(again.counts).every((c) => c.inserted + c.updated + c.removed === 0)).toBe(true);
  });

  it('is consistent: every relation points to a concept of the set, nothing skipped', async () => {
    for (const counts of Object.values(summary.counts)) expect(counts.skipped).toEqual({});
    expect(summary.counts.skillBroader.inserted).toBe(seed.broader.length);
    expect(summary.counts.occupationSkills.inserted).toBe(seed.occupationSkills.length);
    expect(await count(`SELECT count(*) FROM esco_concepts WHERE kind = 'occupation'`)).toBe(28);
    expect(await count(`SELECT count(*) FROM esco_concepts WHERE kind = 'skill'`)).toBeGreaterThanOrEqual(150);
    expect(await count('SELECT count(*) FROM comuni')).toBe(133);
  });

  it('names every occupation in Italian, both genders found', async () => {
    expect(await count(`SELECT count(*) FROM esco_concepts o WHERE o.kind = 'occupation' AND NOT EXISTS (
      SELECT 1 FROM esco_labels l WHERE l.uri = o.uri AND l.language = 'it' AND l.label_kind = 'preferred')`)).toBe(0);
    const cook = await dataSource.query(`SELECT label FROM esco_labels WHERE language = 'it' AND label IN ('cuoco', 'cuoca', 'cuoco/cuoca') ORDER BY label`);
    expect(cook.map((r: { label: string }) => r.label)).toEqual(['cuoca', 'cuoco', 'cuoco/cuoca']);
  });

  it('gives every occupation essential skills and an ISCO group with an Italian label', async () => {
    expect(
      await count(`SELECT count(*) FROM esco_concepts o WHERE o.kind = 'occupation' AND NOT EXISTS (
        SELECT 1 FROM esco_occupation_skills r WHERE r.occupation_uri = o.uri AND r.relation = 'essential')`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM esco_concepts o WHERE o.kind = 'occupation' AND NOT EXISTS (
        SELECT 1 FROM esco_concepts g JOIN esco_labels l ON l.uri = g.uri AND l.language = 'it'
        WHERE g.kind = 'isco_group' AND g.code = o.isco_group)`),
    ).toBe(0);
  });

  it('stores labels as an import of the official files would (trimmed, one preferred per language)', () => {
    for (const [uri, , , , , , labels] of seed.concepts) {
      for (const [language, list] of Object.entries(labels)) {
        expect({ uri, language, untrimmed: list.filter((l) => l !== l.trim() || l === '') }).toEqual({ uri, language, untrimmed: [] });
        expect(new Set(list).size).toBe(list.length);
      }
    }
  });

  it('gives every skill a path up to a skill group', async () => {
    expect(
      await count(`SELECT count(*) FROM esco_concepts s WHERE s.kind = 'skill' AND NOT EXISTS (
        SELECT 1 FROM esco_skill_ancestors a JOIN esco_concepts g ON g.uri = a.ancestor_uri AND g.kind = 'skill_group'
        WHERE a.skill_uri = s.uri)`),
    ).toBe(0);
  });
});
