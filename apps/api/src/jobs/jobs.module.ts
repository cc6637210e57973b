import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { FailedJobsService } from './failed-jobs.service';
import { JobsController } from './jobs.controller';
import { RecomputationsController } from './recomputations.controller';
import { RecomputationsService } from './recomputations.service';

/** Failed background jobs and recomputations of matches (the queues themselves come from the global QueueModule). */
@Module({
  imports: [BullModule.registerFlowProducer({ name: QUEUES.recomputation })],
  controllers: [JobsController, RecomputationsController],
  providers: [FailedJobsService, RecomputationsService],
})
export class JobsModule {}
