import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The writer every feature uses (safety rule 5); browsing and export are the audit-log feature (audit-log/). */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditCoreModule {}
