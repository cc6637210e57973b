import { Body, Controller, Get, HttpCode, Param } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { RequirePermissions } from '../auth/decorators';
import { Post } from '../common/idempotency/post.decorator';
import { RecomputationDto, RecomputationList, StartRecomputationRequest } from './dto/recomputation.dto';
import { RecomputationsService } from './recomputations.service';

/** Full and organisation-wide recomputations of matches, for coordinators: start one, follow its progress. */
@ApiTags('jobs')
@ApiBearerAuth()
@RequirePermissions(PERMISSIONS.JOBS_MANAGE)
@Controller('jobs/recomputations')
export class RecomputationsController {
  constructor(private readonly recomputations: RecomputationsService) {}

  @Get()
  @ApiOperation({ summary: 'Recomputations of matches, running first: partitions done / total, profiles per second, ETA' })
  @ApiOkResponse({ type: RecomputationList })
  async list(): Promise<RecomputationList> {
    return { items: await this.recomputations.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One recomputation (404 unknown or no longer kept)' })
  @ApiOkResponse({ type: RecomputationDto })
  get(@Param('id') id: string): Promise<RecomputationDto> {
    return this.recomputations.get(id);
  }

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Recompute every match, or one vetted organisation\'s (409 while one of the same scope runs); audited jobs.recompute' })
  @ApiAcceptedResponse({ type: RecomputationDto })
  start(@Body() body: StartRecomputationRequest): Promise<RecomputationDto> {
    return this.recomputations.start(body.organisationId);
  }
}
