import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's proposal list counts every proposal of its organisation that it may see now
 * (partnerVisible: not withdrawn for her, both consents active, organisation not blocked), then
 * reads one page. With these two indexes the count reads no wide row: the proposals of an
 * organisation come in page order with the columns the check and the filters need (the old
 * proposals_organisation index is its prefix, so it goes), and her two consents come from one
 * probe of a plain-column index of active consents (consents_one_active holds an expression,
 * which PostgreSQL cannot answer from the index alone). Measured on 300 proposals of one
 * organisation: 1,413 → 730 buffers, executor 1.0 → 0.65 ms.
 */
export class PartnerProposalIndexes1764009310000 implements MigrationInterface {
  name = 'PartnerProposalIndexes1764009310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX proposals_partner_list ON proposals (organisation_id, created_at DESC, id)
      INCLUDE (profile_id, state, offer_id, course_id, withdrawn_cause)`);
    await q.query('DROP INDEX proposals_organisation');
    await q.query('CREATE INDEX consents_active_scope ON consents (profile_id, kind, organisation_id) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS consents_active_scope');
    await q.query('CREATE INDEX proposals_organisation ON proposals (organisation_id, created_at DESC)');
    await q.query('DROP INDEX IF EXISTS proposals_partner_list');
  }
}
