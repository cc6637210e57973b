import { Injectable } from '@nestjs/common';
import { organisationStatus, Proposal } from '@ponte/persistence';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { notFound } from '../common/problem/problem';
import { counsellorProposalSql, partnerProposalSql } from './proposal-reads.sql';

/**
 * Scope of a proposal per side: the profile's networks for counsellors, partnerVisibleNow (in
 * @ponte/persistence's scopes) for partners. Anything else is the same 404 as a missing proposal.
 */
@Injectable()
export class ProposalAccess {
  async forCounsellor(principal: Principal, proposalId: string, manager: EntityManager, lock = false): Promise<Proposal> {
    const [row] = await manager.query(counsellorProposalSql(lock), [proposalId, principal.networkIds]);
    if (!row) throw notFound();
    return manager.findOneByOrFail(Proposal, { id: proposalId });
  }

  async forPartner(principal: Principal, proposalId: string, manager: EntityManager, lock = false): Promise<Proposal> {
    if (!principal.organisationId) throw notFound();
    const [row] = await manager.query(partnerProposalSql(lock), [proposalId, principal.organisationId]);
    if (!row) throw notFound();
    return manager.findOneByOrFail(Proposal, { id: proposalId });
  }

  async organisationStatus(manager: EntityManager, organisationId: string): Promise<string> {
    return (await organisationStatus(manager, organisationId)) ?? 'pending';
  }
}
