import { MigrationInterface, QueryRunner } from 'typeorm';
import { DIMENSIONS, rowsOf } from './1765550100000-search-cells-compact';
import { APPLY as APPLY_BEFORE, COUNT } from './1765700000100-search-cells-no-shift';

/** The search_cells half of the trigger's change (SearchCellsNoShift1765700000100), without search_shift_cells. */
const APPLY = (rows: string) => APPLY_BEFORE(rows).split(';')[0];

/**
 * `search_shift_cells` and its part of the cells trigger dropped (issue 23). Since
 * SearchCellsNoShift1765700000100 a search filtering shifts sums `search_cells` alone; the split by
 * shift set was no longer read, yet every statement writing listings still grouped and upserted
 * it. Down brings the table back, rebuilt from the documents, and the trigger that keeps it.
 */
export class SearchShiftCellsDropped1765800000000 implements MigrationInterface {
  name = 'SearchShiftCellsDropped1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(COUNT(APPLY, ['search_cells']));
    await q.query('DROP TABLE search_shift_cells');
  }

  async down(q: QueryRunner): Promise<void> {
    const dimensions = `kind text NOT NULL, contract text, work_mode text NOT NULL, organisation_kind text NOT NULL, comune char(6), place int`;
    await q.query(`CREATE TABLE search_shift_cells (${dimensions}, mask int NOT NULL, documents int NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX search_shift_cells_key ON search_shift_cells (${DIMENSIONS}, mask) NULLS NOT DISTINCT`);
    await q.query(`INSERT INTO search_shift_cells (${DIMENSIONS}, mask, documents)
      SELECT ${DIMENSIONS}, mask, sum(n)::int FROM (${rowsOf('search_documents', 1)}) x GROUP BY ${DIMENSIONS}, mask`);
    await q.query(COUNT(APPLY_BEFORE));
  }
}
