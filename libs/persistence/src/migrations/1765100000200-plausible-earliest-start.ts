import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `earliestStart` is now bounded to a plausible window (a year past to two years ahead, issue
 * 20): 1900-01-01 was a way to put a birth date on the candidate card. Stored values that were
 * not plausible when entered (over a year before the profile or proposal existed, or over two
 * years after) are cleared, on profiles and on frozen cards alike. Clearing loses nothing a
 * start date means ("available from" unknown); `down` cannot bring such values back.
 */
export class PlausibleEarliestStart1765100000200 implements MigrationInterface {
  name = 'PlausibleEarliestStart1765100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE profiles SET earliest_start = NULL
                   WHERE earliest_start < (created_at - interval '1 year')::date
                      OR earliest_start > (greatest(created_at, updated_at) + interval '2 years')::date`);
    await q.query(`UPDATE proposals SET card = jsonb_set(card, '{availability,earliestStart}', 'null'::jsonb)
                   WHERE card->'availability'->>'earliestStart' ~ '^\\d{4}-\\d{2}-\\d{2}$'
                     AND ((card->'availability'->>'earliestStart')::date < (created_at - interval '1 year')::date
                       OR (card->'availability'->>'earliestStart')::date > (created_at + interval '2 years')::date)`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the cleared values were not start dates.
  }
}
