import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offer explanations are stored packed (@ponte/matching packOfferExplanation: ~0.8 kB instead
 * of ~2.2 kB, below the TOAST threshold), and matches lose their foreign key to organisations:
 * a full recomputation writes a million rows, and a foreign key is a trigger per row (the two
 * cost a quarter of the insert: 5.6 s with, 4.1 s without, on 200,000 rows). Organisations are
 * never deleted, so that one guarded nothing. The key to profiles stays: a row that erasure
 * missed must stop it.
 *
 * Stored lists are derived data: the ones in the old format are dropped with their states, so
 * readers answer `stale` and the matching sweep recomputes every active profile.
 */
export class MatchStoredExplanation1764009200000 implements MigrationInterface {
  name = 'MatchStoredExplanation1764009200000';

  async up(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
    await q.query('ALTER TABLE matches DROP CONSTRAINT matches_organisation_id_fkey');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
    await q.query('ALTER TABLE matches ADD CONSTRAINT matches_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id)');
  }
}

async function dropStoredLists(q: QueryRunner): Promise<void> {
  await q.query('DELETE FROM matches');
  await q.query('DELETE FROM match_states');
}
