import type { Permission, Role } from '@ponte/domain';

/** Signing in and the second factor, as both portals read them (`/api/auth/*`). */

/** The signed-in user: enough to build menus from the permission vocabulary. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  permissions: readonly Permission[];
  /** Partner users: their organisation; staff: null. */
  organisationId: string | null;
  /** Staff: the networks they belong to. */
  networkIds: string[];
  mfaEnabled: boolean;
  language: 'it' | 'en';
}

/** 200 of login, login/totp and refresh; the refresh token travels in the httpOnly cookie. */
export interface AuthSuccess {
  /** Bearer token. */
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  user: AuthUser;
}

/** 200 of login when the account needs its second factor: send a code to login/totp with `mfaToken`. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  /** Seconds the token stays valid. */
  expiresIn: number;
}

/** 200 of login when the account must enrol its second factor first (first sign-in). */
export interface MfaEnrolmentChallenge {
  mfaEnrolmentRequired: true;
  enrolmentToken: string;
  /** Seconds the token stays valid. */
  expiresIn: number;
}

export type LoginResponse = AuthSuccess | MfaChallenge | MfaEnrolmentChallenge;

export function isMfaChallenge(response: LoginResponse): response is MfaChallenge {
  return (response as MfaChallenge).mfaRequired === true;
}

export function isMfaEnrolmentChallenge(response: LoginResponse): response is MfaEnrolmentChallenge {
  return (response as MfaEnrolmentChallenge).mfaEnrolmentRequired === true;
}

/** `POST /api/auth/mfa/enrolment` (and `me/totp`): what the authenticator app needs. */
export interface TotpEnrolment {
  otpauthUri: string;
  /** PNG data URL of the otpauth URI. */
  qrCode: string;
  /** Base32 secret, for typing it in by hand. */
  secret: string;
}

/** Ten single-use recovery codes, shown once. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** `POST /api/auth/mfa/enrolment/confirm`: the session, and the recovery codes. */
export interface EnrolmentConfirmed extends AuthSuccess, RecoveryCodes {}
