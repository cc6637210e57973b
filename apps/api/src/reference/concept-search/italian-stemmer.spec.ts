import { DataSource } from 'typeorm';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA_DIR } from '../../../test/reference/shared-data';
import { italianStem } from './italian-stemmer';
import { normalizeText } from './text-analysis';

describe('italianStem', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, applicationName: 'italian-stemmer-spec', poolSize: 1 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stems as the Snowball Italian stemmer does', () => {
    expect(['cuoco', 'cuoca', 'cuochi', 'igiene', 'igienista', 'cucinare', 'assistenza', 'anziano', 'magazziniere'].map(italianStem)).toEqual([
      'cuoc',
      'cuoc',
      'cuoc',
      'igien',
      'igien',
      'cucin',
      'assistent',
      'anzi',
      'magazzin',
    ]);
  });

  it("agrees with PostgreSQL's italian_stem on every word of the official Italian occupation labels", async () => {
    const text = normalizeText(readFileSync(join(SHARED_DATA_DIR, 'esco', 'v1.0.8-it', 'occupations_it.csv'), 'utf8'));
    const words = [...new Set(text.split(/[\s-]+/).filter((w) => /^[a-z]{2,}$/.test(w)))];
    expect(words.length).toBeGreaterThan(10_000);
    const rows: { word: string; stem: string | null }[] = await dataSource.query(
      `SELECT w AS word, (ts_lexize('italian_stem', w))[1] AS stem FROM unnest($1::text[]) AS w`,
      [words],
    );
    // PostgreSQL answers nothing for its stop words; every other word must stem alike.
    const differ = rows.filter((r) => r.stem !== null && r.stem !== italianStem(r.word)).map((r) => `${r.word}: ${r.stem} ≠ ${italianStem(r.word)}`);
    expect(differ).toEqual([]);
  });
});
