import { acceptsFollowUp, type FollowUpMonths, type ProposalKind, type ProposalState } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { notifyProposal, type PortalUrls } from './notify';

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
