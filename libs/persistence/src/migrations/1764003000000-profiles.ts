import { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;

// Closed vocabularies as of this migration (libs/domain enums); later additions need an ALTER.
const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const SHIFTS = ['morning', 'afternoon', 'evening', 'night', 'weekend'];
const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato', 'other'];
const ACCOMMODATIONS = ['flexible_hours', 'childcare', 'confidential_hr', 'part_time', 'transport'];
const COMMUTE_MEANS = ['public_transport', 'car', 'bike', 'walk'];
const STATUSES = ['active', 'paused', 'placed', 'archived'];
const SKILL_LEVELS = ['basic', 'intermediate', 'advanced'];
const ACQUISITIONS = ['work', 'training', 'unpaid_care', 'volunteering'];
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const CONSENT_KINDS = ['matching', 'share_card', 'disclose_identity'];
const CONSENT_BASES = ['explicit_verbal', 'signed_form', 'written_message'];

/**
 * Pseudonymised skill profiles, their safety constraints and consents, and the anonymous
 * indicator counters that survive erasure. No column may hold a direct identifier; notes
 * are AES-256-GCM ciphertext.
 */
export class Profiles1764003000000 implements MigrationInterface {
  name = 'Profiles1764003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pseudonym_code text NOT NULL CONSTRAINT profiles_pseudonym_code_key UNIQUE,
        network_id uuid NOT NULL REFERENCES networks(id),
        counsellor_id uuid NOT NULL REFERENCES users(id),
        age_band text NOT NULL CHECK (age_band IN ${inList(AGE_BANDS)}),
        home_comune char(6) NOT NULL CHECK (home_comune ~ '^[0-9]{6}$'),
        eqf_level smallint CHECK (eqf_level BETWEEN 1 AND 8),
        target_occupations text[] NOT NULL DEFAULT '{}',
        weekly_hours smallint NOT NULL CHECK (weekly_hours BETWEEN 1 AND 60),
        shifts text[] NOT NULL CHECK (cardinality(shifts) > 0 AND shifts <@ ${list(SHIFTS)}),
        earliest_start date,
        max_commute_km smallint NOT NULL CHECK (max_commute_km BETWEEN 0 AND 300),
        commute_means text[] NOT NULL DEFAULT '{}' CHECK (commute_means <@ ${list(COMMUTE_MEANS)}),
        contract_preferences text[] NOT NULL DEFAULT '{}' CHECK (contract_preferences <@ ${list(CONTRACTS)}),
        accommodations text[] NOT NULL DEFAULT '{}' CHECK (accommodations <@ ${list(ACCOMMODATIONS)}),
        notes_encrypted text CHECK (notes_encrypted LIKE 'v1:%'),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ${inList(STATUSES)}),
        archived_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'archived') = (archived_at IS NOT NULL))
      )`);
    await q.query('CREATE INDEX profiles_network_activity ON profiles (network_id, last_activity_at DESC)');
    await q.query('CREATE INDEX profiles_counsellor ON profiles (counsellor_id)');
    await q.query('CREATE INDEX profiles_code_prefix ON profiles (pseudonym_code text_pattern_ops)');
    // The retention sweep scans by status and age.
    await q.query('CREATE INDEX profiles_retention ON profiles (status, last_activity_at)');

    await q.query(`
      CREATE TABLE profile_skills (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        skill_uri text NOT NULL,
        level text NOT NULL CHECK (level IN ${inList(SKILL_LEVELS)}),
        acquired_through text[] NOT NULL CHECK (cardinality(acquired_through) > 0 AND acquired_through <@ ${list(ACQUISITIONS)}),
        comment text,
        position smallint NOT NULL,
        PRIMARY KEY (profile_id, skill_uri)
      )`);
    await q.query('CREATE INDEX profile_skills_uri ON profile_skills (skill_uri)');
    await q.query(`
      CREATE TABLE profile_languages (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
        cefr text NOT NULL CHECK (cefr IN ${inList(CEFR)}),
        PRIMARY KEY (profile_id, language)
      )`);
    await q.query(`
      CREATE TABLE profile_exclusions (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        comune char(6) NOT NULL CHECK (comune ~ '^[0-9]{6}$'),
        radius_km numeric(5, 1) NOT NULL CHECK (radius_km BETWEEN 0 AND 100),
        PRIMARY KEY (profile_id, comune)
      )`);
    await q.query(`
      CREATE TABLE profile_blocked_organisations (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (profile_id, organisation_id)
      )`);
    await q.query('CREATE INDEX profile_blocked_organisation ON profile_blocked_organisations (organisation_id)');

    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ${inList(CONSENT_KINDS)}),
        organisation_id uuid REFERENCES organisations(id),
        basis text NOT NULL CHECK (basis IN ${inList(CONSENT_BASES)}),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id),
        CHECK ((kind = 'matching') = (organisation_id IS NULL)),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    // At most one live consent per scope: recording it again is a conflict, not a duplicate.
    await q.query(`
      CREATE UNIQUE INDEX consents_one_active ON consents
        (profile_id, kind, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE indicator_counts (
        network_id uuid NOT NULL REFERENCES networks(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        event text NOT NULL CHECK (event ~ '^[a-z][a-z_]*$'),
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (network_id, month, event)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'indicator_counts',
      'consents',
      'profile_blocked_organisations',
      'profile_exclusions',
      'profile_languages',
      'profile_skills',
      'profiles',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
