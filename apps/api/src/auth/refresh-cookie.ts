import type { AppConfig } from '@ponte/config';
import type { CookieOptions, Request, Response } from 'express';
import { ProblemException } from '../common/problem/problem';
import { SESSION_TTL_SECONDS } from './sessions.service';

export const REFRESH_COOKIE = 'ponte_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const CSRF_HEADER = 'x-ponte-csrf';

/**
 * httpOnly (scripts cannot read it), SameSite=Strict (never sent cross-site), scoped to
 * /api/auth (never sent to the rest of the API), Secure in production.
 */
function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, secure: config.NODE_ENV === 'production', sameSite: 'strict', path: REFRESH_COOKIE_PATH };
}

export function setRefreshCookie(res: Response, config: AppConfig, refreshToken: string): void {
  res.cookie(REFRESH_COOKIE, refreshToken, { ...cookieOptions(config), maxAge: SESSION_TTL_SECONDS * 1000 });
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(config));
}

export function readRefreshCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Cookie-authenticated endpoints (refresh, sign-out) require `X-Ponte-CSRF: 1`: a cross-site
 * form cannot set a custom header, and a cross-site script would need a CORS preflight that
 * only the portals' origins pass.
 */
export function assertCsrfHeader(req: Request): void {
  if (req.headers[CSRF_HEADER] !== '1') throw new ProblemException({ status: 403, type: 'csrf' });
}
