import { Injectable } from '@nestjs/common';
import { openProposalStates } from '@ponte/domain';
import type { WithdrawnProposal } from '@ponte/persistence';
import { withdrawForRevokedConsent, withdrawForSafety, type RevokedConsent } from '@ponte/proposals';
import { DataSource } from 'typeorm';
import { CONSTRAINED_PROFILES_SQL, REVOKED_CONSENTS_SQL } from './proposal-withdrawals.sql';

/**
 * Consumes the profiles feature's events (JOBS.proposals): a revoked consent or a new safety
 * constraint withdraws the open proposals it no longer allows. Partners already lost sight of
 * them when the change committed (their reads check consents and blocks); this records it.
 * Nobody is notified: the partner must not learn why, the counsellor made the change.
 */
@Injectable()
export class ProposalWithdrawals {
  constructor(private readonly dataSource: DataSource) {}

  forRevokedConsent(consent: RevokedConsent): Promise<WithdrawnProposal[]> {
    return this.dataSource.transaction((manager) => withdrawForRevokedConsent(manager, consent));
  }

  forSafety(profileId: string): Promise<WithdrawnProposal[]> {
    return this.dataSource.transaction((manager) => withdrawForSafety(manager, profileId));
  }

  /**
   * The safety net (JOBS.proposals.sweep) for the two jobs above when Redis lost them: every
   * revoked matching or share_card consent that still has an open proposal made before its
   * revocation, and every profile with open proposals and safety constraints, are handled again
   * (both are idempotent). At most `limit` of each a run.
   */
  async sweep(limit = 200): Promise<number> {
    const states = [...new Set([...openProposalStates('offer'), ...openProposalStates('course')])];
    const revoked: { consentId: string; profileId: string; kind: 'matching' | 'share_card'; organisationId: string | null; revokedAt: Date }[] = await this.dataSource.query(
      REVOKED_CONSENTS_SQL,
      [states, limit],
    );
    let withdrawn = 0;
    for (const c of revoked) withdrawn += (await this.forRevokedConsent({ ...c, revokedAt: new Date(c.revokedAt).toISOString() })).length;
    const constrained: { id: string }[] = await this.dataSource.query(
      CONSTRAINED_PROFILES_SQL,
      [states, limit],
    );
    for (const { id } of constrained) withdrawn += (await this.forSafety(id)).length;
    return withdrawn;
  }
}
