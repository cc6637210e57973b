import { Injectable } from '@nestjs/common';
import { openProposalStates } from '@ponte/domain';
import { organisationBlockedSql, type WithdrawnProposal } from '@ponte/persistence';
import { withdrawForRevokedConsent, withdrawForSafety, type RevokedConsent } from '@ponte/proposals';
import { DataSource } from 'typeorm';

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
      `SELECT c.id AS "consentId", c.profile_id AS "profileId", c.kind, c.organisation_id AS "organisationId", c.revoked_at AS "revokedAt"
       FROM consents c
       WHERE c.revoked_at IS NOT NULL AND c.kind IN ('matching', 'share_card')
         AND EXISTS (SELECT 1 FROM proposals p WHERE p.profile_id = c.profile_id AND p.state = ANY($1::text[])
                       AND p.created_at <= c.revoked_at AND (c.kind = 'matching' OR p.organisation_id = c.organisation_id))
       LIMIT $2`,
      [states, limit],
    );
    let withdrawn = 0;
    for (const c of revoked) withdrawn += (await this.forRevokedConsent({ ...c, revokedAt: new Date(c.revokedAt).toISOString() })).length;
    const constrained: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.profile_id AS id FROM proposals p
       WHERE p.state = ANY($1::text[])
         AND (${organisationBlockedSql('p.profile_id', 'p.organisation_id')}
              OR EXISTS (SELECT 1 FROM profile_exclusions x WHERE x.profile_id = p.profile_id))
       LIMIT $2`,
      [states, limit],
    );
    for (const { id } of constrained) withdrawn += (await this.forSafety(id)).length;
    return withdrawn;
  }
}
