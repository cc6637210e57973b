import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MINUTES = 15;
export const LOCKOUT_MINUTES = 15;

/**
 * Temporary lockout: five failed attempts (wrong password or wrong second-factor code)
 * within 15 minutes lock the account for 15 minutes. Counting is one atomic UPDATE.
 */
@Injectable()
export class LockoutService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a failure; true when this failure locked the account. */
  async registerFailure(userId: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      `WITH counted AS (
         SELECT id, CASE WHEN failed_since IS NULL OR failed_since < now() - make_interval(mins => $2) THEN 1 ELSE failed_sign_ins + 1 END AS n,
                CASE WHEN failed_since IS NULL OR failed_since < now() - make_interval(mins => $2) THEN now() ELSE failed_since END AS since
           FROM users WHERE id = $1 FOR UPDATE)
       UPDATE users u SET
         failed_sign_ins = CASE WHEN c.n >= $3 THEN 0 ELSE c.n END,
         failed_since = CASE WHEN c.n >= $3 THEN NULL ELSE c.since END,
         locked_until = CASE WHEN c.n >= $3 THEN now() + make_interval(mins => $4) ELSE u.locked_until END
        FROM counted c WHERE u.id = c.id
        RETURNING c.n >= $3 AS locked`,
      [userId, LOCKOUT_WINDOW_MINUTES, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES],
    )) as [{ locked: boolean }[], number];
    return rows[0]?.locked ?? false;
  }

  isLocked(user: { lockedUntil: Date | null }, now = new Date()): boolean {
    return user.lockedUntil !== null && user.lockedUntil > now;
  }

  async clear(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE users SET failed_sign_ins = 0, failed_since = NULL, locked_until = NULL WHERE id = $1`, [userId]);
  }
}
