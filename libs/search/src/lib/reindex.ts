import type { DataSource } from 'typeorm';
import { SearchDocumentBuilder } from './search-document.builder';
import type { SearchEngine } from './search-engine';

/**
 * Rebuilds the whole index from the database and records what it now holds
 * (search_index_state), in one transaction, so the worker's sweep finds nothing to redo. The
 * operator's `cli.js reindex` once skipped the record: the sweep then took every document for
 * never indexed and re-synced them all, 500 every 10 minutes (seconds of work per run, and each
 * run reset the search answers every API process keeps).
 */
export async function rebuildIndex(engine: SearchEngine, dataSource: DataSource): Promise<number> {
  const indexed: { id: string; kind: string; sourceId: string; version: number }[] = [];
  const builder = new SearchDocumentBuilder(dataSource);
  const count = await engine.reindexAll(
    (async function* () {
      for await (const document of builder.all()) {
        indexed.push(document);
        yield document;
      }
    })(),
  );
  await dataSource.transaction(async (manager) => {
    await manager.query('DELETE FROM search_index_state');
    for (let i = 0; i < indexed.length; i += 1000) {
      const batch = indexed.slice(i, i + 1000);
      await manager.query(
        `INSERT INTO search_index_state (document_id, kind, source_id, version, searchable)
         SELECT unnest($1::text[]), unnest($2::text[]), unnest($3::uuid[]), unnest($4::int[]), true`,
        [batch.map((d) => d.id), batch.map((d) => d.kind), batch.map((d) => d.sourceId), batch.map((d) => d.version)],
      );
    }
  });
  return count;
}
