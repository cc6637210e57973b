import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COUNT_FAILURE_SQL, RESET_FAILURES_SQL } from './lockout.sql';

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
      COUNT_FAILURE_SQL,
      [userId, LOCKOUT_WINDOW_MINUTES, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES],
    )) as [{ locked: boolean }[], number];
    return rows[0]?.locked ?? false;
  }

  isLocked(user: { lockedUntil: Date | null }, now = new Date()): boolean {
    return user.lockedUntil !== null && user.lockedUntil > now;
  }

  async clear(userId: string): Promise<void> {
    await this.dataSource.query(RESET_FAILURES_SQL, [userId]);
  }
}
