import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { ProposalWithdrawals } from './proposal-withdrawals.service';
import { ProposalsProcessor } from './proposals.processor';

/** Withdraws proposals after consent revocations and safety changes (events of the profiles feature). */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.proposals })],
  providers: [ProposalWithdrawals, ProposalsProcessor],
  exports: [ProposalWithdrawals],
})
export class ProposalsWorkerModule {}
