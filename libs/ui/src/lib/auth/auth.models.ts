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

/** 200 of login when the account must enrol its second factor first (first sign-in). */
export interface MfaEnrolmentChallenge {
  mfaEnrolmentRequired: true;
  enrolmentToken: string;
}

export type LoginResponse = AuthSuccess | MfaChallenge | MfaEnrolmentChallenge;

export type LoginOutcome =
  | { kind: 'signedIn'; user: AuthUser }
  | { kind: 'mfaRequired'; mfaToken: string }
  | { kind: 'mfaEnrolmentRequired'; enrolmentToken: string };

export function isMfaChallenge(
  response: LoginResponse,
): response is MfaChallenge {
  return (response as MfaChallenge).mfaRequired === true;
}

export function isMfaEnrolmentChallenge(
  response: LoginResponse,
): response is MfaEnrolmentChallenge {
  return (response as MfaEnrolmentChallenge).mfaEnrolmentRequired === true;
}

/** `POST /api/auth/mfa/enrolment`: what the authenticator app needs. */
export interface TotpEnrolment {
  otpauthUri: string;
  /** PNG data URL of the otpauth URI. */
  qrCode: string;
  /** Base32 secret, for typing it in by hand. */
  secret: string;
}

/** `POST /api/auth/mfa/enrolment/confirm`: the session, and ten recovery codes shown once. */
export interface EnrolmentConfirmed extends AuthSuccess {
  recoveryCodes: string[];
}
