import { Body, Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, ProfileScoped, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { AddToShortlistDto, ShortlistCreatedView, ShortlistEntryView, ShortlistPage, ShortlistQuery } from './dto/shortlist.dto';
import { ShortlistService } from './shortlist.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('shortlists')
@ApiBearerAuth()
@ProfileScoped()
@Controller('profiles/:profileId/shortlist')
export class ShortlistsController {
  constructor(private readonly shortlist: ShortlistService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.SHORTLIST_WRITE)
  @ApiOperation({ summary: 'The shortlist of a profile of your networks, newest first' })
  @ApiOkResponse({ type: ShortlistPage })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Query() query: ShortlistQuery,
  ): Promise<Page<ShortlistEntryView>> {
    return this.shortlist.list(principal, profileId, query);
  }

  @Post()
  @RequirePermissions(PERMISSIONS.SHORTLIST_WRITE)
  @ApiOperation({ summary: 'Shortlist a published offer or course for the profile, with a private note' })
  @ApiCreatedResponse({ type: ShortlistCreatedView })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Body() dto: AddToShortlistDto,
  ): Promise<ShortlistCreatedView> {
    return this.shortlist.add(principal, profileId, dto);
  }

  @Delete(':entryId')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.SHORTLIST_WRITE)
  @ApiOperation({ summary: 'Remove an entry (proposals already made from it stay)' })
  @ApiNoContentResponse()
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Param('entryId', UuidParam) entryId: string,
  ): Promise<void> {
    return this.shortlist.remove(principal, profileId, entryId);
  }
}
