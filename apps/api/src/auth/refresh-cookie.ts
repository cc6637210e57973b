import type { AppConfig } from '@ponte/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '../common/problem/problem';
import { SESSION_TTL_SECONDS } from './sessions.service';

export const REFRESH_COOKIE = 'ponte_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const CSRF_HEADER = 'x-ponte-csrf';

const EPOCH = new Date(0).toUTCString();

/**
 * The Set-Cookie value for a refresh token, or clearing it (null): httpOnly (scripts cannot
 * read it), SameSite=Strict (never sent cross-site), scoped to /api/auth (never sent to the
 * rest of the API), Secure in production. Attributes in the order Express wrote them.
 */
export function refreshCookieHeader(config: AppConfig, refreshToken: string | null): string {
  const lifetime = refreshToken === null
    ? `Path=${REFRESH_COOKIE_PATH}; Expires=${EPOCH}`
    : `Max-Age=${SESSION_TTL_SECONDS}; Path=${REFRESH_COOKIE_PATH}; Expires=${new Date(Date.now() + SESSION_TTL_SECONDS * 1000).toUTCString()}`;
  const secure = config.NODE_ENV === 'production' ? '; Secure' : '';
  return `${REFRESH_COOKIE}=${encodeURIComponent(refreshToken ?? '')}; ${lifetime}; HttpOnly${secure}; SameSite=Strict`;
}

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, refreshToken: string): void {
  reply.header('Set-Cookie', refreshCookieHeader(config, refreshToken));
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  reply.header('Set-Cookie', refreshCookieHeader(config, null));
}

export function readRefreshCookie(req: FastifyRequest): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== REFRESH_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return null; // a malformed escape is no token: 401, not a 500
    }
  }
  return null;
}

/**
 * Cookie-authenticated endpoints (refresh, sign-out) require `X-Ponte-CSRF: 1`: a cross-site
 * form cannot set a custom header, and a cross-site script would need a CORS preflight that
 * only the portals' origins pass.
 */
export function assertCsrfHeader(req: FastifyRequest): void {
  if (req.headers[CSRF_HEADER] !== '1') throw new ProblemException({ status: 403, type: 'csrf' });
}
