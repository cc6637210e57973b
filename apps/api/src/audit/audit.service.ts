import { Injectable } from '@nestjs/common';
import type { AuditOutcome } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../common/context/request-context';
import { ReadDatabase, type Queryable } from '../database/read-database';
import { insertEntriesSql, insertEntrySql, readOnReplicaSql, readRecordedSql } from './audit.sql';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
  ) {}

  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    // One prepared statement, no RETURNING: most reads write an entry, and TypeORM's insert
    // (entity metadata, returned defaults) cost more than the statement itself.
    await manager.query(insertEntrySql(COLUMNS), valuesOf(record));
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
    const source = await this.reads.source();
    if (source !== this.dataSource) return this.readOnReplica(source, read, record, fromRows);
    const params = [...read.params];
    const values = valuesOf(record);
    const entry = COLUMNS.map((column, i) => {
      if (column === 'details') return fromRows.details;
      if (column === 'network_id' && fromRows.networkId) return fromRows.networkId;
      params.push(values[i]);
      return `$${params.length}::${TYPES[column]}`;
    });
    return this.dataSource.query(readRecordedSql(read.sql, COLUMNS, entry, fromRows.order), params) as Promise<T[]>;
  }

  /**
   * The same read on the replica (a standby refuses writes): the entries' network and details
   * are computed there over the same rows, then written on the primary before anything is
   * answered. A failed entry fails the read, as in one statement.
   */
  private async readOnReplica<T>(replica: Queryable, read: { sql: string; params: unknown[] }, record: AuditRecord, fromRows: { networkId?: string; details: string; order?: string }): Promise<T[]> {
    const rows: (Record<string, unknown> & { __found: boolean | null; __entries: { network_id: string | null; details: unknown }[] | null })[] = await replica.query(
      readOnReplicaSql(read.sql, fromRows.networkId, fromRows.details, fromRows.order),
      read.params,
    );
    const entries = rows.find((row) => row.__entries)?.__entries ?? [];
    if (entries.length > 0) {
      const values = valuesOf(record);
      const params: unknown[] = [JSON.stringify(entries)];
      const entry = COLUMNS.map((column, i) => {
        if (column === 'details') return 'e.details';
        if (column === 'network_id' && fromRows.networkId) return 'e.network_id';
        params.push(values[i]);
        return `$${params.length}::${TYPES[column]}`;
      });
      await this.dataSource.query(insertEntriesSql(COLUMNS, entry), params);
    }
    return rows.filter((row) => row.__found).map((row) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- markers of this statement, not of the read
      const { __found, __entries, ...found } = row;
      return found as T;
    });
  }
}
