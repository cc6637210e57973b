import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/problem/problem';
import { COUNSELLOR_OF_NETWORK_SQL, KNOWN_COMUNI_SQL, KNOWN_OCCUPATIONS_SQL, KNOWN_ORGANISATIONS_SQL, KNOWN_SKILLS_SQL } from './reference-check.sql';

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
      ...(await this.missing(manager, refs.comuni, KNOWN_COMUNI_SQL, 'unknownComune')),
      ...(await this.missing(manager, refs.skills, KNOWN_SKILLS_SQL, 'unknownEscoSkill')),
      ...(await this.missing(
        manager,
        refs.occupations,
        KNOWN_OCCUPATIONS_SQL,
        'unknownEscoOccupation',
      )),
      ...(await this.missing(manager, refs.organisations, KNOWN_ORGANISATIONS_SQL, 'unknownOrganisation')),
    ];
  }

  /** Problems when `userId` is not an active counsellor of `networkId`. */
  async counsellorOfNetwork(field: string, userId: string, networkId: string, manager: EntityManager = this.dataSource.manager): Promise<FieldProblem[]> {
    const [row] = await manager.query(
      COUNSELLOR_OF_NETWORK_SQL,
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
