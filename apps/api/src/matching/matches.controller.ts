import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, ProfileScoped, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { MatchPage, MatchQuery, PathwayQuery, SkillGapQuery, WhyNotView } from './dto/match.dto';
import { PathwaysView, SkillGapsView } from './dto/pathway.dto';
import { MatchReadsService } from './match-reads.service';
import { PathwaysService } from './pathways.service';

/** Counsellors of the profile's networks only (matches:read); out of scope is 404; partners have no access. */
@ApiTags('matching')
@ApiBearerAuth()
@ProfileScoped()
@Controller('profiles/:id')
export class MatchesController {
  constructor(
    private readonly reads: MatchReadsService,
    private readonly pathways: PathwaysService,
  ) {}

  @Get('matches')
  @RequirePermissions(PERMISSIONS.MATCHES_READ)
  @ApiOperation({ summary: 'Her ranked, explained matches (offers or courses), as precomputed; never stale, re-checked at read time' })
  @ApiOkResponse({ type: MatchPage })
  list(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Query() query: MatchQuery): Promise<MatchPage> {
    return this.reads.list(principal, id, query);
  }

  @Get('matches/why-not/:offerId')
  @RequirePermissions(PERMISSIONS.MATCHES_READ)
  @ApiOperation({ summary: 'Why an offer is not among her matches: the hard filter that removes it, or its score and place' })
  @ApiOkResponse({ type: WhyNotView })
  whyNot(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Param('offerId', UuidParam) offerId: string,
  ): Promise<WhyNotView> {
    return this.reads.whyNot(principal, id, offerId);
  }

  @Get('pathways')
  @RequirePermissions(PERMISSIONS.MATCHES_READ)
  @ApiOperation({ summary: 'Courses that close the essential skills she lacks for an offer (offerId) or an occupation, with the offers each unlocks' })
  @ApiOkResponse({ type: PathwaysView })
  pathwaysFor(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Query() query: PathwayQuery): Promise<PathwaysView> {
    return this.pathways.pathways(principal, id, query);
  }

  @Get('skill-gaps')
  @RequirePermissions(PERMISSIONS.MATCHES_READ)
  @ApiOperation({ summary: 'Her missing skills ranked by how many offers closing each would unlock' })
  @ApiOkResponse({ type: SkillGapsView })
  skillGaps(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Query() query: SkillGapQuery): Promise<SkillGapsView> {
    return this.pathways.skillGaps(principal, id, query);
  }
}
