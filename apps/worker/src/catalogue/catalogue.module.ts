import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { CatalogueProcessor } from './catalogue.processor';
import { CatalogueScheduler } from './catalogue.scheduler';
import { DeadlineCloser } from './deadline-closer.service';

/** Closes published offers and courses at their deadline. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.catalogue }, { name: QUEUES.search }, { name: QUEUES.matching })],
  providers: [DeadlineCloser, CatalogueProcessor, CatalogueScheduler],
  exports: [DeadlineCloser],
})
export class CatalogueModule {}
