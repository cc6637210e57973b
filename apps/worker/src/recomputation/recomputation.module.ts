import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { MatchingWorkerModule } from '../matching/matching.module';
import { RecomputationWorker } from './recomputation.worker';

/** Partitions of full and organisation-wide recomputations, on the process's matching cache. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.recomputation }), MatchingWorkerModule],
  providers: [RecomputationWorker],
})
export class RecomputationModule {}
