import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offer explanations are stored packed (@ponte/matching packOfferExplanation: ~0.8 kB instead
 * of ~2.2 kB, below the TOAST threshold), and matches lose their two foreign keys: a full
 * recomputation writes a million rows, and their per-row triggers were about a quarter of the
 * insert's cost (measured on 200,000 rows: 5.6 s with, 4.1 s without). What they guaranteed holds:
 * the store inserts only for profiles it joins and locks FOR KEY SHARE (an erasure holding the
 * profile makes it wait, then find nothing), erasure deletes matches explicitly
 * (MATCH_ERASERS), and organisations are never deleted.
 *
 * Stored lists are derived data: the ones in the old format are dropped with their states, so
 * readers answer `stale` and the matching sweep recomputes every active profile.
 */
export class MatchStoredExplanation1764009200000 implements MigrationInterface {
  name = 'MatchStoredExplanation1764009200000';

  async up(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
    await q.query('ALTER TABLE matches DROP CONSTRAINT matches_profile_id_fkey');
    await q.query('ALTER TABLE matches DROP CONSTRAINT matches_organisation_id_fkey');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropStoredLists(q);
    await q.query('ALTER TABLE matches ADD CONSTRAINT matches_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES profiles(id) ON DELETE CASCADE');
    await q.query('ALTER TABLE matches ADD CONSTRAINT matches_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id)');
  }
}

async function dropStoredLists(q: QueryRunner): Promise<void> {
  await q.query('DELETE FROM matches');
  await q.query('DELETE FROM match_states');
}
