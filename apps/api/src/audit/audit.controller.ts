import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { Response } from 'express';
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
  async export(@Query() query: AuditExportQuery, @Res() res: Response): Promise<void> {
    await this.log.recordExport(query);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ponte-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await this.log.streamCsv(query, res);
      res.end();
    } catch (error) {
      // Headers are gone: cut the download so it cannot pass for a complete file.
      res.destroy(error as Error);
    }
  }
}
