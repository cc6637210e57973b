import { isOpenProposalState, openProposalStates, type ProposalKind, type ProposalState, type WithdrawalCause } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { recordIndicator } from '../indicators/record-indicator';
import { ProposalHistoryEntry, type ProposalActorRole } from './proposal-history.entity';

export interface ProposalActor {
  role: ProposalActorRole;
  userId: string | null;
}

/** One step of the history, in the caller's transaction. `details`: codes only. */
export async function appendProposalHistory(
  manager: EntityManager,
  proposalId: string,
  state: ProposalState,
  actor: ProposalActor,
  details: Record<string, unknown> = {},
): Promise<void> {
  await manager.insert(ProposalHistoryEntry, { proposalId, state, actorRole: actor.role, actorId: actor.userId, details: details as object });
}

export interface WithdrawnProposal {
  id: string;
  kind: ProposalKind;
  networkId: string;
  organisationId: string;
  fromState: ProposalState;
}

/**
 * Withdraws whichever of these proposals are still open (locked first, so a concurrent answer
 * either lands before and is withdrawn with it, or finds the proposal withdrawn). Writes the
 * history and the anonymous counter; the caller audits and notifies. Idempotent: a proposal
 * already closed is skipped.
 */
export async function withdrawProposals(
  manager: EntityManager,
  proposalIds: readonly string[],
  cause: WithdrawalCause,
  actor: ProposalActor,
): Promise<WithdrawnProposal[]> {
  if (!proposalIds.length) return [];
  const locked: { id: string; kind: ProposalKind; state: ProposalState; networkId: string; organisationId: string }[] = await manager.query(
    `SELECT id, kind, state, network_id AS "networkId", organisation_id AS "organisationId"
     FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [proposalIds],
  );
  const withdrawn: WithdrawnProposal[] = [];
  for (const p of locked) {
    if (!isOpenProposalState(p.kind, p.state)) continue;
    await manager.query(
      `UPDATE proposals SET state = 'withdrawn', withdrawn_cause = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [p.id, cause],
    );
    await appendProposalHistory(manager, p.id, 'withdrawn', actor, { cause, from: p.state });
    await recordIndicator(manager, { networkId: p.networkId, event: 'proposal_withdrawn' });
    withdrawn.push({ id: p.id, kind: p.kind, networkId: p.networkId, organisationId: p.organisationId, fromState: p.state });
  }
  return withdrawn;
}

/**
 * Open proposals of a profile, optionally to one organisation and optionally made before a
 * consent's revocation. The instant is the consent row's own (microseconds): the job's ISO copy
 * is rounded to the millisecond and would spare a proposal made in that same millisecond.
 */
export async function openProposalIds(
  manager: EntityManager,
  profileId: string,
  filter: { organisationId?: string | null; revokedConsent?: { id: string; revokedAt: string } } = {},
): Promise<string[]> {
  const states = [...new Set([...openProposalStates('offer'), ...openProposalStates('course')])];
  const rows: { id: string; kind: ProposalKind; state: ProposalState }[] = await manager.query(
    `SELECT id, kind, state FROM proposals
     WHERE profile_id = $1 AND state = ANY($2::text[])
       AND ($3::uuid IS NULL OR organisation_id = $3)
       AND ($4::uuid IS NULL OR created_at <= coalesce((SELECT revoked_at FROM consents WHERE id = $4), $5::timestamptz))
     ORDER BY id`,
    [profileId, states, filter.organisationId ?? null, filter.revokedConsent?.id ?? null, filter.revokedConsent?.revokedAt ?? null],
  );
  return rows.filter((r) => isOpenProposalState(r.kind, r.state)).map((r) => r.id);
}

/** Audit entries of a system-made withdrawal (no principal: the worker). Ids and codes only. */
export async function auditSystemWithdrawals(manager: EntityManager, withdrawn: readonly WithdrawnProposal[], details: Record<string, unknown>): Promise<void> {
  if (!withdrawn.length) return;
  await manager.insert(
    AuditEntry,
    withdrawn.map((p) => ({
      actorId: null,
      actorRole: 'system',
      action: 'proposal.withdraw',
      targetType: 'proposal',
      targetId: p.id,
      networkId: p.networkId,
      organisationId: p.organisationId,
      details: { ...details, from: p.fromState },
    })),
  );
}
