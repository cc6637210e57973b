import { Module } from '@nestjs/common';
import { RetentionModule } from '../retention/retention.module';
import { WorkerInfrastructureModule } from './worker.module';

/** The worker process: infrastructure plus one module per queue (apps/worker/src/<queue>/). */
@Module({
  imports: [WorkerInfrastructureModule, RetentionModule],
})
export class AppWorkerModule {}
