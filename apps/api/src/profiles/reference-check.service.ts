import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/problem/problem';

/** A value to check and the JSON path it came from. */
export interface Ref {
  field: string;
  value: string;
}

/**
 * Checks that the codes a profile refers to exist: comuni and ESCO concepts in the reference
 * tables, organisations, and counsellors of the profile's network. One problem per bad field.
 */
@Injectable()
export class ReferenceCheckService {
  constructor(private readonly dataSource: DataSource) {}

  async check(
    refs: { comuni?: Ref[]; skills?: Ref[]; occupations?: Ref[]; organisations?: Ref[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FieldProblem[]> {
    return [
      ...(await this.missing(manager, refs.comuni, 'SELECT istat_code AS v FROM comuni WHERE istat_code = ANY($1)', 'unknownComune')),
      ...(await this.missing(manager, refs.skills, `SELECT uri AS v FROM esco_concepts WHERE kind = 'skill' AND uri = ANY($1)`, 'unknownEscoSkill')),
      ...(await this.missing(
        manager,
        refs.occupations,
        `SELECT uri AS v FROM esco_concepts WHERE kind = 'occupation' AND uri = ANY($1)`,
        'unknownEscoOccupation',
      )),
      ...(await this.missing(manager, refs.organisations, 'SELECT id::text AS v FROM organisations WHERE id = ANY($1::uuid[])', 'unknownOrganisation')),
    ];
  }

  /** Problems when `userId` is not an active counsellor of `networkId`. */
  async counsellorOfNetwork(field: string, userId: string, networkId: string, manager: EntityManager = this.dataSource.manager): Promise<FieldProblem[]> {
    const [row] = await manager.query(
      `SELECT 1 FROM users u JOIN network_memberships m ON m.user_id = u.id
       WHERE u.id = $1 AND m.network_id = $2 AND u.role = 'counsellor' AND u.disabled_at IS NULL`,
      [userId, networkId],
    );
    return row ? [] : [{ field, code: 'notCounsellorOfNetwork' }];
  }

  private async missing(manager: EntityManager, refs: Ref[] | undefined, sql: string, code: string): Promise<FieldProblem[]> {
    if (!refs?.length) return [];
    const values = [...new Set(refs.map((r) => r.value))];
    const found = new Set<string>((await manager.query(sql, [values])).map((row: { v: string }) => row.v));
    return refs.filter((r) => !found.has(r.value)).map((r) => ({ field: r.field, code, params: { value: r.value } }));
  }
}

/** `{ field: 'skills[2].uri', code: 'duplicateItem' }` for each repeat of an already seen key. */
export function duplicateProblems(items: readonly { field: string; key: string }[]): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const item of items) {
    if (seen.has(item.key)) problems.push({ field: item.field, code: 'duplicateItem', params: { value: item.key } });
    seen.add(item.key);
  }
  return problems;
}
