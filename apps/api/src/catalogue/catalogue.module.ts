import { Module } from '@nestjs/common';
import { CatalogueJobs } from './catalogue-jobs.service';
import { CatalogueLifecycle } from './catalogue-lifecycle.service';
import { CatalogueReads } from './catalogue-reads.service';
import { OrganisationPublication } from './organisation-publication';
import { ReferenceCheck } from './reference-check';

/** What offers, courses and search share: reference checks, lifecycle, background jobs. */
@Module({
  providers: [ReferenceCheck, OrganisationPublication, CatalogueJobs, CatalogueLifecycle, CatalogueReads],
  exports: [ReferenceCheck, OrganisationPublication, CatalogueJobs, CatalogueLifecycle, CatalogueReads],
})
export class CatalogueModule {}
