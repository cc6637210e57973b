import { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLICATION = `
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
  -- Bumped on every change: matches and index jobs computed on an older version are stale.
  version int NOT NULL DEFAULT 1,
  published_at timestamptz,
  closed_at timestamptz,
  closed_reason text CHECK (closed_reason IN ('manual', 'deadline', 'seats_filled')),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()`;

/**
 * Offers (protected-placement vacancies) and courses. ESCO URIs and comuni are checked by the
 * API against the reference tables, not by foreign keys: a re-import of ESCO must never be
 * blocked by, or cascade into, what partners published.
 */
export class Catalogue1764002010000 implements MigrationInterface {
  name = 'Catalogue1764002010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        title text NOT NULL,
        description text NOT NULL,
        occupation_uri text,
        essential_skills text[] NOT NULL DEFAULT '{}',
        optional_skills text[] NOT NULL DEFAULT '{}',
        languages jsonb NOT NULL DEFAULT '[]'::jsonb,
        min_eqf smallint CHECK (min_eqf BETWEEN 1 AND 8),
        work_mode text NOT NULL CHECK (work_mode IN ('on_site', 'remote', 'hybrid')),
        comune char(6),
        weekly_hours smallint NOT NULL CHECK (weekly_hours BETWEEN 1 AND 48),
        shifts text[] NOT NULL DEFAULT '{}',
        contract text NOT NULL CHECK (contract IN ('tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato', 'other')),
        seats int NOT NULL CHECK (seats >= 1),
        seats_filled int NOT NULL DEFAULT 0 CHECK (seats_filled >= 0),
        start_date date,
        deadline date NOT NULL,
        accommodations text[] NOT NULL DEFAULT '{}',
        ${PUBLICATION},
        CHECK (work_mode = 'remote' OR comune IS NOT NULL)
      )`);
    await q.query('CREATE INDEX offers_organisation ON offers (organisation_id, status)');
    await q.query(`CREATE INDEX offers_open_deadline ON offers (deadline) WHERE status = 'published'`);
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        title text NOT NULL,
        description text NOT NULL,
        skills_taught text[] NOT NULL DEFAULT '{}',
        target_occupations text[] NOT NULL DEFAULT '{}',
        languages jsonb NOT NULL DEFAULT '[]'::jsonb,
        min_eqf smallint CHECK (min_eqf BETWEEN 1 AND 8),
        work_mode text NOT NULL CHECK (work_mode IN ('on_site', 'remote', 'hybrid')),
        comune char(6),
        schedule text,
        shifts text[] NOT NULL DEFAULT '{}',
        total_hours int NOT NULL CHECK (total_hours BETWEEN 1 AND 2000),
        weekly_hours smallint CHECK (weekly_hours BETWEEN 1 AND 48),
        start_date date NOT NULL,
        end_date date NOT NULL,
        deadline date NOT NULL,
        seats int NOT NULL CHECK (seats >= 1),
        seats_filled int NOT NULL DEFAULT 0 CHECK (seats_filled >= 0),
        cost text NOT NULL CHECK (cost IN ('free', 'funded', 'paid')),
        certification text,
        childcare_support boolean NOT NULL DEFAULT false,
        ${PUBLICATION},
        CHECK (work_mode = 'remote' OR comune IS NOT NULL),
        CHECK (end_date >= start_date)
      )`);
    await q.query('CREATE INDEX courses_organisation ON courses (organisation_id, status)');
    await q.query(`CREATE INDEX courses_open_deadline ON courses (deadline) WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS courses');
    await q.query('DROP TABLE IF EXISTS offers');
  }
}
