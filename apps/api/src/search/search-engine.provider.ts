import type { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { createSearchEngine, SEARCH_ENGINE } from '@ponte/search';
import { DataSource } from 'typeorm';

/** The configured engine (PostgreSQL unless SEARCH_ENGINE=meilisearch). */
export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource) => createSearchEngine(config, dataSource),
};
