import { createSearchEngine, rebuildIndex } from '@ponte/search';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { SearchIndexModule } from './search-index.module';
import { SearchIndexService } from './search-index.service';

/**
 * The index follows the catalogue even when every job was lost: the sweep compares each offer
 * and course with what was last indexed (search_index_state) and re-syncs the difference.
 */
describe('search index: the sweep for lost index jobs', () => {
  let w: TestWorker;
  let index: SearchIndexService;

  beforeAll(async () => {
    w = await createTestWorker([SearchIndexModule]);
    index = w.context.get(SearchIndexService);
  });
  afterAll(() => w.close());

  const documents = async (sourceId: string) => (await w.dataSource.query('SELECT version FROM search_documents WHERE source_id = $1', [sourceId])).map((r: { version: number }) => r.version);

  it('indexes a published offer nobody queued, follows its edits and its organisation\'s suspension, and then has nothing to do', async () => {
    const [{ id: organisationId }] = await w.dataSource.query(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa indicizzata', 'vetted') RETURNING id`);
    const [{ id }] = await w.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, contract, seats, deadline, status, published_at)
       VALUES ($1, 'Magazziniera', 'Turno del mattino', 'on_site', '015146', 30, 'tempo_determinato', 2, current_date + 30, 'published', now()) RETURNING id`,
      [organisationId],
    );
    await w.dataSource.query(`INSERT INTO offers (organisation_id, title, description, work_mode, weekly_hours, contract, seats, deadline) VALUES ($1, 'Bozza', 'Mai indicizzata', 'remote', 20, 'tirocinio', 1, current_date + 30)`, [organisationId]);

    expect(await index.sweep()).toBe(1);
    expect(await documents(id)).toEqual([1]);
    expect(await index.sweep()).toBe(0);

    await w.dataSource.query(`UPDATE offers SET title = 'Magazziniera esperta', version = version + 1 WHERE id = $1`, [id]);
    expect(await index.sweep()).toBe(1);
    expect(await documents(id)).toEqual([2]);

    // A suspension changes no version: the sweep sees the searchability change.
    await w.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [organisationId]);
    expect(await index.sweep()).toBe(1);
    expect(await documents(id)).toEqual([]);
    expect(await index.sweep()).toBe(0);
  });

  it('has nothing to redo after the index is rebuilt as the operator\'s `cli.js reindex` does, and the rebuild indexed every listing', async () => {
    const [{ id: organisationId }] = await w.dataSource.query(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa ricostruita', 'vetted') RETURNING id`);
    for (const title of ['Cuoca', 'Aiuto cuoca', 'Lavapiatti']) {
      await w.dataSource.query(
        `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, contract, seats, deadline, status, published_at)
         VALUES ($1, $2, 'Mensa aziendale', 'on_site', '015146', 30, 'tempo_determinato', 1, current_date + 30, 'published', now())`,
        [organisationId, title],
      );
    }
    await w.dataSource.query('DELETE FROM search_index_state');
    const engine = await createSearchEngine({ SEARCH_ENGINE: 'postgres', MEILI_HOST: '', MEILI_API_KEY: '' }, w.dataSource);
    const indexed = await rebuildIndex(engine, w.dataSource);
    await engine.close();
    expect(indexed).toBeGreaterThanOrEqual(3);
    expect(Number((await w.dataSource.query('SELECT count(*) FROM search_index_state'))[0].count)).toBe(indexed);
    expect(await index.sweep()).toBe(0);
  });
});
