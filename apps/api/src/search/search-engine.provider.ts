import type { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { createSearchEngine, SEARCH_ENGINE } from '@ponte/search';
import { DataSource } from 'typeorm';
import { ReadDatabase } from '../database/read-database';

/** The configured engine (PostgreSQL unless SEARCH_ENGINE=meilisearch). */
export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource, ReadDatabase],
  // Searches tolerate the replica's bounded lag (a suspension hides within DATABASE_READ_MAX_LAG_MS).
  useFactory: (config: AppConfig, dataSource: DataSource, reads: ReadDatabase) => createSearchEngine(config, dataSource, reads),
};
