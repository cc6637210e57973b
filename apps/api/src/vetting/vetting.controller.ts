import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { Page, PageQuery } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { VettingDecisionView } from '../organisations/organisation-view';
import { VettingDecisionDto, VettingQueueItem } from './dto/vetting.dto';
import { VettingService } from './vetting.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('vetting')
@ApiBearerAuth()
@Controller()
export class VettingController {
  constructor(private readonly vetting: VettingService) {}

  @Get('vetting/queue')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_VET)
  queue(@Query() query: PageQuery): Promise<Page<VettingQueueItem>> {
    return this.vetting.queue(query);
  }

  @Get('organisations/:id/vetting-decisions')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_READ_ALL)
  @ApiOkResponse({ type: VettingDecisionView, isArray: true })
  history(@Param('id', UuidParam) id: string): Promise<VettingDecisionView[]> {
    return this.vetting.history(id);
  }

  /** vet | reject | suspend | reinstate, with a mandatory reason; 409 with `currentState` when illegal. */
  @Post('organisations/:id/vetting-decisions')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_VET)
  @ApiCreatedResponse({ type: VettingDecisionView })
  decide(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: VettingDecisionDto): Promise<VettingDecisionView> {
    return this.vetting.decide(principal, id, dto);
  }
}
