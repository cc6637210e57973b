import { randomBytes } from 'node:crypto';
import type { OrganisationKind, OrganisationStatus, Role } from '@ponte/domain';
import { Network, Organisation, Session, User } from '@ponte/persistence';
import { AccessTokenService } from '../src/auth/access-token.service';
import type { TestApp } from './test-app';

const suffix = () => randomBytes(4).toString('hex');

export async function createNetwork(t: TestApp, fields: Omit<Partial<Network>, 'comuni'> & { comuni?: string[] } = {}): Promise<Network> {
  const { comuni = ['015146'], ...rest } = fields;
  const network = t.dataSource.getRepository(Network).create({
    code: `net-${suffix()}`,
    name: 'Rete di prova',
    leadComune: comuni[0],
    ...rest,
    comuni: comuni.map((comune) => ({ comune })),
  });
  return t.dataSource.getRepository(Network).save(network);
}

export async function createOrganisation(
  t: TestApp,
  fields: Partial<Organisation> & { kind?: OrganisationKind; status?: OrganisationStatus } = {},
): Promise<Organisation> {
  return t.dataSource.getRepository(Organisation).save({
    kind: 'company',
    legalName: `Impresa ${suffix()} S.r.l.`,
    status: 'vetted',
    seatComune: '015146',
    antiHarassmentDeclaredAt: new Date(),
    ...fields,
  });
}

export interface SignedIn {
  user: User;
  token: string;
  session: Session;
  /** `Authorization` header value. */
  auth: string;
}

/**
 * A user with a live, MFA-verified session and its bearer token, created directly in the
 * database: for testing features without walking the sign-in flow each time.
 */
export async function signedInUser(
  t: TestApp,
  role: Role,
  scope: { networks?: Network[]; organisation?: Organisation } = {},
): Promise<SignedIn> {
  const user = await t.dataSource.getRepository(User).save({
    email: `${role}.${suffix()}@ponte.test`,
    displayName: `Test ${role}`,
    role,
    organisationId: scope.organisation?.id ?? null,
    networks: scope.networks ?? [],
    totpEnabledAt: role === 'coordinator' || role === 'counsellor' ? new Date() : null,
  });
  const session = await t.dataSource.getRepository(Session).save({
    userId: user.id,
    mfaVerified: true,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  const token = t.app.get(AccessTokenService).sign(user.id, session.id);
  return { user, session, token, auth: `Bearer ${token}` };
}
