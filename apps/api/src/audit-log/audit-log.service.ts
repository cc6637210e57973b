import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { AuditService } from '../audit/audit.service';
import { auditWhere } from './audit-filter';
import { csvRow } from './csv';
import { AuditEntryView, AuditExportQuery, AuditQuery } from './dto/audit-query.dto';
import { auditCountSql, auditExportBatchSql, auditKeyset, auditPageSql } from './audit-log.sql';

const CSV_HEADER = ['id', 'at', 'actor_id', 'actor_role', 'action', 'outcome', 'target_type', 'target_id', 'network_id', 'organisation_id', 'request_id', 'details'];
const EXPORT_BATCH = 500;

type Row = AuditEntryView & { cursorAt: string };

/** Coordinators browse (paginated, newest first) and export (streamed CSV) the audit log. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async browse(query: AuditQuery): Promise<Page<AuditEntryView>> {
    const { sql, params } = auditWhere(query);
    const { skip, take } = pageWindow(query);
    const items: AuditEntryView[] = await this.dataSource.query(auditPageSql(sql, take, skip), params);
    const [{ total }] = await this.dataSource.query(auditCountSql(sql), params);
    return pageOf(items, total, query);
  }

  /** Called before streaming: an export is audited even if the download is interrupted. */
  async recordExport(query: AuditExportQuery): Promise<void> {
    await this.audit.record({ action: 'audit.export', targetType: 'audit_log', details: { filters: { ...query } } });
  }

  /** Writes the matching entries as CSV, newest first, in keyset batches: memory stays flat however long the log. */
  async streamCsv(query: AuditExportQuery, out: Writable): Promise<number> {
    const { sql, params } = auditWhere(query);
    const where = (withCursor: boolean) =>
      withCursor ? (sql ? `${sql} AND ${auditKeyset(params.length + 1)}` : `WHERE ${auditKeyset(params.length + 1)}`) : sql;
    await write(out, '\uFEFF' + csvRow(CSV_HEADER));
    let cursor: [string, string] | null = null;
    let count = 0;
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        auditExportBatchSql(where(cursor !== null), EXPORT_BATCH),
        cursor ? [...params, ...cursor] : params,
      );
      for (const r of rows) {
        await write(out, csvRow([r.id, r.at, r.actorId, r.actorRole, r.action, r.outcome, r.targetType, r.targetId, r.networkId, r.organisationId, r.requestId, r.details]));
      }
      count += rows.length;
      if (rows.length < EXPORT_BATCH) return count;
      const last = rows[rows.length - 1];
      cursor = [last.cursorAt, last.id];
    }
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
