import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES, type ConsentRevokedJob, type SafetyChangedJob } from '@ponte/jobs';
import { Job } from 'bullmq';
import { ProposalWithdrawals } from './proposal-withdrawals.service';

/** Every job of QUEUES.proposals. Idempotent: a replay finds nothing open left to withdraw. */
@Processor(QUEUES.proposals)
export class ProposalsProcessor extends WorkerHost {
  constructor(private readonly withdrawals: ProposalWithdrawals) {
    super();
  }

  async process(job: Job): Promise<{ withdrawn: number }> {
    switch (job.name) {
      case JOBS.proposals.withdrawForRevokedConsent:
        return { withdrawn: (await this.withdrawals.forRevokedConsent(job.data as ConsentRevokedJob)).length };
      case JOBS.proposals.withdrawForSafety:
        return { withdrawn: (await this.withdrawals.forSafety((job.data as SafetyChangedJob).profileId)).length };
      case JOBS.proposals.sweep:
        return { withdrawn: await this.withdrawals.sweep() };
      default:
        throw new Error(`unknown proposals job "${job.name}"`);
    }
  }
}
