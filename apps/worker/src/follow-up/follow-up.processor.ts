import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES, type FollowUpReminderJob } from '@ponte/jobs';
import { Job } from 'bullmq';
import { FollowUpReminders } from './follow-up-reminders.service';

/** Every job of QUEUES.followUp: the delayed reminder of one checkpoint, and the repeatable sweep. */
@Processor(QUEUES.followUp)
export class FollowUpProcessor extends WorkerHost {
  constructor(private readonly reminders: FollowUpReminders) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.followUp.remind: {
        const { proposalId, months } = job.data as FollowUpReminderJob;
        return this.reminders.remind(proposalId, months);
      }
      case JOBS.followUp.sweep:
        return this.reminders.sweep();
      default:
        throw new Error(`unknown follow-up job "${job.name}"`);
    }
  }
}
