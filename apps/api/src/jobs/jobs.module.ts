import { Module } from '@nestjs/common';
import { FailedJobsService } from './failed-jobs.service';
import { JobsController } from './jobs.controller';

/** Failed background jobs (the queues themselves come from the global QueueModule). */
@Module({ controllers: [JobsController], providers: [FailedJobsService] })
export class JobsModule {}
