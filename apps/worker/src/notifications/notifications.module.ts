import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ponte/jobs';
import { MailTransport } from './mail-transport';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxSweepService } from './outbox-sweep.service';

/** E-mail delivery from the outbox (exactly once, see OutboxDeliveryService) and its periodic sweep. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.notifications })],
  providers: [MailTransport, OutboxDeliveryService, OutboxSweepService, NotificationsProcessor],
  exports: [OutboxDeliveryService, OutboxSweepService],
})
export class NotificationsModule {}
