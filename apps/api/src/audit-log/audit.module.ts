import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';

/** Browsing and CSV export of the audit log; the writer is the global AuditCoreModule (audit/). */
@Module({ controllers: [AuditController], providers: [AuditLogService] })
export class AuditModule {}
