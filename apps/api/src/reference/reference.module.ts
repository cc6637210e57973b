import { Module } from '@nestjs/common';
import { ConceptIndexWarmup } from './concept-search/concept-index.warmup';
import { ConceptSearchService } from './concept-search/concept-search.service';
import { ReferenceImportService } from './import/reference-import.service';
import { ReferenceController } from './reference.controller';
import { ReferenceCache } from './reference-cache';
import { ReferenceLookupService } from './reference-lookup.service';
import { ReferenceSearchService } from './reference-search.service';
import { ReferenceStatusService } from './reference-status.service';

@Module({
  controllers: [ReferenceController],
  providers: [ReferenceCache, ConceptSearchService, ConceptIndexWarmup, ReferenceSearchService, ReferenceLookupService, ReferenceImportService, ReferenceStatusService],
  exports: [ReferenceCache, ReferenceSearchService, ReferenceLookupService, ReferenceImportService],
})
export class ReferenceModule {}
