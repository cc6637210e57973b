import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';

/** Access tokens live minutes; the session behind them is checked on every request anyway. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;

export interface AccessClaims {
  sub: string;
  sid: string;
  iat: number;
  exp: number;
}

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/** Compact HS256 JWTs: a signed pointer to a session, nothing else (no role or network in the token). */
@Injectable()
export class AccessTokenService {
  private readonly secret: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.JWT_SECRET;
  }

  sign(userId: string, sessionId: string, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const payload = b64url(JSON.stringify({ sub: userId, sid: sessionId, iat, exp: iat + ACCESS_TOKEN_TTL_SECONDS }));
    return `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`)}`;
  }

  /** The claims of a well-signed, unexpired token, or null. */
  verify(token: string, now = Date.now()): AccessClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.signature(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as AccessClaims;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
      return claims.exp > now / 1000 ? claims : null;
    } catch {
      return null;
    }
  }

  private signature(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}
