import { DataSource } from 'typeorm';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { SHARED_DATA_DIR } from '../../../test/reference/shared-data';
import { referenceFileSources, sharedDataOptions } from './esco-directory';
import { changedRows, ImportSummary } from './import-summary';
import { ReferenceImportService } from './reference-import.service';

// Facts of the official ESCO v1.1.1 English pack and of the shared comuni file (see its README).
const SKILLS = 13_896;
const SKILL_GROUPS = 640;
const OCCUPATIONS = 3_007;
const ISCO_GROUPS = 619;
const COMUNI = 133;
const OCCUPATION_SKILL_ROWS = 123_855;
const ORPHAN_OCCUPATION = 'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e';
const ORPHAN_OCCUPATION_ROWS = 67;
const BROADER_ROWS = 20_656;
// Seven skill groups in broaderRelationsSkillPillar.csv are absent from skillGroups_en.csv.
const BROADER_TO_MISSING_GROUPS = 7;
// The official v1.0.8 Italian occupations (see the README): 3 of its URIs are absent from v1.1.1.
const IT_OCCUPATIONS = 2_942;
const IT_NOT_IN_BASE = 3;
const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
const TECHNICAL_DIRECTOR = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';

describe('ReferenceImportService on the full shared data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: ReferenceImportService;
  let first: ImportSummary;
  let second: ImportSummary;
  const count = async (sql: string, params: unknown[] = []) => Number((await dataSource.query(sql, params))[0].count);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'reference-import-spec', poolSize: 2 });
    await dataSource.initialize();
    service = new ReferenceImportService(dataSource);
    const options = sharedDataOptions(SHARED_DATA_DIR);
    if (!options) throw new Error(`Shared data not found in ${SHARED_DATA_DIR} (set PONTE_SHARED_DATA)`);
    first = await service.import(referenceFileSources(options));
    second = await service.import(referenceFileSources(options));
  }, 420_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads every concept of the pack, by kind', async () => {
    expect(first.counts.skills).toMatchObject({ read: SKILLS, inserted: SKILLS, skipped: {} });
    expect(first.counts.skillGroups).toMatchObject({ read: SKILL_GROUPS, inserted: SKILL_GROUPS });
    expect(first.counts.occupations).toMatchObject({
      read: OCCUPATIONS + IT_OCCUPATIONS,
      inserted: OCCUPATIONS,
      skipped: { notInBasePack: IT_NOT_IN_BASE },
    });
    expect(first.skippedExamples['notInBasePack']).toContain(ORPHAN_OCCUPATION);
    // ISCOGroups_en.csv, the Italian ISCOGroups_it.csv and ISCOGroups_it_labels.csv all list the 619 groups.
    expect(first.counts.iscoGroups).toMatchObject({ read: 3 * ISCO_GROUPS, inserted: ISCO_GROUPS });
    const kinds: { kind: string; count: string }[] = await dataSource.query('SELECT kind, count(*) FROM esco_concepts GROUP BY kind ORDER BY kind');
    expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.count)]))).toEqual({
      isco_group: ISCO_GROUPS,
      occupation: OCCUPATIONS,
      skill: SKILLS,
      skill_group: SKILL_GROUPS,
    });
    expect(await count(`SELECT count(*) FROM esco_concepts WHERE kind = 'occupation' AND isco_group !~ '^[0-9]{4}$'`)).toBe(0);
  });

  it('loads the comuni with coordinates', async () => {
    expect(first.counts.comuni).toMatchObject({ read: COMUNI, inserted: COMUNI });
    const [milano] = await dataSource.query(`SELECT name, lat, lon, population FROM comuni WHERE istat_code = '015146'`);
    expect(milano).toEqual({ name: 'Milano', lat: 45.4668, lon: 9.1905, population: 1_242_123 });
    expect(await count('SELECT count(*) FROM comuni WHERE lat NOT BETWEEN 45.18 AND 45.62 OR lon NOT BETWEEN 8.72 AND 9.53')).toBe(0);
  });

  it('loads one English preferred label per concept and the Italian ISCO labels', async () => {
    const concepts = SKILLS + SKILL_GROUPS + OCCUPATIONS + ISCO_GROUPS;
    expect(await count(`SELECT count(*) FROM esco_labels WHERE language = 'en' AND label_kind = 'preferred'`)).toBe(concepts);
    expect(await count(`SELECT count(*) FROM esco_labels WHERE language = 'it' AND kind = 'isco_group' AND label_kind = 'preferred'`)).toBe(
      ISCO_GROUPS,
    );
    const [developers] = await dataSource.query(
      `SELECT l.label FROM esco_labels l JOIN esco_concepts c USING (uri) WHERE c.code = '2512' AND l.language = 'it'`,
    );
    expect(developers.label).toBe('Sviluppatori di software');
    expect(first.counts.labels.inserted).toBe(await count('SELECT count(*) FROM esco_labels'));
    // Alternative labels come from the multi-line altLabels field, one per line.
    const alternatives = await dataSource.query(
      `SELECT label FROM esco_labels WHERE uri = 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab' AND label_kind = 'alternative' ORDER BY label`,
    );
    expect(alternatives.map((a: { label: string }) => a.label)).toContain('manage staff of music');
    expect(await count(`SELECT count(*) FROM esco_labels WHERE label ~ '\\n' OR label <> btrim(label)`)).toBe(0);
    // The bulk load rebuilt the search indexes it dropped.
    const indexes = await dataSource.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'esco_labels' ORDER BY indexname`);
    expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual(
      expect.arrayContaining(['esco_labels_kind_prefix', 'esco_labels_normalized_trgm']),
    );
  });

  it('adds the Italian occupation labels of v1.0.8, both genders, keeping the codes and ISCO groups of v1.1.1', async () => {
    const italian = `SELECT count(DISTINCT uri) FROM esco_labels WHERE language = 'it' AND kind = 'occupation'`;
    expect(await count(`${italian} AND label_kind = 'preferred'`)).toBe(IT_OCCUPATIONS - IT_NOT_IN_BASE);
    const cook = await dataSource.query(`SELECT label, label_kind FROM esco_labels WHERE uri = $1 AND language = 'it' ORDER BY label`, [COOK]);
    expect(cook).toEqual(
      expect.arrayContaining([
        { label: 'cuoco/cuoca', label_kind: 'preferred' },
        { label: 'cuoco', label_kind: 'alternative' },
        { label: 'cuoca', label_kind: 'alternative' },
      ]),
    );
    // Both forms of every two-gender title: 1,455 official titles name both.
    expect(await count(`SELECT count(*) FROM esco_labels p WHERE p.language = 'it' AND p.label_kind = 'preferred' AND p.kind = 'occupation'
      AND p.label LIKE '%/%' AND NOT EXISTS (SELECT 1 FROM esco_labels a WHERE a.uri = p.uri AND a.language = 'it' AND a.label = btrim(split_part(p.label, '/', 2)))`)).toBe(0);
    // v1.0.8 filed the technical director under 2166; v1.1.1 under 2654, which stays.
    const [director] = await dataSource.query('SELECT isco_group FROM esco_concepts WHERE uri = $1', [TECHNICAL_DIRECTOR]);
    expect(director.isco_group).toBe('2654');
    // v1.1.1's newer occupations keep their English label only: the fallback.
    expect(await count(`SELECT count(*) FROM esco_concepts c WHERE kind = 'occupation' AND NOT EXISTS (
      SELECT 1 FROM esco_labels l WHERE l.uri = c.uri AND l.language = 'it')`)).toBe(OCCUPATIONS - (IT_OCCUPATIONS - IT_NOT_IN_BASE));
  });

  it('loads the occupation–skill relations and reports the orphan occupation it skipped', async () => {
    const loaded = OCCUPATION_SKILL_ROWS - ORPHAN_OCCUPATION_ROWS;
    expect(first.counts.occupationSkills).toMatchObject({
      read: OCCUPATION_SKILL_ROWS,
      inserted: loaded,
      skipped: { unknownOccupation: ORPHAN_OCCUPATION_ROWS },
    });
    expect(first.skippedExamples['unknownOccupation']).toEqual([ORPHAN_OCCUPATION]);
    expect(await count('SELECT count(*) FROM esco_occupation_skills')).toBe(loaded);
    expect(await count(`SELECT count(*) FROM esco_occupation_skills WHERE relation = 'essential'`)).toBeGreaterThan(60_000);
  });

  it('loads the skill hierarchy and its closure', async () => {
    const loaded = BROADER_ROWS - BROADER_TO_MISSING_GROUPS;
    expect(first.counts.skillBroader).toMatchObject({ read: BROADER_ROWS, inserted: loaded, skipped: { unknownConcept: BROADER_TO_MISSING_GROUPS } });
    expect(await count('SELECT count(*) FROM esco_skill_broader')).toBe(loaded);
    // Depth 1 of the closure is exactly the direct relations; deeper rows follow a real path.
    expect(await count('SELECT count(*) FROM esco_skill_ancestors WHERE depth = 1')).toBe(loaded);
    expect(
      await count(`
        SELECT count(*) FROM esco_skill_ancestors a WHERE a.depth > 1 AND NOT EXISTS (
          SELECT 1 FROM esco_skill_broader b JOIN esco_skill_ancestors p ON p.skill_uri = b.broader_uri
          WHERE b.skill_uri = a.skill_uri AND p.ancestor_uri = a.ancestor_uri AND p.depth = a.depth - 1)`),
    ).toBe(0);
    // Every skill reaches at least one skill group through the hierarchy.
    expect(
      await count(`
        SELECT count(*) FROM esco_concepts s WHERE s.kind = 'skill' AND NOT EXISTS (
          SELECT 1 FROM esco_skill_ancestors a JOIN esco_concepts g ON g.uri = a.ancestor_uri AND g.kind = 'skill_group'
          WHERE a.skill_uri = s.uri)`),
    ).toBe(0);
  });

  it('changes nothing on a second run and says so', async () => {
    expect(changedRows(first)).toBeGreaterThan(0);
    expect(changedRows(second)).toBe(0);
    for (const [entity, counts] of Object.entries(second.counts)) {
      expect({ entity, inserted: counts.inserted, updated: counts.updated, removed: counts.removed }).toEqual({
        entity,
        inserted: 0,
        updated: 0,
        removed: 0,
      });
      expect(counts.unchanged).toBe(first.counts[entity as keyof typeof first.counts].inserted);
    }
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(await service.isCurrent(first.fingerprint)).toBe(true);
    expect(await count('SELECT count(*) FROM reference_imports')).toBe(2);
  });
});
