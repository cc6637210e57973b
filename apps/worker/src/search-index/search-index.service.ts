import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueKind } from '@ponte/jobs';
import { rebuildIndex, SEARCH_ENGINE, SearchDocumentBuilder, searchDocumentId, type SearchEngine } from '@ponte/search';
import { DataSource } from 'typeorm';
import { LISTING_VERSION_SQL, LOCK_DOCUMENT_SQL, RECORD_INDEXED_SQL, STALE_DOCUMENTS_SQL } from './search-index.sql';

export type SyncOutcome = 'indexed' | 'removed';

/** Makes the index agree with the database for one record, an organisation, or everything. */
@Injectable()
export class SearchIndexService {
  private readonly builder: SearchDocumentBuilder;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {
    this.builder = new SearchDocumentBuilder(dataSource);
  }

  /**
   * Indexes the record as it is now, or removes it when it is no longer searchable. A lock
   * per document keeps two workers from writing it out of order. `version` is the one that
   * triggered the job: if the database does not show it yet, the writer has not committed
   * and the job is retried.
   */
  async sync(kind: CatalogueKind, id: string, version?: number): Promise<SyncOutcome> {
    const documentId = searchDocumentId(kind, id);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_DOCUMENT_SQL, [documentId]);
      const [row] = await manager.query(LISTING_VERSION_SQL[kind], [id]);
      if (row && version !== undefined && row.version < version) {
        throw new Error(`${documentId} v${version} not visible yet (database has v${row.version})`);
      }
      const document = await this.builder.build(kind, id);
      if (document) await this.engine.index(document);
      else await this.engine.remove(documentId);
      if (row) {
        // What the index now holds, for the sweep (search_index_state).
        await manager.query(
          RECORD_INDEXED_SQL,
          [documentId, kind, id, row.version, document !== null],
        );
      }
      return document ? 'indexed' : 'removed';
    });
  }

  /**
   * The safety net of the index (JOBS.search.sweep): every offer or course whose version or
   * searchability differs from what was last indexed is synced again (at most `limit` a run),
   * whatever jobs Redis lost. Searchable exactly as SearchDocumentBuilder decides it.
   */
  async sweep(limit = 500): Promise<number> {
    const stale: { kind: CatalogueKind; id: string }[] = await this.dataSource.query(
      STALE_DOCUMENTS_SQL,
      [limit],
    );
    for (const { kind, id } of stale) await this.sync(kind, id);
    return stale.length;
  }

  async remove(documentId: string): Promise<void> {
    await this.engine.remove(documentId);
  }

  /** After a status or name change of an organisation, each of its documents follows. */
  async syncOrganisation(organisationId: string): Promise<Record<SyncOutcome, number>> {
    const counts: Record<SyncOutcome, number> = { indexed: 0, removed: 0 };
    for (const source of await this.builder.sourcesOfOrganisation(organisationId)) {
      counts[await this.sync(source.kind, source.id)] += 1;
    }
    return counts;
  }

  /** Rebuilds the whole index from the database; the sweep's state follows what was indexed. */
  reindexAll(): Promise<number> {
    return rebuildIndex(this.engine, this.dataSource);
  }
}
