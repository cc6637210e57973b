import { ROLES, type ProposalState, type Role } from './enums';

/**
 * The one permission vocabulary of Ponte, used by the API guards and by both portals (to hide
 * what a role cannot do). A permission says WHAT a role may do; the API still scopes WHICH
 * records (a counsellor's own networks, a partner's own organisation) and answers 404 outside
 * that scope.
 */
export const PERMISSIONS = {
  /** List, search and read pseudonymised profiles of the caller's networks. */
  PROFILES_READ: 'profiles:read',
  /** Create and edit profiles, their safety constraints and encrypted notes. */
  PROFILES_WRITE: 'profiles:write',
  /** Erase a profile on request (immediate, cascading). */
  PROFILES_ERASE: 'profiles:erase',
  /** Record and revoke a woman's consents. */
  CONSENTS_WRITE: 'consents:write',
  /** Read ranked, explained matches and pathways of a profile. */
  MATCHES_READ: 'matches:read',
  SHORTLIST_WRITE: 'shortlist:write',
  /** Propose a profile to an offer or course, and withdraw the proposal. */
  PROPOSALS_CREATE: 'proposals:create',
  /** Read proposals: counsellors those of their networks, partners those sent to them (as candidate cards). */
  PROPOSALS_READ: 'proposals:read',
  /** The partner's side: view, interest, decline, interview, hiring and course outcomes. */
  PROPOSALS_ANSWER: 'proposals:answer',
  /** The counsellor's side after a proposal: outcomes, identity disclosure record, 3/6-month follow-up. */
  PROPOSALS_FOLLOW_UP: 'proposals:follow_up',
  /** Create, edit, publish and close the caller organisation's offers and courses. */
  OFFERS_WRITE: 'offers:write',
  /** Read the caller organisation's own offers and courses (drafts included). */
  OFFERS_READ: 'offers:read',
  /** Browse all published offers and courses, with the public name of vetted organisations. */
  CATALOGUE_READ: 'catalogue:read',
  /** Vet, reject, suspend and reinstate organisations. */
  ORGANISATIONS_VET: 'organisations:vet',
  /** Read every organisation with its registration data and vetting history. */
  ORGANISATIONS_READ_ALL: 'organisations:read_all',
  /** Read and edit the caller's own organisation record. */
  ORGANISATION_MANAGE_OWN: 'organisation:manage_own',
  /** Invite and deactivate colleagues of the caller's organisation. */
  TEAM_MANAGE: 'team:manage',
  /** Invite, deactivate and assign networks to coordinators and counsellors. */
  STAFF_MANAGE: 'staff:manage',
  /** The networks and the comuni each covers: staff only (which network covers a comune narrows where a woman lives). */
  NETWORKS_READ: 'networks:read',
  NETWORKS_MANAGE: 'networks:manage',
  AUDIT_READ: 'audit:read',
  AUDIT_EXPORT: 'audit:export',
  /** Anonymised indicators (counts under 5 suppressed). */
  INDICATORS_READ: 'indicators:read',
  /** See and retry failed background jobs. */
  JOBS_MANAGE: 'jobs:manage',
  /** Full-text search over the catalogue of offers and courses. */
  SEARCH_USE: 'search:use',
  /** ESCO skills and occupations, comuni. */
  REFERENCE_READ: 'reference:read',
  /** Which reference packs and languages are loaded, with their counts and imports. */
  REFERENCE_STATUS: 'reference:status',
  NOTIFICATIONS_READ: 'notifications:read',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const PERMISSION_VALUES: readonly Permission[] =
  Object.values(PERMISSIONS);

export function isPermission(value: unknown): value is Permission {
  return (
    typeof value === 'string' &&
    (PERMISSION_VALUES as readonly string[]).includes(value)
  );
}

const P = PERMISSIONS;
const COMMON: readonly Permission[] = [P.REFERENCE_READ, P.NOTIFICATIONS_READ];
const PARTNER: readonly Permission[] = [
  ...COMMON,
  P.OFFERS_READ,
  P.OFFERS_WRITE,
  P.PROPOSALS_READ,
  P.PROPOSALS_ANSWER,
];

/**
 * Who does what (README.md, "Roles and demo accounts"). Invariants, tested:
 * - counsellors never vet organisations nor read the audit log;
 * - partners never read profiles or matches: they see a candidate card only through a proposal;
 * - coordinators read indicators and the audit log, never an individual profile or proposal.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  coordinator: [
    ...COMMON,
    P.CATALOGUE_READ,
    P.SEARCH_USE,
    P.ORGANISATIONS_VET,
    P.ORGANISATIONS_READ_ALL,
    P.STAFF_MANAGE,
    P.NETWORKS_READ,
    P.NETWORKS_MANAGE,
    P.AUDIT_READ,
    P.AUDIT_EXPORT,
    P.INDICATORS_READ,
    P.JOBS_MANAGE,
    P.REFERENCE_STATUS,
  ],
  counsellor: [
    ...COMMON,
    P.PROFILES_READ,
    P.PROFILES_WRITE,
    P.PROFILES_ERASE,
    P.CONSENTS_WRITE,
    P.MATCHES_READ,
    P.SHORTLIST_WRITE,
    P.PROPOSALS_CREATE,
    P.PROPOSALS_READ,
    P.PROPOSALS_FOLLOW_UP,
    P.CATALOGUE_READ,
    P.SEARCH_USE,
    P.NETWORKS_READ,
  ],
  partner_admin: [...PARTNER, P.ORGANISATION_MANAGE_OWN, P.TEAM_MANAGE],
  partner_member: PARTNER,
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export function rolesWithPermission(permission: Permission): readonly Role[] {
  return ROLES.filter((role) => hasPermission(role, permission));
}

/** Roles that must enrol and use a TOTP second factor. */
export const MFA_REQUIRED_ROLES: readonly Role[] = [
  'coordinator',
  'counsellor',
];

export function requiresMfa(role: Role): boolean {
  return MFA_REQUIRED_ROLES.includes(role);
}

/**
 * Permission needed to move a proposal INTO a state (on top of `nextProposalStates`).
 * Interviews are agreed through the counsellor, so either side may record them; outcomes are
 * recorded by the partner or, after the fact, by the counsellor. `proposed` is the creation.
 */
export const PROPOSAL_TRANSITION_PERMISSIONS: Readonly<
  Record<ProposalState, readonly Permission[]>
> = {
  proposed: [P.PROPOSALS_CREATE],
  viewed: [P.PROPOSALS_ANSWER],
  interested: [P.PROPOSALS_ANSWER],
  declined: [P.PROPOSALS_ANSWER],
  interview_arranged: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  hired: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  not_hired: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  enrolled: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  completed: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  dropped_out: [P.PROPOSALS_ANSWER, P.PROPOSALS_FOLLOW_UP],
  withdrawn: [P.PROPOSALS_CREATE],
};

export function canMoveProposalInto(role: Role, state: ProposalState): boolean {
  return PROPOSAL_TRANSITION_PERMISSIONS[state].some((p) =>
    hasPermission(role, p),
  );
}
