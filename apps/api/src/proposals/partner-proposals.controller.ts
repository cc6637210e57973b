import { Body, Controller, Get, Headers, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { negotiateLanguage } from '../common/i18n/language';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { PartnerProposalPage, PartnerProposalSummary, PartnerProposalView } from './dto/candidate-card.view';
import { PartnerProposalQuery, ProposalMoveDto } from './dto/proposal-input.dto';
import { PartnerAnswers } from './partner-answers.service';
import { Post } from '../common/idempotency/post.decorator';

/** The partner side: candidate cards proposed to the caller's organisation, and its answers. */
@ApiTags('partner proposals')
@ApiBearerAuth()
@Controller('partner/proposals')
export class PartnerProposalsController {
  constructor(private readonly answers: PartnerAnswers) {}

  @Get()
  @RequirePermissions(PERMISSIONS.PROPOSALS_READ, PERMISSIONS.PROPOSALS_ANSWER)
  @ApiOperation({ summary: 'Proposals received by your organisation; filter by state, offer or course' })
  @ApiOkResponse({ type: PartnerProposalPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PartnerProposalQuery): Promise<Page<PartnerProposalSummary>> {
    return this.answers.list(principal, query);
  }

  @Get(':id')
  @RequirePermissions(PERMISSIONS.PROPOSALS_READ, PERMISSIONS.PROPOSALS_ANSWER)
  @ApiOperation({ summary: 'One candidate card; the first read marks the proposal viewed' })
  @ApiOkResponse({ type: PartnerProposalView })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Headers('accept-language') accept?: string,
  ): Promise<PartnerProposalView> {
    return this.answers.read(principal, id, negotiateLanguage(accept));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.PROPOSALS_ANSWER)
  @ApiOperation({ summary: 'Answer: interested, declined (reason), interview_arranged, hired, not_hired, enrolled, completed, dropped_out' })
  @ApiOkResponse({ type: PartnerProposalView })
  move(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProposalMoveDto,
    @Headers('accept-language') accept?: string,
  ): Promise<PartnerProposalView> {
    return this.answers.answer(principal, id, dto, negotiateLanguage(accept));
  }
}
