import type { ConsentKind, ProposalState } from '@ponte/domain';
import { ProblemException } from '../common/problem/problem';

/** 409: the woman's consent that this step needs is not active (never recorded, or revoked). */
export const missingConsent = (kind: ConsentKind, organisationId?: string) =>
  new ProblemException({
    status: 409,
    type: 'missing-consent',
    detailKey: `proposal.missingConsent.${kind}`,
    extensions: { missingConsent: kind, ...(organisationId ? { organisationId } : {}) },
  });

/** 409: matching would hide this offer or course for her (or it is not open), so it cannot be proposed. */
export const proposalNotAllowed = (reason: string, extensions: Record<string, unknown> = {}) =>
  new ProblemException({ status: 409, type: 'proposal-not-allowed', detailKey: `proposal.notAllowed.${reason}`, extensions: { reason, ...extensions } });

export const illegalTransition = (from: ProposalState, to: string) =>
  new ProblemException({
    status: 409,
    type: 'illegal-transition',
    detailKey: 'proposal.illegalTransition',
    params: { from, to },
    extensions: { currentState: from, to },
  });

/** 409: the organisation is suspended (or no longer vetted): its proposals are frozen. */
export const proposalFrozen = (organisationStatus: string, currentState: ProposalState) =>
  new ProblemException({
    status: 409,
    type: 'organisation-suspended',
    detailKey: 'proposal.frozen',
    params: { status: organisationStatus },
    extensions: { organisationStatus, currentState },
  });

export const roleCannotMove = (to: string) =>
  new ProblemException({ status: 403, type: 'forbidden', detailKey: 'proposal.roleCannotMove', params: { to } });
