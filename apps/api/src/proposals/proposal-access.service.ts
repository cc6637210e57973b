import { Injectable } from '@nestjs/common';
import { organisationBlockedSql, Proposal } from '@ponte/persistence';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { notFound } from '../common/problem/problem';

/**
 * When a partner may see a proposal at all, checked in SQL on every read and write so a
 * revocation is effective the moment it commits (before the worker withdraws anything):
 * its own organisation; not withdrawn by a revocation or for her safety; the woman's
 * `share_card` consent for that organisation and her `matching` consent still active; the
 * organisation not blocked by her. Anything else is the same 404 as a missing proposal.
 * Both consents are found by one probe of her active consents (index consents_active_scope,
 * no heap): a list checks this for every proposal of the organisation to count them. No row
 * makes the aggregate null, which is not true either.
 */
export const partnerVisible = (organisationParam: string): string => `
  p.organisation_id = ${organisationParam}
  AND coalesce(p.withdrawn_cause, 'counsellor') = 'counsellor'
  AND (SELECT bool_or(c.kind = 'share_card') AND bool_or(c.kind = 'matching') FROM consents c
       WHERE c.profile_id = p.profile_id AND c.revoked_at IS NULL
         AND (c.kind = 'matching' OR (c.kind = 'share_card' AND c.organisation_id = p.organisation_id)))
  AND NOT ${organisationBlockedSql('p.profile_id', 'p.organisation_id')}`;

/** Scope of a proposal per side: the profile's networks for counsellors, PARTNER_VISIBLE for partners. */
@Injectable()
export class ProposalAccess {
  async forCounsellor(principal: Principal, proposalId: string, manager: EntityManager, lock = false): Promise<Proposal> {
    const [row] = await manager.query(
      `SELECT p.id FROM proposals p WHERE p.id = $1 AND p.network_id = ANY($2::uuid[]) ${lock ? 'FOR UPDATE OF p' : ''}`,
      [proposalId, principal.networkIds],
    );
    if (!row) throw notFound();
    return manager.findOneByOrFail(Proposal, { id: proposalId });
  }

  async forPartner(principal: Principal, proposalId: string, manager: EntityManager, lock = false): Promise<Proposal> {
    if (!principal.organisationId) throw notFound();
    const [row] = await manager.query(`SELECT p.id FROM proposals p WHERE p.id = $1 AND ${partnerVisible('$2')} ${lock ? 'FOR UPDATE OF p' : ''}`, [
      proposalId,
      principal.organisationId,
    ]);
    if (!row) throw notFound();
    return manager.findOneByOrFail(Proposal, { id: proposalId });
  }

  async organisationStatus(manager: EntityManager, organisationId: string): Promise<string> {
    const [row] = await manager.query('SELECT status FROM organisations WHERE id = $1', [organisationId]);
    return row?.status ?? 'pending';
  }
}
