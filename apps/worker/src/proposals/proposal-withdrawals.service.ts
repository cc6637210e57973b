import { Injectable } from '@nestjs/common';
import { withdrawForRevokedConsent, withdrawForSafety, type RevokedConsent, type WithdrawnProposal } from '@ponte/persistence';
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
}
