import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/problem/problem';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service';
import { PrincipalLoader } from './principal.loader';
import { SessionsService } from './sessions.service';
import { SignedInResult } from './sign-in.service';
import { loadUserView } from './user-view';

const sessionEnded = () => new ProblemException({ status: 401, type: 'unauthorized' });

/** Refresh with rotation and theft detection, and sign-out. */
@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokenService,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
  ) {}

  async refresh(refreshToken: string | null): Promise<SignedInResult> {
    const outcome = refreshToken ? await this.sessions.rotate(refreshToken) : ({ kind: 'invalid' } as const);
    if (outcome.kind === 'reused') {
      await this.audit.record({ action: 'auth.refresh_reuse', outcome: 'denied', actorId: outcome.userId, actorRole: null, targetType: 'session', targetId: outcome.sessionId });
      throw sessionEnded();
    }
    if (outcome.kind === 'invalid') throw sessionEnded();
    // The same checks as every request: disabled user, MFA not passed, expired session.
    const principal = await this.principals.load(outcome.userId, outcome.sessionId);
    const user = principal ? await loadUserView(this.dataSource, outcome.userId) : null;
    if (!user) throw sessionEnded();
    return {
      kind: 'signed-in',
      accessToken: this.accessTokens.sign(outcome.userId, outcome.sessionId),
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user,
      refreshToken: outcome.refreshToken,
    };
  }

  /** Revokes the session named by the access token, else by the refresh cookie; idempotent. */
  async signOut(bearer: string | null, refreshToken: string | null): Promise<void> {
    const claims = bearer ? this.accessTokens.verify(bearer) : null;
    const target = claims ? { sessionId: claims.sid, userId: claims.sub } : refreshToken ? await this.sessions.sessionOfRefreshToken(refreshToken) : null;
    if (!target) return;
    await this.sessions.revoke(target.sessionId);
    await this.audit.record({ action: 'auth.sign_out', actorId: target.userId, actorRole: null, targetType: 'session', targetId: target.sessionId });
  }
}
