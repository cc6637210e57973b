import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueKind } from '@ponte/jobs';
import { SEARCH_ENGINE, SearchDocumentBuilder, searchDocumentId, type SearchEngine } from '@ponte/search';
import { DataSource } from 'typeorm';

const TABLE: Record<CatalogueKind, string> = { offer: 'offers', course: 'courses' };

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
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [documentId]);
      const [row] = await manager.query(`SELECT version FROM ${TABLE[kind]} WHERE id = $1`, [id]);
      if (row && version !== undefined && row.version < version) {
        throw new Error(`${documentId} v${version} not visible yet (database has v${row.version})`);
      }
      const document = await this.builder.build(kind, id);
      if (document) {
        await this.engine.index(document);
        return 'indexed';
      }
      await this.engine.remove(documentId);
      return 'removed';
    });
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

  /** Rebuilds the whole index from the database. */
  async reindexAll(): Promise<number> {
    return this.engine.reindexAll(this.builder.all());
  }
}
