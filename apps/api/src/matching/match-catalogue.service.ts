import { Injectable } from '@nestjs/common';
import { MatchCache, type CatalogueSnapshot } from '@ponte/matching-adapter';
import type { MatchContext } from '@ponte/matching';
import { DataSource } from 'typeorm';

/**
 * The API's own compiled catalogue for pathways and skill gaps, which rank against every open
 * listing (stored matches hold only her top results). Built on the first such request and
 * refreshed by version like the worker's; listed ids are re-checked at read time anyway.
 */
@Injectable()
export class MatchCatalogue {
  readonly cache = new MatchCache({ rebuildEveryMs: 10_000 });

  constructor(private readonly dataSource: DataSource) {}

  async snapshot(options: { force?: boolean } = {}): Promise<{ snapshot: CatalogueSnapshot; ctx: MatchContext }> {
    const snapshot = await this.cache.catalogue(this.dataSource.manager, options);
    // The snapshot's own taxonomy: a reference import rebuilding it meanwhile binds only later snapshots.
    return { snapshot, ctx: this.cache.contextOf(snapshot.catalogue) };
  }
}
