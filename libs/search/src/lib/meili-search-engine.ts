import type { Index, IndexSwap, Meilisearch, SearchParams } from 'meilisearch' with { 'resolution-mode': 'import' };
import {
  emptyFacets,
  haversineKm,
  inBatches,
  SEARCH_FACETS,
  SearchDocument,
  SearchEngine,
  SearchFacet,
  SearchHit,
  SearchQuery,
  SearchResult,
} from './search-engine';

export interface MeiliSettings {
  host: string;
  apiKey?: string;
  /** Index uid; tests use a unique one. */
  indexUid: string;
}

/** The shape stored in Meilisearch: flat, `_geo` for radius and distance sort, a numeric date. */
interface MeiliDocument extends Omit<SearchDocument, 'location' | 'labels'> {
  labelsIt: string[];
  labelsEn: string[];
  _geo?: { lat: number; lng: number };
  publishedAtTs: number;
}

const SETTINGS = {
  searchableAttributes: ['title', 'labelsIt', 'labelsEn', 'description'],
  filterableAttributes: [
    'kind', 'organisationId', 'organisationKind', 'contract', 'shifts', 'workMode', 'occupationUris', 'skillUris',
    'comune', '_geo',
  ],
  sortableAttributes: ['publishedAtTs', '_geo'],
  localizedAttributes: [
    { attributePatterns: ['title', 'description', 'labelsIt'], locales: ['ita'] },
    { attributePatterns: ['labelsEn'], locales: ['eng'] },
  ],
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 100000 },
};

const BATCH = 2000;
const TASK_TIMEOUT_MS = 120_000;

function toMeili(d: SearchDocument): MeiliDocument {
  const { location, labels, ...rest } = d;
  return {
    ...rest,
    labelsIt: labels.it,
    labelsEn: labels.en,
    ...(location ? { _geo: { lat: location.lat, lng: location.lon } } : {}),
    publishedAtTs: Date.parse(d.publishedAt),
  };
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const anyOf = (attribute: string, values: string[] | undefined) =>
  values?.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : null;

/** Meilisearch filter expression for a query (exported for its unit test). */
export function meiliFilter(query: SearchQuery): string[] {
  const filters = [
    anyOf('kind', query.kinds),
    anyOf('contract', query.contracts),
    anyOf('workMode', query.workModes),
    anyOf('organisationKind', query.organisationKinds),
    anyOf('shifts', query.shifts),
    anyOf('occupationUris', query.occupationUris),
    anyOf('skillUris', query.skillUris),
    query.remote === undefined ? null : query.remote ? `workMode IN ["remote", "hybrid"]` : `workMode = "on_site"`,
    query.excludeOrganisationIds?.length
      ? `organisationId NOT IN [${query.excludeOrganisationIds.map(quote).join(', ')}]`
      : null,
    query.near
      ? `(workMode = "remote" OR _geoRadius(${query.near.lat}, ${query.near.lon}, ${Math.round(query.near.radiusKm * 1000)}))`
      : null,
  ];
  return filters.filter((f): f is string => f !== null);
}

/** The engine for larger deployments (`SEARCH_ENGINE=meilisearch`). */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly hidesUnvettedOrganisations = false;
  private ready: Promise<Index<MeiliDocument>> | null = null;

  private constructor(
    private readonly client: Meilisearch,
    private readonly settings: MeiliSettings,
  ) {}

  /** The client is ESM-only: loaded with a dynamic import from this CommonJS bundle. */
  static async connect(settings: MeiliSettings): Promise<MeiliSearchEngine> {
    const { Meilisearch: Client } = await import('meilisearch');
    return new MeiliSearchEngine(new Client({ host: settings.host, apiKey: settings.apiKey || undefined }), settings);
  }

  async index(document: SearchDocument): Promise<void> {
    const index = await this.indexReady();
    await index.addDocuments([toMeili(document)], { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async remove(id: string): Promise<void> {
    const index = await this.indexReady();
    await index.deleteDocument(id).waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const index = await this.indexReady();
    const sort =
      query.sort === 'distance' && query.near
        ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`]
        : query.sort === 'date' || !query.text?.trim()
          ? ['publishedAtTs:desc']
          : undefined;
    const response = await index.search<MeiliDocument, SearchParams & { page: number; hitsPerPage: number }>(query.text?.trim() ?? '', {
      filter: meiliFilter(query),
      facets: [...SEARCH_FACETS],
      sort,
      page: query.page,
      hitsPerPage: query.pageSize,
    });
    const facets = emptyFacets();
    for (const facet of SEARCH_FACETS) {
      Object.assign(facets[facet], (response.facetDistribution?.[facet] ?? {}) as Record<string, number>);
    }
    return {
      total: response.totalHits,
      capped: false,
      page: query.page,
      pageSize: query.pageSize,
      facets: facets as Record<SearchFacet, Record<string, number>>,
      items: response.hits.map((hit) => this.toHit(hit, query)),
    };
  }

  /** Builds a fresh index beside the live one, then swaps them: searches never see it half-built. */
  async reindexAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<number> {
    await this.indexReady();
    const uid = this.settings.indexUid;
    const staging = `${uid}_staging`;
    await this.client.deleteIndexIfExists(staging);
    await this.client.createIndex(staging, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    const index = this.client.index<MeiliDocument>(staging);
    await index.updateSettings(SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS });
    let count = 0;
    for await (const batch of inBatches(documents, BATCH)) {
      await index.addDocuments(batch.map(toMeili)).waitTask({ timeout: TASK_TIMEOUT_MS });
      count += batch.length;
    }
    // No `rename` member: servers before v1.18 (compose runs v1.12) refuse unknown fields.
    const swap = { indexes: [uid, staging] } as unknown as IndexSwap;
    await this.client.swapIndexes([swap]).waitTask({ timeout: TASK_TIMEOUT_MS });
    await this.client.deleteIndex(staging).waitTask({ timeout: TASK_TIMEOUT_MS });
    return count;
  }

  async close(): Promise<void> {
    // HTTP client: nothing to release.
  }

  /** Removes the index (tests). */
  async drop(): Promise<void> {
    await this.client.deleteIndexIfExists(this.settings.indexUid);
    this.ready = null;
  }

  private indexReady(): Promise<Index<MeiliDocument>> {
    this.ready ??= (async () => {
      const uid = this.settings.indexUid;
      const existing = await this.client.getIndex(uid).catch(() => null);
      if (!existing) await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
      const index = this.client.index<MeiliDocument>(uid);
      await index.updateSettings(SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS });
      return index;
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private toHit(hit: MeiliDocument, query: SearchQuery): SearchHit {
    let distanceKm: number | null = null;
    if (query.near && hit._geo && hit.workMode !== 'remote') {
      distanceKm = Math.round(haversineKm(query.near.lat, query.near.lon, hit._geo.lat, hit._geo.lng) * 10) / 10;
    }
    return {
      id: hit.id,
      kind: hit.kind,
      sourceId: hit.sourceId,
      organisationId: hit.organisationId,
      organisationKind: hit.organisationKind,
      organisationName: hit.organisationName,
      title: hit.title,
      comune: hit.comune,
      comuneName: hit.comuneName,
      workMode: hit.workMode,
      contract: hit.contract,
      shifts: hit.shifts,
      cost: hit.cost,
      startDate: hit.startDate,
      deadline: hit.deadline,
      publishedAt: hit.publishedAt,
      distanceKm,
    };
  }
}
