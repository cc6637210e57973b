import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@ponte/persistence';

/** The reference schema's own guarantees, independent of any import. */
describe('reference schema', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('normalises labels and comune names without accents or case', async () => {
    await client.query(`INSERT INTO esco_concepts (uri, kind) VALUES ('urn:t:1', 'skill')`);
    await client.query(`INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ('urn:t:1', 'it', 'Saldatura ad Arco ÈLETTRICO', 'preferred', 'skill')`);
    await client.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015999', 'Cernusco sul Naviglio', 45.5, 9.3)`);
    const label = await client.query(`SELECT normalized FROM esco_labels WHERE uri = 'urn:t:1'`);
    const comune = await client.query(`SELECT normalized FROM comuni WHERE istat_code = '015999'`);
    expect(label.rows[0].normalized).toBe('saldatura ad arco elettrico');
    expect(comune.rows[0].normalized).toBe('cernusco sul naviglio');
  });

  it('refuses unknown concept kinds, label kinds and relation types', async () => {
    await expect(client.query(`INSERT INTO esco_concepts (uri, kind) VALUES ('urn:t:2', 'course')`)).rejects.toThrow(/check/);
    await expect(
      client.query(`INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ('urn:t:1', 'en', 'x', 'hidden', 'skill')`),
    ).rejects.toThrow(/check/);
    await client.query(`INSERT INTO esco_concepts (uri, kind) VALUES ('urn:t:occ', 'occupation')`);
    await expect(
      client.query(`INSERT INTO esco_occupation_skills VALUES ('urn:t:occ', 'urn:t:1', 'nice-to-have')`),
    ).rejects.toThrow(/check/);
  });

  it('refuses relations to concepts that do not exist', async () => {
    await expect(client.query(`INSERT INTO esco_skill_broader VALUES ('urn:t:1', 'urn:t:missing')`)).rejects.toThrow(/foreign key/);
    await expect(client.query(`INSERT INTO esco_occupation_skills VALUES ('urn:t:missing', 'urn:t:1', 'essential')`)).rejects.toThrow(
      /foreign key/,
    );
  });
});
