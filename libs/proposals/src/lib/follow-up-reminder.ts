import { acceptsFollowUp, type FollowUpMonths } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { notifyProposal, type PortalUrls } from './notify';
import { lockFollowUp, markFollowUpReminded } from './proposals.sql';

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
  const row = await lockFollowUp(manager, proposalId, months);
  if (!row) return { sent: false, why: 'missing' };
  if (row.remindedAt || row.outcome) return { sent: false, why: 'done' };
  if (new Date(row.dueAt).getTime() > now.getTime()) return { sent: false, why: 'not-due' };
  if (!acceptsFollowUp(row.kind, row.state)) return { sent: false, why: 'closed' };
  await markFollowUpReminded(manager, proposalId, months, now);
  const outboxIds = await notifyProposal(manager, portals, { kind: 'follow_up_due', proposalId, recipientIds: [row.counsellorId] });
  return { sent: true, outboxIds };
}
