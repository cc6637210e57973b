import type { ProfileRange } from '@ponte/domain';
import type { EntityManager } from 'typeorm';

/**
 * Profile ranges: how a recomputation is cut into partitions that any worker process can take
 * (QUEUES.recomputation). A range is a slice of the uuid order, open at both ends of the whole:
 * together the ranges of a plan cover every id, profiles created after the plan included, and
 * no id twice.
 */

/** Every profile: the first and last ranges of a plan are open. */
export const EVERY_PROFILE: ProfileRange = { from: null, to: null };

/** Profiles a recomputation visits: the matchable ones and those with stored results to clear. */
const RECOMPUTABLE_SQL = `(p.status = 'active' OR EXISTS (SELECT 1 FROM match_states s WHERE s.profile_id = p.id))`;

/** `column` within the range, as SQL from parameter `$first` on, with its parameters. */
export function rangeSql(column: string, range: ProfileRange, first: number): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (range.from !== null) {
    params.push(range.from);
    parts.push(`${column} >= $${first + params.length - 1}::uuid`);
  }
  if (range.to !== null) {
    params.push(range.to);
    parts.push(`${column} < $${first + params.length - 1}::uuid`);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** Lower-case uuids compare as strings exactly as PostgreSQL compares uuids (byte order). */
export function inRange(id: string, range: ProfileRange): boolean {
  return (range.from === null || id >= range.from) && (range.to === null || id < range.to);
}

export const isEveryProfile = (range: ProfileRange): boolean => range.from === null && range.to === null;

/**
 * Cuts the recomputable profiles into ranges of `size` (the last one may be smaller); an empty
 * database gets one range of everything. `profiles` is how many there were at planning time.
 */
export async function planPartitions(manager: EntityManager, size: number): Promise<{ ranges: ProfileRange[]; profiles: number }> {
  const firsts: { id: string; total: string }[] = await manager.query(
    `SELECT id, total FROM (
       SELECT p.id, row_number() OVER (ORDER BY p.id) - 1 AS n, count(*) OVER () AS total FROM profiles p WHERE ${RECOMPUTABLE_SQL}
     ) x WHERE n % $1 = 0 ORDER BY id`,
    [size],
  );
  if (!firsts.length) return { ranges: [EVERY_PROFILE], profiles: 0 };
  const ranges = firsts.map((first, i) => ({ from: i === 0 ? null : first.id, to: i + 1 < firsts.length ? firsts[i + 1].id : null }));
  return { ranges, profiles: Number(firsts[0].total) };
}

/** The recomputable profiles of a range, in id order. */
export async function profilesInRange(manager: EntityManager, range: ProfileRange): Promise<string[]> {
  const where = rangeSql('p.id', range, 1);
  const rows: { id: string }[] = await manager.query(`SELECT p.id FROM profiles p WHERE ${where.sql} AND ${RECOMPUTABLE_SQL} ORDER BY p.id`, where.params);
  return rows.map((r) => r.id);
}
