import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLY as APPLY_BEFORE, BITS, DIMENSIONS, PLACES, rowsOf } from './1765550100000-search-cells-compact';

/** Every non-empty shift set, as a mask of BITS. */
const MASKS = Array.from({ length: (1 << BITS.length) - 1 }, (_, i) => i + 1);
const NONE = MASKS.map((mask) => `none_${mask}`);
const SHIFT_COUNTS = BITS.map((shift) => `${shift}s`);

/** Both cell tables' change for the rows of one statement; search_cells also counts, per shift set, the rows sharing none of its shifts. */
export const APPLY = (rows: string) => `
    INSERT INTO search_cells AS c (${DIMENSIONS}, documents, ${SHIFT_COUNTS.join(', ')}, ${NONE.join(', ')})
    SELECT ${DIMENSIONS}, sum(n)::int, ${BITS.map((_, bit) => `coalesce(sum(n) FILTER (WHERE mask & ${1 << bit} <> 0), 0)::int`).join(', ')},
      ${MASKS.map((mask) => `coalesce(sum(n) FILTER (WHERE mask & ${mask} = 0), 0)::int`).join(', ')}
    FROM (${rows}) x GROUP BY ${DIMENSIONS} ORDER BY ${DIMENSIONS}
    ON CONFLICT (${DIMENSIONS}) DO UPDATE SET documents = c.documents + EXCLUDED.documents,
      ${[...SHIFT_COUNTS, ...NONE].map((column) => `${column} = c.${column} + EXCLUDED.${column}`).join(', ')};
    INSERT INTO search_shift_cells AS c (${DIMENSIONS}, mask, documents)
    SELECT ${DIMENSIONS}, mask, sum(n)::int FROM (${rows}) x
    GROUP BY ${DIMENSIONS}, mask HAVING sum(n) <> 0 ORDER BY ${DIMENSIONS}, mask
    ON CONFLICT (${DIMENSIONS}, mask) DO UPDATE SET documents = c.documents + EXCLUDED.documents`;

/** The trigger function applying `apply` to each statement's rows; a TRUNCATE empties `tables`. */
export const COUNT = (apply: (rows: string) => string, tables = ['search_cells', 'search_shift_cells']) => `CREATE OR REPLACE FUNCTION search_cells_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${PLACES};
          ${apply(rowsOf('new_rows', 1))};
        ELSIF TG_OP = 'UPDATE' THEN
          ${PLACES};
          ${apply(`${rowsOf('new_rows', 1)} UNION ALL ${rowsOf('old_rows', -1)}`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${apply(rowsOf('old_rows', -1))};
        ELSE
          ${tables.map((table) => `DELETE FROM ${table};`).join('\n          ')}
        END IF;
        RETURN NULL;
      END $$`;

/**
 * Counts of a search filtering shifts from `search_cells` alone (issue 23). Such a search summed
 * `search_shift_cells`, split by shift set: 12,800 of its 22,236 rows on 52,000 listings. Each
 * cell now also holds, for each of the 31 shift sets, how many of its documents share none of
 * its shifts (`none_<mask>`, the bits of SearchCellsCompact1765550100000): the documents with any
 * shift of a set are `documents - none_<mask>`, and those with shift s among them are
 * `<s>s - (none_<mask> - none_<mask | s>)`. The same statement triggers keep them exact.
 */
export class SearchCellsNoShift1765700000100 implements MigrationInterface {
  name = 'SearchCellsNoShift1765700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_cells ${NONE.map((column) => `ADD COLUMN ${column} int NOT NULL DEFAULT 0`).join(', ')}`);
    // The cells afresh from the documents (the trigger's statement for all of them at once).
    await q.query('DELETE FROM search_cells');
    await q.query(APPLY(rowsOf('search_documents', 1)).split(';')[0]);
    await q.query(COUNT(APPLY));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(COUNT(APPLY_BEFORE));
    await q.query(`ALTER TABLE search_cells ${NONE.map((column) => `DROP COLUMN ${column}`).join(', ')}`);
  }
}
