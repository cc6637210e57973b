import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ReferenceModule } from '../reference/reference.module';
import { searchEngineProvider } from './search-engine.provider';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [CatalogueModule, ReferenceModule],
  controllers: [SearchController],
  providers: [searchEngineProvider, SearchService],
})
export class SearchModule {}
