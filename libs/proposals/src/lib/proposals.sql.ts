import type { ProposalKind, ProposalState, Role } from '@ponte/domain';
import type { MailLanguage } from '@ponte/jobs';
import type { EntityManager } from 'typeorm';

/**
 * The statements of the proposal notices, reminders and withdrawals. Raw SQL because each reads
 * a few columns across tables in one round trip (or locks one row) where an entity load would
 * hydrate whole rows and their relations.
 */

/** A follow-up checkpoint with its proposal's kind, step and counsellor. */
export interface FollowUpRow {
  dueAt: Date;
  remindedAt: Date | null;
  outcome: string | null;
  kind: ProposalKind;
  state: ProposalState;
  counsellorId: string;
}

/** The checkpoint, locked (`FOR UPDATE OF f`) until commit so a replayed job or the sweep waits and then sees it reminded. */
export async function lockFollowUp(manager: EntityManager, proposalId: string, months: number): Promise<FollowUpRow | undefined> {
  const [row]: FollowUpRow[] = await manager.query(
    `SELECT f.due_at AS "dueAt", f.reminded_at AS "remindedAt", f.outcome, p.kind, p.state, p.counsellor_id AS "counsellorId"
       FROM proposal_follow_ups f JOIN proposals p ON p.id = f.proposal_id
       WHERE f.proposal_id = $1 AND f.months = $2 FOR UPDATE OF f`,
    [proposalId, months],
  );
  return row;
}

export async function markFollowUpReminded(manager: EntityManager, proposalId: string, months: number, now: Date): Promise<void> {
  await manager.query('UPDATE proposal_follow_ups SET reminded_at = $3 WHERE proposal_id = $1 AND months = $2', [proposalId, months, now.toISOString()]);
}

/** Who receives a notice: the users among `ids` not disabled, in id order. */
export async function activeRecipients(
  manager: EntityManager,
  ids: readonly string[],
): Promise<{ id: string; email: string; role: Role; language: MailLanguage }[]> {
  return manager.query(
    `SELECT id, email, role, preferred_language AS language FROM users WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL ORDER BY id`,
    [ids],
  );
}

/** What a notice about a proposal names: the listing and the step. */
export interface ProposalFacts {
  state: ProposalState;
  title: string;
}

export async function proposalFacts(manager: EntityManager, proposalId: string): Promise<ProposalFacts | undefined> {
  const [facts]: ProposalFacts[] = await manager.query(
    `SELECT p.state, coalesce(o.title, c.title) AS title
     FROM proposals p
     LEFT JOIN offers o ON o.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
     WHERE p.id = $1`,
    [proposalId],
  );
  return facts;
}

/** The organisation's users of these roles, not disabled, in id order. */
export async function activeUsersOf(manager: EntityManager, organisationId: string, roles: readonly string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE organisation_id = $1 AND role = ANY($2::text[]) AND disabled_at IS NULL ORDER BY id`,
    [organisationId, [...roles]],
  );
  return rows.map((r) => r.id);
}

/** The proposal's kind and listing id (of a proposal the caller just listed). */
export async function proposalTarget(manager: EntityManager, proposalId: string): Promise<{ kind: ProposalKind; targetId: string }> {
  const [row]: { kind: ProposalKind; targetId: string }[] = await manager.query(
    `SELECT kind, coalesce(offer_id, course_id) AS "targetId" FROM proposals WHERE id = $1`,
    [proposalId],
  );
  return row;
}
