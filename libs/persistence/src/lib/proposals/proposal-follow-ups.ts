import { acceptsFollowUp, FOLLOW_UP_MONTHS, type FollowUpMonths, type ProposalKind, type ProposalState } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { notifyProposal, type PortalUrls } from '../notifications/notify';
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

export type ReminderOutcome = { sent: true; outboxIds: string[] } | { sent: false; why: 'missing' | 'not-due' | 'done' | 'closed' };

/**
 * Reminds the proposal's counsellor that a checkpoint is due (in-app + e-mail), once: the row
 * is locked and marked reminded in the same transaction, so a job replayed by Redis or raced
 * by the sweep sends nothing more.
 */
export async function remindFollowUp(
  manager: EntityManager,
  portals: PortalUrls,
  proposalId: string,
  months: FollowUpMonths,
  now: Date = new Date(),
): Promise<ReminderOutcome> {
  const [row]: { dueAt: Date; remindedAt: Date | null; outcome: string | null; kind: ProposalKind; state: ProposalState; counsellorId: string }[] =
    await manager.query(
      `SELECT f.due_at AS "dueAt", f.reminded_at AS "remindedAt", f.outcome, p.kind, p.state, p.counsellor_id AS "counsellorId"
       FROM proposal_follow_ups f JOIN proposals p ON p.id = f.proposal_id
       WHERE f.proposal_id = $1 AND f.months = $2 FOR UPDATE OF f`,
      [proposalId, months],
    );
  if (!row) return { sent: false, why: 'missing' };
  if (row.remindedAt || row.outcome) return { sent: false, why: 'done' };
  if (new Date(row.dueAt).getTime() > now.getTime()) return { sent: false, why: 'not-due' };
  if (!acceptsFollowUp(row.kind, row.state)) return { sent: false, why: 'closed' };
  await manager.query('UPDATE proposal_follow_ups SET reminded_at = $3 WHERE proposal_id = $1 AND months = $2', [proposalId, months, now.toISOString()]);
  const outboxIds = await notifyProposal(manager, portals, { kind: 'follow_up_due', proposalId, recipientIds: [row.counsellorId] });
  return { sent: true, outboxIds };
}
