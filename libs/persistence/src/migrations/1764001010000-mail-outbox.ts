import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transactional outbox for e-mail: a row is written in the same transaction as the change
 * that causes it, and the worker delivers it exactly once (claim with a lease, then mark).
 */
export class MailOutbox1764001010000 implements MigrationInterface {
  name = 'MailOutbox1764001010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "to" text NOT NULL,
        template text NOT NULL,
        language char(2) NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX mail_outbox_open ON mail_outbox (created_at) WHERE status IN ('pending', 'sending')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS mail_outbox');
  }
}
