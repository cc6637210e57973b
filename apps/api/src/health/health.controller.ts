import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { HealthReport, HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Readiness: database, Redis and migrations' })
  @ApiResponse({ status: 200, description: 'Every dependency is up' })
  @ApiResponse({ status: 503, description: 'A dependency is down; the body names it' })
  async check(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthReport> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? 200 : 503).header('Cache-Control', 'no-store');
    return report;
  }
}
