import { Body, Controller, Get, HttpCode, Param, Patch, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { FastifyRequest } from 'fastify';
import { clientIp } from '../auth/auth.controller';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { Public } from '../auth/public.decorator';
import { Page, PageQuery } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { OrganisationDirectoryEntry, OrganisationDirectoryQuery } from './dto/organisation-directory.dto';
import { OrganisationQuery, UpdateOrganisationDto } from './dto/organisation-query.dto';
import { OrganisationRegistrationDto, RegistrationResponse } from './dto/registration.dto';
import { AccountView, TeamInvitationDto } from './dto/team.dto';
import { OrganisationSummary, OrganisationView } from './organisation-view';
import { OrganisationsService } from './organisations.service';
import { RegistrationService } from './registration.service';
import { TeamService } from './team.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly organisations: OrganisationsService,
    private readonly team: TeamService,
  ) {}

  /** Public: a company, training body or union registers itself and its first administrator. */
  @Public()
  @Post('registrations')
  @ApiCreatedResponse({ type: RegistrationResponse })
  register(@Body() dto: OrganisationRegistrationDto, @Req() req: FastifyRequest): Promise<RegistrationResponse> {
    return this.registration.register(dto, clientIp(req));
  }

  @Get()
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_READ_ALL)
  list(@Query() query: OrganisationQuery): Promise<Page<OrganisationSummary>> {
    return this.organisations.list(query);
  }

  /** Counsellors: find any pending, vetted or suspended organisation to block for a profile. */
  @Get('directory')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.PROFILES_WRITE)
  @ApiOkResponse({ type: OrganisationDirectoryEntry, isArray: true })
  directory(@Query() query: OrganisationDirectoryQuery): Promise<OrganisationDirectoryEntry[]> {
    return this.organisations.directory(query);
  }

  @Get('mine')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.OFFERS_READ)
  @ApiOkResponse({ type: OrganisationView })
  mine(@CurrentPrincipal() principal: Principal): Promise<OrganisationView> {
    return this.organisations.mine(principal);
  }

  @Patch('mine')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.ORGANISATION_MANAGE_OWN)
  @ApiOkResponse({ type: OrganisationView })
  updateMine(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.updateMine(principal, dto);
  }

  @Get('mine/users')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.TEAM_MANAGE)
  teamList(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<AccountView>> {
    return this.team.list(principal, query);
  }

  @Post('mine/invitations')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.TEAM_MANAGE)
  @ApiCreatedResponse({ type: AccountView })
  teamInvite(@CurrentPrincipal() principal: Principal, @Body() dto: TeamInvitationDto): Promise<AccountView> {
    return this.team.invite(principal, dto);
  }

  @Post('mine/users/:userId/deactivate')
  @HttpCode(204)
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.TEAM_MANAGE)
  async teamDeactivate(@CurrentPrincipal() principal: Principal, @Param('userId', UuidParam) userId: string): Promise<void> {
    await this.team.setActive(principal, userId, false);
  }

  @Post('mine/users/:userId/reactivate')
  @HttpCode(204)
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.TEAM_MANAGE)
  async teamReactivate(@CurrentPrincipal() principal: Principal, @Param('userId', UuidParam) userId: string): Promise<void> {
    await this.team.setActive(principal, userId, true);
  }

  @Get(':id')
  @ApiBearerAuth()
  @RequirePermissions(PERMISSIONS.ORGANISATIONS_READ_ALL)
  @ApiOkResponse({ type: OrganisationView })
  get(@Param('id', UuidParam) id: string): Promise<OrganisationView> {
    return this.organisations.get(id);
  }
}
