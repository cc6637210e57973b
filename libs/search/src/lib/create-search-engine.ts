import type { DataSource } from 'typeorm';
import { MeiliSearchEngine } from './meili-search-engine';
import { PostgresSearchEngine, type SearchReads } from './postgres-search-engine';
import type { SearchEngine } from './search-engine';

export interface SearchEngineSettings {
  SEARCH_ENGINE: 'postgres' | 'meilisearch' | string;
  MEILI_HOST: string;
  MEILI_API_KEY: string;
  /** Meilisearch index uid; defaults to `ponte_catalogue`. */
  MEILI_INDEX?: string;
}

/** Injection token of the configured engine, in the API and in the worker. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const DEFAULT_MEILI_INDEX = 'ponte_catalogue';

/**
 * The engine the configuration asks for; PostgreSQL unless `SEARCH_ENGINE=meilisearch`. `reads`
 * (the API's) is where the PostgreSQL engine searches; it indexes on `dataSource`.
 */
export async function createSearchEngine(settings: SearchEngineSettings, dataSource: DataSource, reads?: SearchReads): Promise<SearchEngine> {
  if (settings.SEARCH_ENGINE === 'meilisearch') {
    return MeiliSearchEngine.connect({
      host: settings.MEILI_HOST,
      apiKey: settings.MEILI_API_KEY,
      indexUid: settings.MEILI_INDEX || DEFAULT_MEILI_INDEX,
    });
  }
  return new PostgresSearchEngine(dataSource, reads);
}
