import { Module } from '@nestjs/common';
import { WorkerInfrastructureModule } from './worker.module';

/** The worker process: infrastructure plus one module per queue (apps/worker/src/<queue>/). */
@Module({
  imports: [WorkerInfrastructureModule],
})
export class AppWorkerModule {}
