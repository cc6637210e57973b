import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { MatchingProcessor } from './matching.processor';
import { MatchingScheduler } from './matching.scheduler';
import { MatchingService } from './matching.service';

/** Precomputed matches: profile, offer, course and organisation recomputations, and the sweep. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.matching })],
  providers: [MatchingService, MatchingProcessor, MatchingScheduler],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
