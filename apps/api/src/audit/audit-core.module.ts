import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The writer every feature uses; browsing and export live in the audit feature module. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditCoreModule {}
