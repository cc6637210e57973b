import { Body, Controller, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { AccountView } from '../organisations/dto/team.dto';
import { StaffInvitationDto, StaffQuery, UpdateStaffDto } from './dto/staff.dto';
import { StaffService } from './staff.service';
import { Post } from '../common/idempotency/post.decorator';

/** Coordinators and counsellors' accounts; partners' accounts are managed by their own admins. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  list(@Query() query: StaffQuery): Promise<Page<AccountView>> {
    return this.staff.list(query);
  }

  @Post('invitations')
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  @ApiCreatedResponse({ type: AccountView })
  invite(@Body() dto: StaffInvitationDto): Promise<AccountView> {
    return this.staff.invite(dto);
  }

  @Get(':id')
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  @ApiOkResponse({ type: AccountView })
  get(@Param('id', UuidParam) id: string): Promise<AccountView> {
    return this.staff.get(id);
  }

  @Patch(':id')
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  @ApiOkResponse({ type: AccountView })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateStaffDto): Promise<AccountView> {
    return this.staff.update(id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  async deactivate(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    await this.staff.setActive(principal, id, false);
  }

  @Post(':id/reactivate')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  async reactivate(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    await this.staff.setActive(principal, id, true);
  }

  @Post(':id/reset-second-factor')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.STAFF_MANAGE)
  async resetSecondFactor(@Param('id', UuidParam) id: string): Promise<void> {
    await this.staff.resetSecondFactor(id);
  }
}
