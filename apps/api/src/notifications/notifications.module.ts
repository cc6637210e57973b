import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications of the caller (written by proposals and the follow-up worker). */
@Module({ controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsModule {}
