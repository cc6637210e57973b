import type { DataSource } from 'typeorm';

/**
 * Every table of the schema (whoever created it) whose rows, cast to text with all their
 * columns, contain `needle`; with the number of such rows. For tests that prove nothing
 * personal is left behind or stored in clear.
 */
export async function tablesContaining(dataSource: DataSource, needle: string): Promise<Record<string, number>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  if (tables.length < 10) throw new Error(`expected the whole schema, found ${tables.length} tables`);
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${name}" row WHERE strpos(row::text, $1) > 0`, [needle]);
    if (count > 0) found[name] = count;
  }
  return found;
}
