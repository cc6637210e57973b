import {
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
  provideHttpClient,
  withFetch,
  withInterceptors,
} from '@angular/common/http';
import { EnvironmentProviders, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AUTH_PATHS, AuthService } from '../auth/auth.service';
import { SessionStore } from '../auth/session.store';
import { TranslationService } from '../i18n/translation.service';
import { PORTAL_CONFIG } from '../portal-config';
import { API_BASE_URL } from '../api/api-client';

/** Sent with every cookie-carrying API call (see the API's refresh-cookie.ts). */
export const CSRF_HEADER = 'X-Ponte-CSRF';

/** Auth calls whose 401 means "wrong credentials" or "no session", never "refresh and retry". */
const NO_RETRY_PATHS: readonly string[] = [
  AUTH_PATHS.login,
  AUTH_PATHS.loginTotp,
  AUTH_PATHS.refresh,
  AUTH_PATHS.logout,
  AUTH_PATHS.passwordReset,
  AUTH_PATHS.mfaEnrolment,
  AUTH_PATHS.mfaEnrolmentConfirm,
];

function isApiRequest(req: HttpRequest<unknown>, base: string): boolean {
  return req.url === base || req.url.startsWith(`${base}/`);
}

/** Adds the UI language and the in-memory access token to every API request. */
export const apiHeadersInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (!isApiRequest(req, base)) return next(req);
  const headers: Record<string, string> = {
    'Accept-Language': inject(TranslationService).language(),
  };
  const token = inject(SessionStore).accessToken;
  if (token) headers['Authorization'] = `Bearer ${token}`;
  // The cookie-authenticated endpoints (refresh, sign-out) refuse requests without it: a
  // cross-site form cannot set a custom header.
  if (req.withCredentials) headers[CSRF_HEADER] = '1';
  return next(req.clone({ setHeaders: headers }));
};

/**
 * On a 401 from the API: one refresh through the httpOnly cookie, then one retry of the
 * request with the new token. If the refresh fails the session is over: go to sign-in and
 * come back to the same page afterwards.
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (
    !isApiRequest(req, base) ||
    NO_RETRY_PATHS.some((p) => req.url === `${base}${p}`)
  ) {
    return next(req);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  const signInPath =
    inject(PORTAL_CONFIG, { optional: true })?.signInPath ?? '/sign-in';

  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        catchError(() => {
          const returnUrl = router.url;
          if (!returnUrl.startsWith(signInPath)) {
            void router.navigate([signInPath], {
              queryParams: { returnUrl, reason: 'expired' },
            });
          }
          return throwError(() => error);
        }),
        switchMap((session) =>
          next(
            req.clone({
              setHeaders: { Authorization: `Bearer ${session.accessToken}` },
            }),
          ),
        ),
      );
    }),
  );
};

/** HttpClient for the portals: fetch backend, language + token headers, 401 handling. */
export function providePonteHttp(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withInterceptors([apiHeadersInterceptor, unauthorizedInterceptor]),
  );
}
