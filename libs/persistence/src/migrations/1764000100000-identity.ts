import { MigrationInterface, QueryRunner } from 'typeorm';

/** Networks, organisations, users and their sessions: who may see what starts here. */
export class Identity1764000100000 implements MigrationInterface {
  name = 'Identity1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        lead_comune char(6) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE network_comuni (
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        comune char(6) NOT NULL,
        PRIMARY KEY (network_id, comune)
      )`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('company', 'training_body', 'union')),
        legal_name text NOT NULL,
        vat_number char(11) UNIQUE,
        tax_code varchar(16),
        ateco_code text,
        seat_comune char(6),
        contact_name text,
        contact_email text,
        contact_phone text,
        accreditation_number text,
        anti_harassment_declared_at timestamptz,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'vetted', 'rejected', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        role text NOT NULL CHECK (role IN ('coordinator', 'counsellor', 'partner_admin', 'partner_member')),
        organisation_id uuid REFERENCES organisations(id),
        totp_secret text,
        totp_enabled_at timestamptz,
        failed_sign_ins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role IN ('partner_admin', 'partner_member')) = (organisation_id IS NOT NULL))
      )`);
    await q.query('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))');
    await q.query(`
      CREATE TABLE network_memberships (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, network_id)
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        refresh_token_hash text,
        mfa_verified boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX sessions_user ON sessions (user_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'network_memberships', 'users', 'organisations', 'network_comuni', 'networks']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
