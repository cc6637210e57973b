import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CatalogueEditor } from './catalogue-editor.service';
import { CatalogueJobs } from './catalogue-jobs.service';
import { CatalogueLifecycle } from './catalogue-lifecycle.service';
import { CatalogueReads } from './catalogue-reads.service';
import { ReferenceCheck } from './reference-check';

/** What offers, courses and search share: reference checks, editing, lifecycle, reads, background jobs (each kind's own rules stay in its folder: offers/offer-rules.ts, courses/course-rules.ts). */
@Module({
  imports: [OrganisationsModule],
  providers: [ReferenceCheck, CatalogueJobs, CatalogueLifecycle, CatalogueReads, CatalogueEditor],
  exports: [ReferenceCheck, CatalogueJobs, CatalogueLifecycle, CatalogueReads, CatalogueEditor],
})
export class CatalogueModule {}
