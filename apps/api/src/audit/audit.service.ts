import { Injectable } from '@nestjs/common';
import type { AuditOutcome } from '@ponte/persistence';
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
    // One prepared statement, no RETURNING: most reads write an entry, and TypeORM's insert
    // (entity metadata, returned defaults) cost more than the statement itself.
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, outcome, target_type, target_id, network_id, organisation_id, request_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        record.actorId !== undefined ? record.actorId : (principal?.userId ?? null),
        record.actorRole !== undefined ? record.actorRole : (principal?.role ?? null),
        record.action,
        record.outcome ?? 'success',
        record.targetType ?? null,
        record.targetId ?? null,
        record.networkId ?? null,
        record.organisationId ?? principal?.organisationId ?? null,
        requestId ?? null,
        JSON.stringify(record.details ?? {}),
      ],
    );
  }
}
