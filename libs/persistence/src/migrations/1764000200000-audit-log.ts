import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is append-only at the database: UPDATE, DELETE and TRUNCATE are refused
 * whoever connects, so a compromised API cannot rewrite history.
 */
export class AuditLog1764000200000 implements MigrationInterface {
  name = 'AuditLog1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        outcome text NOT NULL DEFAULT 'success' CHECK (outcome IN ('success', 'failure', 'denied')),
        target_type text,
        target_id text,
        network_id uuid,
        organisation_id uuid,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query('CREATE INDEX audit_log_at ON audit_log (at DESC)');
    await q.query('CREATE INDEX audit_log_target ON audit_log (target_type, target_id)');
    await q.query('CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC)');
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS audit_log');
    await q.query('DROP FUNCTION IF EXISTS audit_log_append_only()');
  }
}
