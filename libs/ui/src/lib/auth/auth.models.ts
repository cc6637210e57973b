import type { Role } from '@ponte/domain';

/** The signed-in staff user as `/api/auth/*` returns it. Held in memory only. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  permissions: string[];
  organisationId?: string;
  networkIds?: string[];
}

/** 200 of login, login/totp and refresh. `expiresIn` is in seconds. */
export interface AuthSuccess {
  accessToken: string;
  expiresIn: number;
  user: AuthUser;
}

/** 200 of login when the account needs its second factor. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
}

export type LoginResponse = AuthSuccess | MfaChallenge;

export type LoginOutcome =
  | { kind: 'signedIn'; user: AuthUser }
  | { kind: 'mfaRequired'; mfaToken: string };

export function isMfaChallenge(
  response: LoginResponse,
): response is MfaChallenge {
  return (response as MfaChallenge).mfaRequired === true;
}
