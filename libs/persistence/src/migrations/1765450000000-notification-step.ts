import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification about a proposal names the step it announces (issue 21): the proposal's state
 * when it was written. Older rows take the proposal's current state, the best there is.
 */
export class NotificationStep1765450000000 implements MigrationInterface {
  name = 'NotificationStep1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN step text`);
    await q.query(`UPDATE notifications n SET step = p.state FROM proposals p WHERE n.target_type = 'proposal' AND p.id = n.target_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN step`);
  }
}
