import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every vetting decision on an organisation, with its mandatory reason: the history coordinators and the partner read. */
export class OrganisationVetting1764001020000 implements MigrationInterface {
  name = 'OrganisationVetting1764001020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_vetting_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('vet', 'reject', 'suspend', 'reinstate')),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX organisation_vetting_decisions_org ON organisation_vetting_decisions (organisation_id, decided_at DESC)');
    await q.query('CREATE INDEX organisations_status ON organisations (status, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS organisations_status');
    await q.query('DROP TABLE IF EXISTS organisation_vetting_decisions');
  }
}
