import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { RequirePermissions } from '../auth/decorators';
import { Page } from '../common/pagination/page-query.dto';
import { AuditLogService } from './audit-log.service';
import { AuditEntryView, AuditExportQuery, AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.AUDIT_READ)
  browse(@Query() query: AuditQuery): Promise<Page<AuditEntryView>> {
    return this.log.browse(query);
  }

  @Get('export.csv')
  @RequirePermissions(PERMISSIONS.AUDIT_EXPORT)
  @ApiProduces('text/csv')
  async export(@Query() query: AuditExportQuery, @Res() res: FastifyReply): Promise<void> {
    await this.log.recordExport(query);
    const csv = new PassThrough();
    res
      .status(200)
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="ponte-audit-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(csv);
    try {
      await this.log.streamCsv(query, csv);
      csv.end();
    } catch (error) {
      // Fastify cuts a download under way, so it cannot pass for a complete file (before the first byte: a problem document).
      csv.destroy(error as Error);
    }
  }
}
