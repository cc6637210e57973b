import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditOutcome } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../common/context/request-context';

export interface AuditRecord {
  /** Dotted verb, e.g. `profile.read`, `auth.sign_in`, `organisation.vet`, `audit.export`. */
  action: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
  networkId?: string | null;
  organisationId?: string | null;
  /** Ids, codes and counts only: never names, notes or other profile content. */
  details?: Record<string, unknown>;
  /** For events before a principal exists (sign-in attempts). */
  actorId?: string | null;
  actorRole?: string | null;
}

/**
 * Writes the append-only audit log. Pass the transaction's manager for writes, so the
 * change and its audit entry commit together; a failed audit write fails the request.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const { principal, requestId } = RequestContext.current();
    await manager.insert(AuditEntry, {
      actorId: record.actorId !== undefined ? record.actorId : (principal?.userId ?? null),
      actorRole: record.actorRole !== undefined ? record.actorRole : (principal?.role ?? null),
      action: record.action,
      outcome: record.outcome ?? 'success',
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      networkId: record.networkId ?? null,
      organisationId: record.organisationId ?? principal?.organisationId ?? null,
      requestId: requestId ?? null,
      details: (record.details ?? {}) as object,
    });
  }
}
