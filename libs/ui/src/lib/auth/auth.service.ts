import { Injectable, inject } from '@angular/core';
import {
  Observable,
  catchError,
  finalize,
  map,
  of,
  shareReplay,
  tap,
} from 'rxjs';
import { ApiClient } from '../api/api-client';
import { SessionStore } from './session.store';
import {
  isMfaChallenge,
  isMfaEnrolmentChallenge,
  type AuthSuccess,
  type AuthUser,
  type EnrolmentConfirmed,
  type LoginResponse,
  type TotpEnrolment,
} from '@ponte/contracts';

/** What a sign-in attempt led to: a session, or the next step with its token. */
export type LoginOutcome =
  | { kind: 'signedIn'; user: AuthUser }
  | { kind: 'mfaRequired'; mfaToken: string }
  | { kind: 'mfaEnrolmentRequired'; enrolmentToken: string };

/** Auth endpoints, relative to the API base. The interceptor never retries these on 401. */
export const AUTH_PATHS = {
  login: '/auth/login',
  loginTotp: '/auth/login/totp',
  refresh: '/auth/refresh',
  logout: '/auth/logout',
  me: '/auth/me',
  passwordReset: '/auth/password-reset',
  mfaEnrolment: '/auth/mfa/enrolment',
  mfaEnrolmentConfirm: '/auth/mfa/enrolment/confirm',
} as const;

const COOKIES = { withCredentials: true };

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private refreshInFlight: Observable<AuthSuccess> | null = null;

  login(email: string, password: string): Observable<LoginOutcome> {
    return this.api
      .post<LoginResponse>(AUTH_PATHS.login, { email, password }, COOKIES)
      .pipe(
        map((response): LoginOutcome => {
          if (isMfaChallenge(response)) {
            return { kind: 'mfaRequired', mfaToken: response.mfaToken };
          }
          if (isMfaEnrolmentChallenge(response)) {
            return {
              kind: 'mfaEnrolmentRequired',
              enrolmentToken: response.enrolmentToken,
            };
          }
          this.session.start(response);
          return { kind: 'signedIn', user: response.user };
        }),
      );
  }

  verifyTotp(mfaToken: string, code: string): Observable<AuthUser> {
    return this.api
      .post<AuthSuccess>(AUTH_PATHS.loginTotp, { mfaToken, code }, COOKIES)
      .pipe(
        tap((success) => this.session.start(success)),
        map((success) => success.user),
      );
  }

  /** First sign-in of an account that must use TOTP: the secret and its QR code. */
  startEnrolment(enrolmentToken: string): Observable<TotpEnrolment> {
    return this.api.post<TotpEnrolment>(
      AUTH_PATHS.mfaEnrolment,
      { enrolmentToken },
      COOKIES,
    );
  }

  /**
   * Confirms the enrolment with a first code. The answer carries the session and the recovery
   * codes; the session starts only when `completeEnrolment` is called, after the user has
   * seen the codes (they are shown once).
   */
  confirmEnrolment(
    enrolmentToken: string,
    code: string,
  ): Observable<EnrolmentConfirmed> {
    return this.api.post<EnrolmentConfirmed>(
      AUTH_PATHS.mfaEnrolmentConfirm,
      { enrolmentToken, code },
      COOKIES,
    );
  }

  completeEnrolment(confirmed: EnrolmentConfirmed): AuthUser {
    this.session.start(confirmed);
    return confirmed.user;
  }

  /**
   * Exchanges the httpOnly refresh cookie for a new access token. Concurrent callers (several
   * requests failing with 401 at once) share one request.
   */
  refresh(): Observable<AuthSuccess> {
    this.refreshInFlight ??= this.api
      .post<AuthSuccess>(AUTH_PATHS.refresh, null, COOKIES)
      .pipe(
        tap({
          next: (success) => this.session.start(success),
          error: () => this.session.clear(),
        }),
        finalize(() => (this.refreshInFlight = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.refreshInFlight;
  }

  /** After a reload: resumes the session from the refresh cookie, if there is one. */
  restore(): Observable<boolean> {
    if (this.session.isAuthenticated()) return of(true);
    return this.refresh().pipe(
      map(() => true),
      catchError(() => of(false)),
    );
  }

  /** Ends the session on the server (revokes the refresh cookie) and in memory, whatever the answer. */
  logout(): Observable<void> {
    return this.api.post<void>(AUTH_PATHS.logout, null, COOKIES).pipe(
      catchError(() => of(undefined)),
      map(() => this.session.clear()),
    );
  }

  me(): Observable<AuthUser> {
    return this.api.get<AuthUser>(AUTH_PATHS.me);
  }

  /** Always answers the same way whether the address exists or not (no account enumeration). */
  requestPasswordReset(email: string): Observable<void> {
    return this.api.post<void>(AUTH_PATHS.passwordReset, { email });
  }
}
