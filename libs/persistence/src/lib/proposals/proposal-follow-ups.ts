import { FOLLOW_UP_MONTHS, type FollowUpMonths } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { ProposalFollowUp } from './proposal-follow-up.entity';

export interface DueFollowUp {
  proposalId: string;
  months: FollowUpMonths;
  dueAt: Date;
}

/** `months` calendar months after `base` (end-of-month clamps to the last day). */
export function addMonths(base: Date, months: number): Date {
  const d = new Date(base.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Creates the 3- and 6-month checkpoints after a hire or enrolment starting at `start`. */
export async function scheduleFollowUps(manager: EntityManager, proposalId: string, start: Date): Promise<DueFollowUp[]> {
  const due = FOLLOW_UP_MONTHS.map((months) => ({ proposalId, months, dueAt: addMonths(start, months) }));
  await manager
    .createQueryBuilder()
    .insert()
    .into(ProposalFollowUp)
    .values(due)
    .orIgnore()
    .execute();
  return due;
}

/** Checkpoints not answered and not reminded yet: the sweep (re)enqueues their reminder. */
export async function pendingFollowUps(manager: EntityManager, limit = 1000): Promise<DueFollowUp[]> {
  const rows: { proposalId: string; months: number; dueAt: Date }[] = await manager.query(
    `SELECT proposal_id AS "proposalId", months, due_at AS "dueAt" FROM proposal_follow_ups
     WHERE outcome IS NULL AND reminded_at IS NULL ORDER BY due_at, proposal_id, months LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ proposalId: r.proposalId, months: r.months as FollowUpMonths, dueAt: new Date(r.dueAt) }));
}
