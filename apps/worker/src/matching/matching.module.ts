import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { MatchingProcessor } from './matching.processor';
import { MatchingScheduler } from './matching.scheduler';
import { MatchingService } from './matching.service';
import { OrganisationFanOut } from './organisation-fan-out';

/** Precomputed matches: profile, offer, course and organisation recomputations, and the sweep. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.matching }), BullModule.registerFlowProducer({ name: QUEUES.recomputation })],
  providers: [MatchingService, MatchingProcessor, MatchingScheduler, OrganisationFanOut],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
