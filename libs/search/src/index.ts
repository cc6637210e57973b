export {
  SEARCH_KINDS,
  SEARCH_SORTS,
  SEARCH_FACETS,
  searchDocumentId,
  emptyFacets,
  haversineKm,
} from './lib/search-engine';
export type {
  SearchKind,
  SearchSort,
  SearchFacet,
  SearchDocument,
  SearchQuery,
  SearchHit,
  SearchResult,
  SearchEngine,
} from './lib/search-engine';
export { PostgresSearchEngine } from './lib/postgres-search-engine';
export type { SearchDatabase, SearchReads } from './lib/postgres-search-engine';
export { compileCounted, compileScan, isCountable } from './lib/postgres-search-sql';
// The statements' parts, for the specs that compare a statement with the one it replaced.
export { box, dimensionFilters, distanceTo, facets, ITEMS, Params } from './lib/postgres-search-sql';
export type { Compiled } from './lib/postgres-search-sql';
export { compileMatched, compileSearch, MATCH_CAP, wordsQuery } from './lib/postgres-search-matched';
export { MeiliSearchEngine, meiliFilter } from './lib/meili-search-engine';
export type { MeiliSettings } from './lib/meili-search-engine';
export { SearchDocumentBuilder } from './lib/search-document.builder';
export { rebuildIndex } from './lib/reindex';
export { createSearchEngine, SEARCH_ENGINE, DEFAULT_MEILI_INDEX } from './lib/create-search-engine';
export type { SearchEngineSettings } from './lib/create-search-engine';
