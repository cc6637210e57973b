import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { RetentionProcessor } from './retention.processor';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** Archives inactive profiles and erases long-archived ones, every night. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.retention }, { name: QUEUES.matching })],
  providers: [RetentionService, RetentionProcessor, RetentionScheduler],
  exports: [RetentionService],
})
export class RetentionModule {}
