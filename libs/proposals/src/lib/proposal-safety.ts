import type { ConsentKind } from '@ponte/domain';
import { builtInComuni, safetyCheck } from '@ponte/matching';
import {
  auditSystemWithdrawals,
  loadProfileForMatch,
  loadTargetForMatch,
  openProposalIds,
  withdrawProposals,
  type WithdrawnProposal,
} from '@ponte/persistence';
import type { EntityManager } from 'typeorm';
import { proposalTarget } from './proposals.sql';

const SYSTEM = { role: 'system', userId: null } as const;

export interface RevokedConsent {
  consentId: string;
  profileId: string;
  kind: ConsentKind;
  organisationId: string | null;
  /** ISO instant of the revocation: proposals made later, under a new consent, stay. */
  revokedAt: string;
}

/**
 * A revoked consent withdraws the open proposals it allowed: `share_card` those to that
 * organisation, `matching` all of hers. `disclose_identity` withdraws nothing (a disclosure
 * happened offline and cannot be undone; none can be recorded any more). Partners already lost
 * access at the revocation's commit: their reads check the consent; this makes it final.
 */
export async function withdrawForRevokedConsent(manager: EntityManager, consent: RevokedConsent): Promise<WithdrawnProposal[]> {
  if (consent.kind === 'disclose_identity') return [];
  const ids = await openProposalIds(manager, consent.profileId, {
    organisationId: consent.kind === 'share_card' ? consent.organisationId : null,
    revokedConsent: { id: consent.consentId, revokedAt: consent.revokedAt },
  });
  const withdrawn = await withdrawProposals(manager, ids, 'consent_revoked', SYSTEM);
  await auditSystemWithdrawals(manager, withdrawn, { cause: 'consent_revoked', consentId: consent.consentId, consentKind: consent.kind });
  return withdrawn;
}

/**
 * After her exclusion areas or blocked organisations changed: every open proposal that is now
 * unsafe is withdrawn (fit reasons such as a shorter commute do not undo a proposal made).
 */
export async function withdrawForSafety(manager: EntityManager, profileId: string): Promise<WithdrawnProposal[]> {
  const profile = await loadProfileForMatch(manager, profileId);
  if (!profile) return [];
  const forbidden = safetyCheck(profile, builtInComuni());
  const unsafe: string[] = [];
  for (const id of await openProposalIds(manager, profileId)) {
    const row = await proposalTarget(manager, id);
    const target = await loadTargetForMatch(manager, row.kind, row.targetId);
    if (target && forbidden(target)) unsafe.push(id);
  }
  const withdrawn = await withdrawProposals(manager, unsafe, 'safety', SYSTEM);
  await auditSystemWithdrawals(manager, withdrawn, { cause: 'safety' });
  return withdrawn;
}
