import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { FollowUpReminders } from './follow-up-reminders.service';
import { FollowUpProcessor } from './follow-up.processor';
import { FollowUpScheduler } from './follow-up.scheduler';

/** 3- and 6-month follow-up reminders after a hire or an enrolment. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.followUp }, { name: QUEUES.notifications })],
  providers: [FollowUpReminders, FollowUpProcessor, FollowUpScheduler],
  exports: [FollowUpReminders],
})
export class FollowUpModule {}
