import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed matches (issue 6). A row is valid only while its profile_version and
 * target_version equal the current versions of the profile and of the offer or course: every
 * read joins them (API conventions, "Profile version and matches"), so nothing stale is served.
 * match_states says for which profile version the stored list was computed (an empty list is
 * then "no match", not "not computed yet") and keeps the hard-filter counts for diagnostics.
 * match_notices remembers which (profile, offer) pairs already produced an in-app notification.
 */
export class Matches1764004000000 implements MigrationInterface {
  name = 'Matches1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matches (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('offer', 'course')),
        -- An offer or a course (by kind): never deleted, so no foreign key per kind is needed.
        target_id uuid NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        score numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        explanation jsonb NOT NULL,
        profile_version int NOT NULL CHECK (profile_version > 0),
        target_version int NOT NULL CHECK (target_version > 0),
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (profile_id, kind, target_id)
      )`);
    await q.query('CREATE INDEX matches_target ON matches (kind, target_id)');
    await q.query('CREATE INDEX matches_organisation ON matches (organisation_id)');
    await q.query(`
      CREATE TABLE match_states (
        profile_id uuid PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        profile_version int NOT NULL CHECK (profile_version > 0),
        -- false: not active or no matching consent at that version (no matches by rule).
        eligible boolean NOT NULL,
        filtered jsonb NOT NULL DEFAULT '{}'::jsonb,
        passed jsonb NOT NULL DEFAULT '{}'::jsonb,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX match_states_computed ON match_states (computed_at)');
    await q.query(`
      CREATE TABLE match_notices (
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES offers(id),
        notified_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (profile_id, offer_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS match_notices');
    await q.query('DROP TABLE IF EXISTS match_states');
    await q.query('DROP TABLE IF EXISTS matches');
  }
}
