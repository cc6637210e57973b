import type { SealedColumn } from '@ponte/persistence';

// The key rotation's statements. Raw SQL because one pair of statements serves every sealed column
// (table, column and key named by SEALED_COLUMNS), batches are taken with FOR UPDATE SKIP LOCKED
// and walked by keyset.

/**
 * Up to `$2` rows of `c` whose text is not under the current key (`$1`: its prefix, LIKE), locked,
 * by key; `afterCursor`: only those after the key `$3`.. of the last batch.
 */
export const sealedBatchSql = (c: SealedColumn, afterCursor: boolean): string => {
  const keyList = c.key.join(', ');
  const cursor = afterCursor ? `AND (${keyList}) > (${c.key.map((_, i) => `$${i + 3}::${c.keyTypes[i]}`).join(', ')})` : '';
  return `SELECT ${keyList}, ${c.column} AS sealed FROM ${c.table}
         WHERE ${c.column} IS NOT NULL AND ${c.column} NOT LIKE $1 ${cursor}
         ORDER BY ${keyList} LIMIT $2 FOR UPDATE SKIP LOCKED`;
};

/** The text `$1` of `c` in the row whose key is `$2`... */
export const resealSql = (c: SealedColumn): string =>
  `UPDATE ${c.table} SET ${c.column} = $1 WHERE ${c.key.map((k, i) => `${k} = $${i + 2}`).join(' AND ')}`;
