import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { conceptFile, recordEnd } from './csv-sources';
import { escoDirectorySources, ReferenceInputError, referenceFileSources } from './esco-directory';
import { ReferenceImportService } from './reference-import.service';
import { changedRows } from './import-summary';

const S = 'http://data.europa.eu/esco/skill/';
const O = 'http://data.europa.eu/esco/occupation/';
const G = 'http://data.europa.eu/esco/skill/group-';

/** Writes a small pack in the official layout; `files` maps names to CSV text. */
function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'esco-fixture-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const skillsCsv = (reuse = 'sector-specific', weldAlt = '"welding\nweld metal parts\nsaldare, ""a filo"""') =>
  '\uFEFFconceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status\r\n' +
  `KnowledgeSkillCompetence,${S}weld,skill/competence,${reuse},use welding equipment,${weldAlt},released\r\n` +
  `KnowledgeSkillCompetence,${S}clean,skill/competence,cross-sector,clean surfaces,,released\r\n`;
const groupsCsv = `conceptType,conceptUri,preferredLabel,altLabels,code\n` + `SkillGroup,${G}metal,metal working,,S6.1\n`;
const occupationsCsv = `conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,code\n` + `Occupation,${O}welder,7212,welder,"welders\nwelding operative",7212.1\n`;
const broaderCsv = (extra = '') =>
  `conceptType,conceptUri,broaderType,broaderUri\n` +
  `KnowledgeSkillCompetence,${S}weld,SkillGroup,${G}metal\n` +
  `KnowledgeSkillCompetence,${S}clean,SkillGroup,${G}missing\n` +
  `KnowledgeSkillCompetence,${S}clean,KnowledgeSkillCompetence,${S}clean\n` +
  extra;
const relationsCsv = (weldRelation = 'essential', withClean = true) =>
  `occupationUri,relationType,skillType,skillUri\n` +
  `${O}welder,${weldRelation},skill/competence,${S}weld\n` +
  (withClean ? `${O}welder,optional,skill/competence,${S}clean\n` : '') +
  `${O}welder,mandatory,skill/competence,${S}clean\n` +
  `${O}welder,essential,skill/competence,${S}unknown\n`;

