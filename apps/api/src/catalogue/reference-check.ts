import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/problem/problem';
import { COMUNE_EXISTS_SQL, COMUNE_PLACE_SQL, CONCEPT_KINDS_SQL } from './reference-check.sql';

/** A field holding an ESCO URI that must name a concept of one kind. */
export interface EscoField {
  field: string;
  uri: string;
  kind: 'skill' | 'occupation';
}

/**
 * Checks references against the imported reference tables in one round trip each, so an
 * offer with twenty skills costs two queries, not twenty. Inside a transaction pass its
 * manager: a second pool connection taken while the transaction holds one deadlocks the pool
 * under load (every connection held, each waiting for another).
 */
@Injectable()
export class ReferenceCheck {
  constructor(private readonly dataSource: DataSource) {}

  async escoProblems(fields: EscoField[], manager: EntityManager = this.dataSource.manager): Promise<FieldProblem[]> {
    if (fields.length === 0) return [];
    const rows: { uri: string; kind: string }[] = await manager.query(
      CONCEPT_KINDS_SQL,
      [[...new Set(fields.map((f) => f.uri))]],
    );
    const kinds = new Map(rows.map((row) => [row.uri, row.kind]));
    return fields
      .filter((f) => kinds.get(f.uri) !== f.kind)
      .map((f) => ({
        field: f.field,
        code: f.kind === 'skill' ? 'unknownEscoSkill' : 'unknownEscoOccupation',
        params: { uri: f.uri },
      }));
  }

  async comuneProblems(field: string, comune: string | null | undefined, manager: EntityManager = this.dataSource.manager): Promise<FieldProblem[]> {
    if (!comune) return [];
    const [row] = await manager.query(COMUNE_EXISTS_SQL, [comune]);
    return row ? [] : [{ field, code: 'unknownComune', params: { comune } }];
  }

  /** The comune's coordinates, or null when unknown. */
  async comuneLocation(comune: string): Promise<{ lat: number; lon: number } | null> {
    const [row] = await this.dataSource.query(COMUNE_PLACE_SQL, [comune]);
    return row ? { lat: Number(row.lat), lon: Number(row.lon) } : null;
  }
}
