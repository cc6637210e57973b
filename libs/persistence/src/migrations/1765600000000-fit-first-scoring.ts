import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fit-first scoring model (issue 18): new components (use of her skills), each skill's weight
 * and credit, the maxima, and course progress are in every explanation, and every score changes.
 * Stored lists are derived data: they are dropped with their states, so readers answer `stale`
 * and the matching sweep recomputes every active profile with the new model.
 */
export class FitFirstScoring1765600000000 implements MigrationInterface {
  name = 'FitFirstScoring1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
  }
}

async function dropStoredLists(q: QueryRunner): Promise<void> {
  await q.query('DELETE FROM matches');
  await q.query('DELETE FROM match_states');
}
