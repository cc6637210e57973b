import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { ProposalWithdrawals } from './proposal-withdrawals.service';
import { ProposalsProcessor } from './proposals.processor';
import { ProposalsScheduler } from './proposals.scheduler';

/** Withdraws proposals after consent revocations and safety changes (events of the profiles feature, and a sweep for lost ones). */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.proposals })],
  providers: [ProposalWithdrawals, ProposalsProcessor, ProposalsScheduler],
  exports: [ProposalWithdrawals],
})
export class ProposalsWorkerModule {}
