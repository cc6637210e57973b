import { MigrationInterface, QueryRunner } from 'typeorm';

const FOLDED = ['exclusion_area', 'organisation_blocked', 'unknown_location', 'organisation_not_vetted', 'not_open', 'no_seats'];

/**
 * Stored list states counted exclusion areas and blocked organisations apart (issue 20): they
 * are folded, with the reasons about a listing's own state, into one `unavailable` count, as
 * reportedFilterCounts now stores them. `down` cannot split them again; the sweep recomputes
 * every list within a day anyway.
 */
export class FoldedFilterCounts1765100000300 implements MigrationInterface {
  name = 'FoldedFilterCounts1765100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE match_states s SET filtered = (s.filtered - $1::text[])
         || CASE WHEN f.total > 0 THEN jsonb_build_object('unavailable', f.total) ELSE '{}'::jsonb END
       FROM (SELECT profile_id, coalesce(sum(value::numeric), 0)::int AS total
             FROM match_states, jsonb_each_text(filtered) WHERE key = ANY($1::text[]) OR key = 'unavailable' GROUP BY profile_id) f
       WHERE f.profile_id = s.profile_id`,
      [FOLDED],
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: folded counts cannot be split again.
  }
}
