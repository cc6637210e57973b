import { Body, Controller, Get, Headers, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, ProfileScoped, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { negotiateLanguage } from '../common/i18n/language';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CounsellorOutcomes } from './counsellor-outcomes.service';
import { CounsellorProposalQuery, CreateProposalDto, FollowUpDto, ProposalMoveDto } from './dto/proposal-input.dto';
import { CounsellorProposalPage, CounsellorProposalSummary, CounsellorProposalView, ProposalCreatedView } from './dto/proposal.view';
import { ProposalCreation } from './proposal-creation.service';
import { ProposalReads } from './proposal-reads.service';
import { Post } from '../common/idempotency/post.decorator';

/** The network side of proposals: counsellors only (partners use /partner/proposals). */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller()
export class CounsellorProposalsController {
  constructor(
    private readonly creation: ProposalCreation,
    private readonly reads: ProposalReads,
    private readonly outcomes: CounsellorOutcomes,
  ) {}

  @Post('profiles/:profileId/proposals')
  @ProfileScoped()
  @RequirePermissions(PERMISSIONS.PROPOSALS_CREATE)
  @ApiOperation({ summary: 'Propose the profile to a shortlisted offer or course (needs matching and share_card consents)' })
  @ApiCreatedResponse({ type: ProposalCreatedView })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalCreatedView> {
    return this.creation.create(principal, profileId, dto);
  }

  @Get('proposals')
  @RequirePermissions(PERMISSIONS.PROPOSALS_READ, PERMISSIONS.PROPOSALS_CREATE)
  @ApiOperation({ summary: 'Proposals of your networks, newest first; filter by profile, state, kind' })
  @ApiOkResponse({ type: CounsellorProposalPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: CounsellorProposalQuery): Promise<Page<CounsellorProposalSummary>> {
    return this.reads.list(principal, query);
  }

  @Get('proposals/:id')
  @RequirePermissions(PERMISSIONS.PROPOSALS_READ, PERMISSIONS.PROPOSALS_CREATE)
  @ApiOperation({ summary: 'One proposal with the partner\'s card, the full explanation, history and follow-ups' })
  @ApiOkResponse({ type: CounsellorProposalView })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Headers('accept-language') accept?: string,
  ): Promise<CounsellorProposalView> {
    return this.reads.get(principal, id, negotiateLanguage(accept));
  }

  @Post('proposals/:id/transitions')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.PROPOSALS_FOLLOW_UP)
  @ApiOperation({ summary: 'Withdraw, or record an interview or an outcome (hired, not_hired, enrolled, completed, dropped_out)' })
  @ApiOkResponse({ type: CounsellorProposalView })
  async move(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: ProposalMoveDto,
    @Headers('accept-language') accept?: string,
  ): Promise<CounsellorProposalView> {
    return this.reads.view(await this.outcomes.move(principal, id, dto), negotiateLanguage(accept));
  }

  @Post('proposals/:id/disclosure')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.PROPOSALS_FOLLOW_UP)
  @ApiOperation({ summary: 'Record that the woman disclosed her identity to the organisation (needs disclose_identity consent)' })
  @ApiOkResponse({ type: CounsellorProposalView })
  async disclose(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Headers('accept-language') accept?: string,
  ): Promise<CounsellorProposalView> {
    return this.reads.view(await this.outcomes.recordDisclosure(principal, id), negotiateLanguage(accept));
  }

  @Post('proposals/:id/follow-ups')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.PROPOSALS_FOLLOW_UP)
  @ApiOperation({ summary: 'Record the 3- or 6-month follow-up: still_in_work | no_longer | unknown' })
  @ApiOkResponse({ type: CounsellorProposalView })
  async followUp(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: FollowUpDto,
    @Headers('accept-language') accept?: string,
  ): Promise<CounsellorProposalView> {
    return this.reads.view(await this.outcomes.recordFollowUp(principal, id, dto), negotiateLanguage(accept));
  }
}
