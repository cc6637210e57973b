import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * matches_organisation served one statement, the deletion of a suspended organisation's matches,
 * which now finds them through its listings (matches_target); every stored row paid for it: ~18%
 * of the PostgreSQL CPU of a cold insert of 200,000 rows (issue 23), and at a region's 10 million
 * rows a random-order index far larger than the buffer cache.
 */
export class MatchesWithoutOrganisationIndex1765810000000 implements MigrationInterface {
  name = 'MatchesWithoutOrganisationIndex1765810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX matches_organisation');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX matches_organisation ON matches (organisation_id)');
  }
}