describe('ReferenceImportService on small packs', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: ReferenceImportService;
  const dirs: string[] = [];
  const labels = async (uri: string, language = 'en') =>
    (await dataSource.query('SELECT label, label_kind FROM esco_labels WHERE uri = $1 AND language = $2 ORDER BY label', [uri, language])).map(
      (r: { label: string; label_kind: string }) => `${r.label_kind === 'preferred' ? '*' : ''}${r.label}`,
    );
  const dir = (files: Record<string, string>) => {
    const d = pack(files);
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'reference-fixtures-spec', poolSize: 2 });
    await dataSource.initialize();
    service = new ReferenceImportService(dataSource);
  });

  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await dataSource?.destroy();
    await database?.drop();
  });

  it('finds record ends outside quoted fields', () => {
    expect(recordEnd('a,"b\nc"\nd,e\n', 'first')).toBe(8);
    expect(recordEnd('a,"b\nc"\nd,"e\n', 'last')).toBe(8);
    expect(recordEnd('a,"say ""hi""\n', 'last')).toBe(0);
  });

  it('refuses folders and files it cannot use, naming them', () => {
    expect(() => escoDirectorySources('/no/such/folder')).toThrow(ReferenceInputError);
    expect(() => escoDirectorySources(dir({ 'skills.csv': skillsCsv() }))).toThrow(/--language/);
    expect(() => escoDirectorySources(dir({ 'notes.txt': 'x' }))).toThrow(/No ESCO CSV files/);
    expect(() => referenceFileSources({ comuni: '/no/such.csv' })).toThrow(/File not found/);
    expect(() => referenceFileSources({ esco: [], language: 'ita' })).toThrow(/two-letter/);
  });

  it('loads a pack: BOM, CRLF, multi-line and quoted labels, language from the file name or the flag', async () => {
    const en = dir({
      'skills_en.csv': skillsCsv(),
      'skillGroups_en.csv': groupsCsv,
      'occupations.csv': occupationsCsv,
      'broaderRelationsSkillPillar.csv': broaderCsv(),
      'occupationSkillRelations.csv': relationsCsv(),
      'transversalSkillsCollection_en.csv': 'ignored,columns\n1,2\n',
    });
    const summary = await service.import(referenceFileSources({ esco: [en], language: 'en' }));
    expect(await labels(`${S}weld`)).toEqual(['saldare, "a filo"', '*use welding equipment', 'weld metal parts', 'welding']);
    expect(await labels(`${O}welder`)).toEqual(['*welder', 'welders', 'welding operative']);
    const [welder] = await dataSource.query(`SELECT kind, code, isco_group FROM esco_concepts WHERE uri = $1`, [`${O}welder`]);
    expect(welder).toEqual({ kind: 'occupation', code: '7212.1', isco_group: '7212' });
    expect(summary.counts.skillBroader).toMatchObject({ read: 3, inserted: 1, skipped: { unknownConcept: 1, selfReference: 1 } });
    expect(summary.counts.occupationSkills).toMatchObject({ read: 4, inserted: 2, skipped: { invalidRelationType: 1, unknownSkill: 1 } });
    expect(summary.skippedExamples['unknownSkill']).toEqual([`${S}unknown`]);
    expect(summary.skippedExamples['invalidRelationType']).toEqual(['occupationSkillRelations.csv row 3']);
    expect(await dataSource.query('SELECT skill_uri, ancestor_uri, depth FROM esco_skill_ancestors')).toEqual([
      { skill_uri: `${S}weld`, ancestor_uri: `${G}metal`, depth: 1 },
    ]);
  });

  it('adds another language without touching the others, and falls back per concept', async () => {
    const it = dir({
      'skills_it.csv': 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n' + `KnowledgeSkillCompetence,${S}weld,,,usare saldatrici,saldatura\n`,
    });
    const summary = await service.import(escoDirectorySources(it));
    expect(summary.counts.labels).toMatchObject({ inserted: 2, updated: 0, removed: 0 });
    expect(summary.counts.skills).toMatchObject({ read: 1, unchanged: 1 });
    expect(await labels(`${S}weld`, 'it')).toEqual(['saldatura', '*usare saldatrici']);
    expect(await labels(`${S}weld`)).toHaveLength(4);
    // An empty attribute in the Italian pack never erases the stored one.
    const [weld] = await dataSource.query('SELECT reuse_level FROM esco_concepts WHERE uri = $1', [`${S}weld`]);
    expect(weld.reuse_level).toBe('sector-specific');
  });

  it('applies a new version: changed attributes, replaced labels, changed and dropped relations', async () => {
    const v2 = dir({
      'skills_en.csv': skillsCsv('cross-sector', '"welding\nwelding with gas"'),
      'occupations_en.csv': occupationsCsv,
      'skillGroups_en.csv': groupsCsv,
      'broaderRelationsSkillPillar.csv': broaderCsv(`KnowledgeSkillCompetence,${S}clean,KnowledgeSkillCompetence,${S}weld\n`),
      'occupationSkillRelations.csv': relationsCsv('optional', false),
    });
    const summary = await service.import(escoDirectorySources(v2));
    expect(summary.counts.skills).toMatchObject({ updated: 1, unchanged: 1 });
    expect(summary.counts.labels).toMatchObject({ inserted: 1, removed: 2 });
    expect(await labels(`${S}weld`)).toEqual(['*use welding equipment', 'welding', 'welding with gas']);
    expect(await labels(`${S}weld`, 'it')).toEqual(['saldatura', '*usare saldatrici']);
    expect(summary.counts.skillBroader).toMatchObject({ inserted: 1, unchanged: 1, removed: 0 });
    expect(summary.counts.skillAncestors).toMatchObject({ inserted: 2 });
    const ancestors = await dataSource.query(`SELECT ancestor_uri, depth FROM esco_skill_ancestors WHERE skill_uri = $1 ORDER BY depth`, [`${S}clean`]);
    expect(ancestors).toEqual([
      { ancestor_uri: `${S}weld`, depth: 1 },
      { ancestor_uri: `${G}metal`, depth: 2 },
    ]);
    expect(summary.counts.occupationSkills).toMatchObject({ updated: 1, removed: 1 });
    expect(await dataSource.query('SELECT skill_uri, relation FROM esco_occupation_skills')).toEqual([{ skill_uri: `${S}weld`, relation: 'optional' }]);
    const again = await service.import(escoDirectorySources(v2));
    expect(changedRows(again)).toBe(0);
  });

  it('adds the labels of a pack of another version, splits both genders, keeps the base codes and skips what the base lacks', async () => {
    const it108 = dir({
      'occupations_it.csv':
        'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n' +
        `Occupation,${O}welder,7211,saldatore/saldatrice,"saldatrice a filo\naddetto saldatura/addetta saldatura\naddetto carico/scarico",,released,,,,,,"Saldano.",7211.9\n` +
        `Occupation,${O}retired,9999,mestiere ritirato/mestiera ritirata,,,released,,,,,,,9999.1\n`,
      'occupationSkillRelations.csv': relationsCsv('optional', false),
    });
    const sources = referenceFileSources({ escoLabels: [it108] });
    expect(sources.map((s) => s.name)).toEqual(['occupations_it.csv (labels)']);
    const summary = await service.import(sources);
    expect(await labels(`${O}welder`, 'it')).toEqual([
      'addetta saldatura',
      'addetto carico/scarico',
      'addetto saldatura',
      'addetto saldatura/addetta saldatura',
      'saldatore',
      '*saldatore/saldatrice',
      'saldatrice',
      'saldatrice a filo',
    ]);
    const [welder] = await dataSource.query(`SELECT code, isco_group FROM esco_concepts WHERE uri = $1`, [`${O}welder`]);
    expect(welder).toEqual({ code: '7212.1', isco_group: '7212' });
    expect(summary.counts.occupations).toMatchObject({ read: 2, inserted: 0, updated: 0, unchanged: 1, skipped: { notInBasePack: 1 } });
    expect(summary.skippedExamples['notInBasePack']).toEqual([`${O}retired`]);
    expect(await dataSource.query('SELECT 1 FROM esco_concepts WHERE uri = $1', [`${O}retired`])).toEqual([]);
    // Its relation file is not read: the relations stay the base version's.
    expect(summary.counts.occupationSkills.read).toBe(0);
    expect(changedRows(await service.import(sources))).toBe(0);
  });

  it('keeps alternative labels when a file of preferred labels only is loaded', async () => {
    const isco = dir({
      'ISCOGroups_en.csv': 'conceptType,conceptUri,code,preferredLabel,altLabels\nISCOGroup,http://data.europa.eu/esco/isco/C7212,7212,Welders and flamecutters,"welders\nflame cutters"\n',
      'labels.csv': 'isco_code,uri,label_it,label_en\n7212,http://data.europa.eu/esco/isco/C7212,Saldatori e tagliatori a fiamma,Welders and flamecutters\n',
    });
    await service.import(escoDirectorySources(isco));
    const summary = await service.import(referenceFileSources({ iscoLabels: [join(isco, 'labels.csv')] }));
    expect(summary.counts.labels).toMatchObject({ inserted: 1, removed: 0 });
    expect(await labels('http://data.europa.eu/esco/isco/C7212')).toEqual(['*Welders and flamecutters', 'flame cutters', 'welders']);
    expect(await labels('http://data.europa.eu/esco/isco/C7212', 'it')).toEqual(['*Saldatori e tagliatori a fiamma']);
  });

  it('rejects comuni rows with a bad code or coordinates and reports them', async () => {
    const file = join(dir({}), 'comuni.csv');
    writeFileSync(file, 'istat_code,name,lat,lon,population\n015146,Milano,45.4668,9.1905,1242123\n15146,Milano,45,9,\n015999,Nowhere,north,9,\n');
    const summary = await service.import(referenceFileSources({ comuni: file }));
    expect(summary.counts.comuni).toMatchObject({ read: 3, inserted: 1, skipped: { invalidComune: 2 } });
    expect(summary.skippedExamples['invalidComune']).toEqual(['comuni.csv row 2', 'comuni.csv row 3']);
  });

  it('streams files larger than one read chunk, with quoted fields across chunk boundaries', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const alts = Array.from({ length: 8 }, (__, j) => `label ${i}-${j} "${'x'.repeat(40)}"`.replace(/"/g, '""')).join('\n');
      return `KnowledgeSkillCompetence,${S}bulk-${i},knowledge,sector-specific,bulk skill ${i},"${alts}"`;
    });
    const file = join(dir({}), 'skills_en.csv');
    writeFileSync(file, `conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n${rows.join('\n')}\n`);
    let concepts = 0;
    let last: string[] = [];
    for await (const record of conceptFile(file, 'skill', 'en').read(() => undefined)) {
      if (record.type !== 'concept') throw new Error(`unexpected ${record.type}`);
      concepts++;
      last = record.value.labels[0].alternatives;
    }
    expect(concepts).toBe(3000);
    expect(last).toHaveLength(8);
    expect(last[7]).toBe(`label 2999-7 "${'x'.repeat(40)}"`);
  });
});
