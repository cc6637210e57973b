import type { DataSource } from 'typeorm';
import { MeiliSearchEngine } from './meili-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
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

/** The engine the configuration asks for; PostgreSQL unless `SEARCH_ENGINE=meilisearch`. */
export async function createSearchEngine(settings: SearchEngineSettings, dataSource: DataSource): Promise<SearchEngine> {
  if (settings.SEARCH_ENGINE === 'meilisearch') {
    return MeiliSearchEngine.connect({
      host: settings.MEILI_HOST,
      apiKey: settings.MEILI_API_KEY,
      indexUid: settings.MEILI_INDEX || DEFAULT_MEILI_INDEX,
    });
  }
  return new PostgresSearchEngine(dataSource);
}
