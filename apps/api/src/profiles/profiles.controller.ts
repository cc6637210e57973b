import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, ProfileScoped, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import type { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreateProfileDto } from './dto/create-profile.dto';
import { CreatedProfileView } from './dto/created-profile.view';
import { EraseProfileQuery } from './dto/erase-profile.dto';
import { ProfileQuery } from './dto/profile-query.dto';
import { ProfileSummaryView, ProfileView } from './dto/profile.view';
import { SafetyConstraintsDto } from './dto/safety-constraints.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileCreationService } from './profile-creation.service';
import { ProfileErasureService } from './profile-erasure.service';
import { ProfileReadingService } from './profile-reading.service';
import { ProfileUpdateService } from './profile-update.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('profiles')
@ApiBearerAuth()
@ProfileScoped()
@Controller('profiles')
export class ProfilesController {
  constructor(
    private readonly creation: ProfileCreationService,
    private readonly reading: ProfileReadingService,
    private readonly updates: ProfileUpdateService,
    private readonly erasure: ProfileErasureService,
  ) {}

  @Post()
  @RequirePermissions(PERMISSIONS.PROFILES_WRITE)
  @ApiOperation({ summary: 'Create a pseudonymised profile in one of the caller\'s networks' })
  @ApiCreatedResponse({ type: CreatedProfileView })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateProfileDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<CreatedProfileView> {
    const id = await this.creation.create(principal, dto);
    response.header('Location', `/api/profiles/${id}`);
    return this.reading.created(id);
  }

  @Get()
  @RequirePermissions(PERMISSIONS.PROFILES_READ)
  @ApiOperation({ summary: 'List, filter and search the profiles of the caller\'s networks' })
  @ApiOkResponse({ description: '{ items: ProfileSummaryView[], total, page, pageSize }' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ProfileQuery): Promise<Page<ProfileSummaryView>> {
    return this.reading.list(principal, query);
  }

  @Get(':id')
  @RequirePermissions(PERMISSIONS.PROFILES_READ)
  @ApiOperation({ summary: 'Read a profile (notes included) of the caller\'s networks' })
  @ApiOkResponse({ type: ProfileView })
  read(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<ProfileView> {
    return this.reading.read(principal, id);
  }

  @Patch(':id')
  @RequirePermissions(PERMISSIONS.PROFILES_WRITE)
  @ApiOperation({ summary: 'Change a profile: absent fields stay, lists are replaced whole, null clears' })
  @ApiOkResponse({ type: ProfileView })
  async update(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: UpdateProfileDto): Promise<ProfileView> {
    const changed = await this.updates.update(principal, id, dto);
    return changed ? this.reading.afterWrite(id) : this.reading.read(principal, id);
  }

  @Put(':id/safety')
  @RequirePermissions(PERMISSIONS.PROFILES_WRITE)
  @ApiOperation({ summary: 'Replace the safety constraints (exclusion areas, blocked organisations); matches are re-filtered at once' })
  @ApiOkResponse({ type: ProfileView })
  async replaceSafety(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: SafetyConstraintsDto,
  ): Promise<ProfileView> {
    await this.updates.replaceSafety(principal, id, dto);
    return this.reading.afterWrite(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.PROFILES_ERASE)
  @ApiOperation({ summary: 'Erase a profile now, with everything about it; only anonymous counts remain' })
  @ApiNoContentResponse()
  async erase(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Query() query: EraseProfileQuery): Promise<void> {
    await this.erasure.erase(principal, id, query.reason);
  }
}
