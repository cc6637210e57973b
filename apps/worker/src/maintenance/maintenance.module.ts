import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { MaintenanceProcessor } from './maintenance.processor';
import { MaintenanceScheduler } from './maintenance.scheduler';
import { MaintenanceService } from './maintenance.service';

/** Housekeeping: purges sent outbox mails and expired idempotency keys, every hour. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.maintenance })],
  providers: [MaintenanceService, MaintenanceProcessor, MaintenanceScheduler],
  exports: [MaintenanceService],
})
export class MaintenanceModule {}
