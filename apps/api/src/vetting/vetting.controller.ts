import { Body, Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { Page, PageQuery } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { InformationRequestView, VettingDecisionView } from '../organisations/organisation-view';
import { InformationAnswerDto, InformationRequestDto } from './dto/information-request.dto';
import { InformationRequestsService } from './information-requests.service';
import { VettingDecisionDto, VettingQueueItem } from './dto/vetting.dto';
import { VettingService } from './vetting.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('vetting')
@ApiBearerAuth()
@Controller()
export class VettingController {
  constructor(
    private readonly vetting: VettingService,
    private readonly information: InformationRequestsService,
  ) {}

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

  /** Ask a pending organisation for more information (409 with `currentState` otherwise); its administrators are e-mailed a link. */
  @Post('organisations/:id/information-requests')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_VET)
  @ApiCreatedResponse({ type: InformationRequestView })
  askInformation(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: InformationRequestDto): Promise<InformationRequestView> {
    return this.information.ask(principal, id, dto.question);
  }

  /** The organisation's administrator answers one of its questions, once (409 after; another organisation's: 404). */
  @Post('organisations/mine/information-requests/:requestId/answer')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.ORGANISATION_MANAGE_OWN)
  @ApiOkResponse({ type: InformationRequestView })
  answerInformation(
    @CurrentPrincipal() principal: Principal,
    @Param('requestId', UuidParam) requestId: string,
    @Body() dto: InformationAnswerDto,
  ): Promise<InformationRequestView> {
    return this.information.answer(principal, requestId, dto.answer);
  }

  /** vet | reject | suspend | reinstate, with a mandatory reason; 409 with `currentState` when illegal. */
  @Post('organisations/:id/vetting-decisions')
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_VET)
  @ApiCreatedResponse({ type: VettingDecisionView })
  decide(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: VettingDecisionDto): Promise<VettingDecisionView> {
    return this.vetting.decide(principal, id, dto);
  }
}
