import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in support: lockout window, TOTP replay guard, e-mail language, one-time tokens
 * (MFA step, TOTP enrolment, password reset, invitation; only their SHA-256 is stored) and
 * hashed recovery codes.
 */
export class Accounts1764001000000 implements MigrationInterface {
  name = 'Accounts1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN failed_since timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN preferred_language char(2) NOT NULL DEFAULT 'it' CHECK (preferred_language IN ('it', 'en')),
        ADD COLUMN password_changed_at timestamptz,
        ADD COLUMN invited_by uuid REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE auth_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('mfa', 'mfa_enrolment', 'password_reset', 'invitation')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX auth_tokens_user_purpose ON auth_tokens (user_id, purpose) WHERE used_at IS NULL');
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, code_hash)
      )`);
    await q.query('CREATE INDEX sessions_user_live ON sessions (user_id) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS sessions_user_live');
    await q.query('DROP TABLE IF EXISTS recovery_codes');
    await q.query('DROP TABLE IF EXISTS auth_tokens');
    await q.query(`
      ALTER TABLE users DROP COLUMN invited_by, DROP COLUMN password_changed_at, DROP COLUMN preferred_language,
        DROP COLUMN totp_pending_secret, DROP COLUMN totp_last_step, DROP COLUMN failed_since`);
  }
}
