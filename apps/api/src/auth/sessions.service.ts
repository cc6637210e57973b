import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Session } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { sha256 } from './one-time-tokens.service';
import { LIVE_SESSION_USER_SQL, REVOKE_ON_REUSE_SQL, REVOKE_SESSION_SQL, REVOKE_USER_SESSIONS_SQL, ROTATE_REFRESH_SQL } from './sessions.sql';

/** A session (and its refresh token) lasts one working day at most, whatever the rotations. */
export const SESSION_TTL_SECONDS = 12 * 3600;

export type RefreshOutcome =
  | { kind: 'rotated'; userId: string; sessionId: string; refreshToken: string }
  /** An already-rotated token came back: someone holds a stolen copy, the session is revoked. */
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/** Refresh tokens are `<sessionId>.<secret>`; the session stores the SHA-256 of the current secret only. */
function splitRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { sessionId: match[1], secret: match[2] } : null;
}

const newSecret = () => randomBytes(32).toString('base64url');

@Injectable()
export class SessionsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(userId: string, mfaVerified: boolean, manager: EntityManager = this.dataSource.manager): Promise<{ session: Session; refreshToken: string }> {
    const secret = newSecret();
    const session = await manager.getRepository(Session).save({
      userId,
      mfaVerified,
      refreshTokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
    });
    return { session, refreshToken: `${session.id}.${secret}` };
  }

  /**
   * Rotates the refresh token in one conditional UPDATE: of two concurrent uses of the same
   * token only one wins, and the loser is treated as a reuse.
   */
  async rotate(refreshToken: string): Promise<RefreshOutcome> {
    const parts = splitRefreshToken(refreshToken);
    if (!parts) return { kind: 'invalid' };
    const secret = newSecret();
    const [rotated] = (await this.dataSource.query(
      ROTATE_REFRESH_SQL,
      [parts.sessionId, sha256(parts.secret), sha256(secret)],
    )) as [{ user_id: string }[], number];
    if (rotated[0]) return { kind: 'rotated', userId: rotated[0].user_id, sessionId: parts.sessionId, refreshToken: `${parts.sessionId}.${secret}` };
    const [revoked] = (await this.dataSource.query(
      REVOKE_ON_REUSE_SQL,
      [parts.sessionId, sha256(parts.secret)],
    )) as [{ user_id: string }[], number];
    return revoked[0] ? { kind: 'reused', userId: revoked[0].user_id, sessionId: parts.sessionId } : { kind: 'invalid' };
  }

  /** The session a refresh token points to, if the token is current (used by sign-out without an access token). */
  async sessionOfRefreshToken(refreshToken: string): Promise<{ sessionId: string; userId: string } | null> {
    const parts = splitRefreshToken(refreshToken);
    if (!parts) return null;
    const rows: { user_id: string }[] = await this.dataSource.query(
      LIVE_SESSION_USER_SQL,
      [parts.sessionId, sha256(parts.secret)],
    );
    return rows[0] ? { sessionId: parts.sessionId, userId: rows[0].user_id } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(REVOKE_SESSION_SQL, [sessionId]);
  }

  /** Ends every session of a user (password change, deactivation): their access tokens stop at once. */
  async revokeAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(REVOKE_USER_SESSIONS_SQL, [userId]);
  }
}
