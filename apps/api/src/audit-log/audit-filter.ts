import type { AuditExportQuery } from './dto/audit-query.dto';

/** WHERE clause and parameters for the audit filters; every value is bound, none is interpolated. */
export function auditWhere(query: AuditExportQuery): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (query.actorId) conditions.push(`actor_id = ${bind(query.actorId)}`);
  if (query.action) {
    conditions.push(query.action.endsWith('.') ? `starts_with(action, ${bind(query.action)})` : `action = ${bind(query.action)}`);
  }
  if (query.targetType) conditions.push(`target_type = ${bind(query.targetType)}`);
  if (query.targetId) conditions.push(`target_id = ${bind(query.targetId)}`);
  if (query.networkId) conditions.push(`network_id = ${bind(query.networkId)}`);
  if (query.organisationId) conditions.push(`organisation_id = ${bind(query.organisationId)}`);
  if (query.outcome) conditions.push(`outcome = ${bind(query.outcome)}`);
  if (query.from) conditions.push(`at >= ${bind(query.from)}::timestamptz`);
  if (query.to) conditions.push(`at < ${bind(query.to)}::timestamptz`);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
