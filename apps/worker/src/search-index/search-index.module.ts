import { BullModule } from '@nestjs/bullmq';
import { Module, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { QUEUES } from '@ponte/jobs';
import { createSearchEngine, SEARCH_ENGINE } from '@ponte/search';
import { DataSource } from 'typeorm';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchIndexScheduler } from './search-index.scheduler';
import { SearchIndexService } from './search-index.service';

const searchEngine: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource) => createSearchEngine(config, dataSource),
};

/** Keeps the configured search engine in step with the offers and courses in the database (jobs, and a sweep for lost ones). */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.search })],
  providers: [searchEngine, SearchIndexService, SearchIndexProcessor, SearchIndexScheduler],
  exports: [SearchIndexService],
})
export class SearchIndexModule {}
