import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthToken, AuthTokenPurpose } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { EXPIRE_USER_TOKENS_SQL, SPEND_TOKEN_SQL, TOKEN_USER_SQL } from './one-time-tokens.sql';

export const TOKEN_TTL_SECONDS: Record<AuthTokenPurpose, number> = {
  mfa: 5 * 60,
  mfa_enrolment: 15 * 60,
  password_reset: 30 * 60,
  invitation: 7 * 24 * 3600,
};

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * One-time, expiring tokens (MFA step, TOTP enrolment, password reset, invitation). The raw
 * token leaves the server once; only its SHA-256 is stored. Consuming is one UPDATE, so two
 * concurrent uses cannot both succeed.
 */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly dataSource: DataSource) {}

  /** Issues a token and voids the user's earlier unused ones of the same purpose. */
  async issue(userId: string, purpose: AuthTokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(EXPIRE_USER_TOKENS_SQL, [userId, purpose]);
    await manager.insert(AuthToken, {
      userId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS[purpose] * 1000),
    });
    return token;
  }

  /** The user id of a live token, without using it up (for steps that may be retried). */
  async peek(token: string, purpose: AuthTokenPurpose): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 200) return null;
    const rows: { user_id: string }[] = await this.dataSource.query(
      TOKEN_USER_SQL,
      [sha256(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Uses the token up; returns its user id, or null when unknown, used, expired or of another purpose. */
  async consume(token: string, purpose: AuthTokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [rows] = (await manager.query(
      SPEND_TOKEN_SQL,
      [sha256(token), purpose],
    )) as [{ user_id: string }[], number];
    return rows[0]?.user_id ?? null;
  }
}
