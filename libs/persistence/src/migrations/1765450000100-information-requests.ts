import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vetting asks before it decides (issue 21): a coordinator requests more information from a
 * pending organisation, which answers in its partner portal. One row per question; the answer
 * is written once. Organisation data, never a woman's.
 */
export class InformationRequests1765450000100 implements MigrationInterface {
  name = 'InformationRequests1765450000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_information_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
        asked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer text CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
        answered_by uuid REFERENCES users(id) ON DELETE SET NULL,
        answered_at timestamptz,
        CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await q.query('CREATE INDEX organisation_information_requests_org ON organisation_information_requests (organisation_id, asked_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS organisation_information_requests');
  }
}
