import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many profiles each network holds, per status, kept by statement triggers on profiles
 * (the pattern of search_cells): a counsellor's profile list answers its total from here when
 * it filters by nothing but status. At region size (100,000 profiles, 35,000 in the largest
 * network) counting the network's index entries for every page was most of the list's
 * database time. Only rows whose network or status changed touch a count, in key order (no
 * lock on a count for an ordinary profile update, no deadlock between two statements).
 */
export class NetworkProfileCounts1765820000000 implements MigrationInterface {
  name = 'NetworkProfileCounts1765820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE network_profile_counts (
      network_id uuid NOT NULL,
      status text NOT NULL,
      profiles int NOT NULL,
      PRIMARY KEY (network_id, status))`);
    const apply = (changes: string) => `INSERT INTO network_profile_counts AS c (network_id, status, profiles)
      SELECT network_id, status, sum(delta) FROM (${changes}) d GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
      ON CONFLICT (network_id, status) DO UPDATE SET profiles = c.profiles + excluded.profiles`;
    await q.query(`CREATE FUNCTION network_profile_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${apply('SELECT network_id, status, 1 AS delta FROM new_rows')};
        ELSIF TG_OP = 'UPDATE' THEN
          ${apply(`SELECT n.network_id, n.status, 1 AS delta FROM new_rows n JOIN old_rows o ON o.id = n.id
                     WHERE (n.network_id, n.status) IS DISTINCT FROM (o.network_id, o.status)
                   UNION ALL
                   SELECT o.network_id, o.status, -1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE (n.network_id, n.status) IS DISTINCT FROM (o.network_id, o.status)`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${apply('SELECT network_id, status, -1 AS delta FROM old_rows')};
        ELSE
          DELETE FROM network_profile_counts;
        END IF;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger.
    await q.query(`CREATE TRIGGER network_profile_counts_insert AFTER INSERT ON profiles
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION network_profile_counts_apply()`);
    await q.query(`CREATE TRIGGER network_profile_counts_update AFTER UPDATE ON profiles
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION network_profile_counts_apply()`);
    await q.query(`CREATE TRIGGER network_profile_counts_delete AFTER DELETE ON profiles
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION network_profile_counts_apply()`);
    await q.query(`CREATE TRIGGER network_profile_counts_truncate AFTER TRUNCATE ON profiles
      FOR EACH STATEMENT EXECUTE FUNCTION network_profile_counts_apply()`);
    // Creating the triggers locked out profile writes until this migration commits: no change is missed or counted twice.
    await q.query(`INSERT INTO network_profile_counts (network_id, status, profiles)
      SELECT network_id, status, count(*) FROM profiles GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER IF EXISTS network_profile_counts_${event} ON profiles`);
    await q.query('DROP FUNCTION IF EXISTS network_profile_counts_apply()');
    await q.query('DROP TABLE IF EXISTS network_profile_counts');
  }
}
