import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications may point at a profile: "new matches for MI-…" to her counsellor
 * (issue 6). Numbered after the notifications table it alters (1764005000000), which is why
 * this matching migration lies outside the 17640040xxxxx range.
 */
export class MatchNotifications1764005040000 implements MigrationInterface {
  name = 'MatchNotifications1764005040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notifications DROP CONSTRAINT notifications_target_type_check');
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_target_type_check CHECK (target_type IN ('proposal', 'profile'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE target_type = 'profile'`);
    await q.query('ALTER TABLE notifications DROP CONSTRAINT notifications_target_type_check');
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_target_type_check CHECK (target_type IN ('proposal'))`);
  }
}
