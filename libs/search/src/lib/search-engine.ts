/**
 * The one port behind which catalogue search runs. Both engines pass the same contract suite
 * (apps/api/src/search/search-engine.contract.ts); callers never know which one answers.
 */

export const SEARCH_KINDS = ['offer', 'course'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_SORTS = ['relevance', 'distance', 'date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Facets every engine counts, under the query's filters. */
export const SEARCH_FACETS = ['kind', 'contract', 'shifts', 'workMode', 'organisationKind', 'comune'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Everything searchable about one published offer or course, denormalised. */
export interface SearchDocument {
  /** `offer-<uuid>` or `course-<uuid>` (Meilisearch ids allow no colon). */
  id: string;
  kind: SearchKind;
  sourceId: string;
  version: number;
  organisationId: string;
  organisationKind: string;
  organisationName: string;
  title: string;
  description: string;
  /** Labels of the skills and occupations, per language (preferred and alternative). */
  labels: { it: string[]; en: string[] };
  occupationUris: string[];
  skillUris: string[];
  comune: string | null;
  comuneName: string | null;
  location: { lat: number; lon: number } | null;
  workMode: string;
  contract: string | null;
  shifts: string[];
  accommodations: string[];
  cost: string | null;
  /** `YYYY-MM-DD`. */
  startDate: string | null;
  deadline: string | null;
  /** ISO 8601 instant. */
  publishedAt: string;
}

export interface SearchQuery {
  text?: string;
  kinds?: SearchKind[];
  /** Documents within `radiusKm` of the point; remote ones always pass (distance is moot). */
  near?: { lat: number; lon: number; radiusKm: number };
  contracts?: string[];
  shifts?: string[];
  workModes?: string[];
  /** true: remote or hybrid only; false: on site only. */
  remote?: boolean;
  occupationUris?: string[];
  skillUris?: string[];
  organisationKinds?: string[];
  /** Never returned nor counted (suspended organisations, known at query time). */
  excludeOrganisationIds?: string[];
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  sourceId: string;
  organisationId: string;
  organisationKind: string;
  organisationName: string;
  title: string;
  comune: string | null;
  comuneName: string | null;
  workMode: string;
  contract: string | null;
  shifts: string[];
  cost: string | null;
  startDate: string | null;
  deadline: string | null;
  publishedAt: string;
  /** Great-circle km from `near`, one decimal; null without `near` or for remote documents. */
  distanceKm: number | null;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  /**
   * More listings than `total` match: a search with words read its `total` newest matches only
   * (the PostgreSQL engine's MATCH_CAP, 500); its facets and pages cover those, and `total` is a
   * lower bound, not an estimate. A client says "più di 500 risultati" / "more than 500 results"
   * and suggests narrowing the search.
   */
  capped: boolean;
  page: number;
  pageSize: number;
  /** value → count, for every facet, computed under all the query's filters. */
  facets: Record<SearchFacet, Record<string, number>>;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /**
   * The engine itself hides listings of organisations not vetted now (it reads the live
   * organisations table); otherwise the caller passes them in `excludeOrganisationIds`.
   */
  readonly hidesUnvettedOrganisations: boolean;
  /** Insert or replace (idempotent). */
  index(document: SearchDocument): Promise<void>;
  /** Idempotent: removing an absent document is not an error. */
  remove(id: string): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Replace the whole index with these documents; answers how many were indexed. */
  reindexAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<number>;
  /** Release connections the engine opened itself. */
  close(): Promise<void>;
}

export const searchDocumentId = (kind: SearchKind, sourceId: string): string => `${kind}-${sourceId}`;

export function emptyFacets(): Record<SearchFacet, Record<string, number>> {
  return Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, {}])) as Record<SearchFacet, Record<string, number>>;
}

/** Batches an (async) iterable for bulk writes. */
export async function* inBatches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance; the PostgreSQL engine uses the same formula in SQL. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
export { EARTH_RADIUS_KM };
