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

const COLUMNS = ['actor_id', 'actor_role', 'action', 'outcome', 'target_type', 'target_id', 'network_id', 'organisation_id', 'request_id', 'details'] as const;
const TYPES: Record<(typeof COLUMNS)[number], string> = {
  actor_id: 'uuid', actor_role: 'text', action: 'text', outcome: 'text', target_type: 'text', target_id: 'text',
  network_id: 'uuid', organisation_id: 'uuid', request_id: 'text', details: 'jsonb',
};

/** The entry's values in COLUMNS order; the caller and request come from the request's context. */
function valuesOf(record: AuditRecord): unknown[] {
  const { principal, requestId } = RequestContext.current();
  return [
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
  ];
}

/**
 * Writes the append-only audit log. Pass the transaction's manager for writes, so the
 * change and its audit entry commit together; a failed audit write fails the request.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    // One prepared statement, no RETURNING: most reads write an entry, and TypeORM's insert
    // (entity metadata, returned defaults) cost more than the statement itself.
    await manager.query(
      `INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
      valuesOf(record),
    );
  }

  /**
   * A read and its entry in one statement, one round trip instead of two. The read's rows are
   * `found`; the entry's network and details are SQL over them (`fromRows`): with plain columns
   * one entry per row found (none when nothing was), with aggregates exactly one. PostgreSQL runs
   * a data-modifying WITH whatever the outer query reads, in the read's snapshot, committed
   * with it: as with record(), the entry exists before anything is answered. `order` sorts the
   * rows (over found's columns): reading a WITH does not keep its order by itself.
   */
  async readRecorded<T>(read: { sql: string; params: unknown[] }, record: AuditRecord, fromRows: { networkId?: string; details: string; order?: string }): Promise<T[]> {
    const params = [...read.params];
    const values = valuesOf(record);
    const entry = COLUMNS.map((column, i) => {
      if (column === 'details') return fromRows.details;
      if (column === 'network_id' && fromRows.networkId) return fromRows.networkId;
      params.push(values[i]);
      return `$${params.length}::${TYPES[column]}`;
    });
    return this.dataSource.query(
      `WITH found AS MATERIALIZED (${read.sql}),
       entry AS (INSERT INTO audit_log (${COLUMNS.join(', ')}) SELECT ${entry.join(', ')} FROM found)
       SELECT * FROM found${fromRows.order ? ` ORDER BY ${fromRows.order}` : ''}`,
      params,
    ) as Promise<T[]>;
  }
}
