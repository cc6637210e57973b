import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@ponte/config';
import type { Role } from '@ponte/domain';
import type { DataSource } from 'typeorm';
import { AccessTokenService } from '../../../src/auth/access-token.service';

/**
 * Networks, organisations and signed-in users written straight into the database of a BUILT
 * API (no Nest app in the test process to ask): the token is signed with the JWT_SECRET the
 * child process was given, exactly as AccessTokenService signs it.
 */
const suffix = () => randomBytes(4).toString('hex');

export async function insertNetwork(ds: DataSource, comuni: string[] = ['015146']): Promise<string> {
  const [{ id }] = await ds.query(`INSERT INTO networks (code, name, lead_comune) VALUES ($1, 'Rete di prova', $2) RETURNING id`, [`net-${suffix()}`, comuni[0]]);
  for (const comune of comuni) await ds.query('INSERT INTO network_comuni (network_id, comune) VALUES ($1, $2)', [id, comune]);
  return id;
}

export async function insertOrganisation(ds: DataSource, kind: 'company' | 'training_body' | 'union' = 'company', status = 'vetted'): Promise<string> {
  const [{ id }] = await ds.query(
    `INSERT INTO organisations (kind, legal_name, status, seat_comune, anti_harassment_declared_at) VALUES ($1, $2, $3, '015146', now()) RETURNING id`,
    [kind, `Impresa ${suffix()} S.r.l.`, status],
  );
  return id;
}

export interface Caller {
  userId: string;
  sessionId: string;
  auth: string;
}

/** A user with a live, second-factor-verified session, and its bearer header. */
export async function insertCaller(ds: DataSource, jwtSecret: string, role: Role, scope: { networkId?: string; organisationId?: string } = {}): Promise<Caller> {
  const mfa = role === 'coordinator' || role === 'counsellor';
  const [{ id: userId }] = await ds.query(
    `INSERT INTO users (email, display_name, role, organisation_id, totp_enabled_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [`${role}.${suffix()}@ponte.test`, `Test ${role}`, role, scope.organisationId ?? null, mfa ? new Date() : null],
  );
  if (scope.networkId) await ds.query('INSERT INTO network_memberships (user_id, network_id) VALUES ($1, $2)', [userId, scope.networkId]);
  const [{ id: sessionId }] = await ds.query(
    `INSERT INTO sessions (user_id, mfa_verified, expires_at) VALUES ($1, true, now() + interval '12 hours') RETURNING id`,
    [userId],
  );
  const token = new AccessTokenService({ JWT_SECRET: jwtSecret } as AppConfig).sign(userId, sessionId);
  return { userId, sessionId, auth: `Bearer ${token}` };
}
