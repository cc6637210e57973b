import { Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { MarkedRead, NotificationPage, NotificationQuery } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.NOTIFICATIONS_READ)
  @ApiOperation({ summary: 'Your in-app notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.notifications.list(principal, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.NOTIFICATIONS_READ)
  @ApiOperation({ summary: 'Mark every notification of yours read' })
  @ApiOkResponse({ type: MarkedRead })
  markAllRead(@CurrentPrincipal() principal: Principal): Promise<MarkedRead> {
    return this.notifications.markAllRead(principal);
  }

  @Post(':id/read')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.NOTIFICATIONS_READ)
  @ApiOperation({ summary: 'Mark one notification read (someone else\'s answers 404)' })
  @ApiNoContentResponse()
  markRead(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.notifications.markRead(principal, id);
  }
}
