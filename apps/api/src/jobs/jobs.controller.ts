import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { RequirePermissions } from '../auth/decorators';
import { FailedJobsPage, FailedJobsQuery } from './dto/failed-jobs-query.dto';
import { FailedJobsService } from './failed-jobs.service';
import { Post } from '../common/idempotency/post.decorator';

/** Failed background jobs, for coordinators: see what kept failing, retry it or discard it. */
@ApiTags('jobs')
@ApiBearerAuth()
@RequirePermissions(PERMISSIONS.JOBS_MANAGE)
@Controller('jobs/failed')
export class JobsController {
  constructor(private readonly failed: FailedJobsService) {}

  @Get()
  @ApiOperation({ summary: 'Failed jobs of one queue or of every queue (newest first), sanitised: ids and codes, never free text' })
  @ApiOkResponse({ type: FailedJobsPage })
  list(@Query() query: FailedJobsQuery): Promise<FailedJobsPage> {
    return this.failed.list(query);
  }

  @Post(':queue/:jobId/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Retry a failed job with a fresh retry budget (404 unknown, 409 not failed); audited jobs.retry' })
  @ApiNoContentResponse()
  retry(@Param('queue') queue: string, @Param('jobId') jobId: string): Promise<void> {
    return this.failed.retry(queue, jobId);
  }

  @Delete(':queue/:jobId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a failed job; audited jobs.discard' })
  @ApiNoContentResponse()
  discard(@Param('queue') queue: string, @Param('jobId') jobId: string): Promise<void> {
    return this.failed.discard(queue, jobId);
  }
}
