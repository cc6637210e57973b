import { ROLES, PROPOSAL_STATES } from './enums';
import {
  MFA_REQUIRED_ROLES,
  PERMISSIONS,
  PERMISSION_VALUES,
  ROLE_PERMISSIONS,
  canMoveProposalInto,
  hasPermission,
  isPermission,
  requiresMfa,
  rolesWithPermission,
} from './permissions';

describe('permissions', () => {
  it('uses resource:action strings, each once', () => {
    for (const p of PERMISSION_VALUES) expect(p).toMatch(/^[a-z_]+:[a-z_]+$/);
    expect(new Set(PERMISSION_VALUES).size).toBe(PERMISSION_VALUES.length);
    expect(isPermission('profiles:read')).toBe(true);
    expect(isPermission('profiles:delete')).toBe(false);
  });

  it('gives every role at least one permission, each from the vocabulary, without repeats', () => {
    for (const role of ROLES) {
      const perms = ROLE_PERMISSIONS[role];
      expect(perms.length).toBeGreaterThan(0);
      expect(perms.every(isPermission)).toBe(true);
      expect(new Set(perms).size).toBe(perms.length);
    }
  });

  it('grants every permission to some role', () => {
    for (const p of PERMISSION_VALUES)
      expect([p, rolesWithPermission(p).length > 0]).toEqual([p, true]);
  });

  it('keeps individual profiles with counsellors only', () => {
    for (const p of [
      PERMISSIONS.PROFILES_READ,
      PERMISSIONS.PROFILES_WRITE,
      PERMISSIONS.PROFILES_ERASE,
      PERMISSIONS.MATCHES_READ,
      PERMISSIONS.CONSENTS_WRITE,
    ]) {
      expect(rolesWithPermission(p)).toEqual(['counsellor']);
    }
    expect(hasPermission('partner_admin', 'profiles:read')).toBe(false);
    expect(hasPermission('partner_member', 'profiles:read')).toBe(false);
    expect(hasPermission('coordinator', 'profiles:read')).toBe(false);
    expect(hasPermission('coordinator', 'proposals:read')).toBe(false);
  });

  it('keeps vetting, audit and indicators with coordinators only', () => {
    for (const p of [
      PERMISSIONS.ORGANISATIONS_VET,
      PERMISSIONS.ORGANISATIONS_READ_ALL,
      PERMISSIONS.AUDIT_READ,
      PERMISSIONS.AUDIT_EXPORT,
      PERMISSIONS.INDICATORS_READ,
      PERMISSIONS.STAFF_MANAGE,
      PERMISSIONS.NETWORKS_MANAGE,
      PERMISSIONS.JOBS_MANAGE,
      PERMISSIONS.REFERENCE_STATUS,
    ]) {
      expect(rolesWithPermission(p)).toEqual(['coordinator']);
    }
  });

  it('shows networks and the comuni they cover to staff only', () => {
    expect(rolesWithPermission(PERMISSIONS.NETWORKS_READ)).toEqual([
      'coordinator',
      'counsellor',
    ]);
  });

  it('lets partners handle their own offers and answers, admins their team', () => {
    expect(rolesWithPermission('offers:write')).toEqual([
      'partner_admin',
      'partner_member',
    ]);
    expect(rolesWithPermission('proposals:answer')).toEqual([
      'partner_admin',
      'partner_member',
    ]);
    expect(rolesWithPermission('team:manage')).toEqual(['partner_admin']);
    expect(rolesWithPermission('proposals:read')).toEqual([
      'counsellor',
      'partner_admin',
      'partner_member',
    ]);
  });

  it('requires MFA for coordinators and counsellors only', () => {
    expect([...MFA_REQUIRED_ROLES].sort()).toEqual([
      'coordinator',
      'counsellor',
    ]);
    expect(ROLES.filter(requiresMfa)).toEqual(['coordinator', 'counsellor']);
  });

  it('lets each proposal state be entered by someone, never by a coordinator', () => {
    for (const state of PROPOSAL_STATES) {
      expect(ROLES.some((r) => canMoveProposalInto(r, state))).toBe(true);
      expect(canMoveProposalInto('coordinator', state)).toBe(false);
    }
    expect(canMoveProposalInto('partner_member', 'proposed')).toBe(false);
    expect(canMoveProposalInto('partner_member', 'withdrawn')).toBe(false);
    expect(canMoveProposalInto('counsellor', 'interested')).toBe(false);
    expect(canMoveProposalInto('counsellor', 'hired')).toBe(true);
  });
});
