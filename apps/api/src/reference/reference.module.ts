import { Module } from '@nestjs/common';
import { ReferenceImportService } from './import/reference-import.service';
import { ReferenceController } from './reference.controller';
import { ReferenceLookupService } from './reference-lookup.service';
import { ReferenceSearchService } from './reference-search.service';

@Module({
  controllers: [ReferenceController],
  providers: [ReferenceSearchService, ReferenceLookupService, ReferenceImportService],
  exports: [ReferenceSearchService, ReferenceLookupService, ReferenceImportService],
})
export class ReferenceModule {}
