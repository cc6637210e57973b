import { Injectable } from '@nestjs/common';
import { requiresMfa, type Role } from '@ponte/domain';
import { User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/problem/problem';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service';
import { LockoutService } from './lockout.service';
import { OneTimeTokens, TOKEN_TTL_SECONDS } from './one-time-tokens.service';
import { PasswordsService } from './passwords.service';
import { RATE_LIMITS, RateLimiter } from './rate-limiter.service';
import { SessionsService } from './sessions.service';
import { TotpService } from './totp.service';
import { loadUserView, UserView } from './user-view';

export interface SignedInResult {
  kind: 'signed-in';
  accessToken: string;
  expiresIn: number;
  user: UserView;
  refreshToken: string;
}
export type PasswordStepResult =
  | SignedInResult
  | { kind: 'mfa-required'; mfaToken: string; expiresIn: number }
  | { kind: 'mfa-enrolment-required'; enrolmentToken: string; expiresIn: number };

/** One answer for unknown e-mail, wrong password, locked or disabled account: nothing to enumerate. */
const invalidCredentials = () => new ProblemException({ status: 401, type: 'invalid-credentials' });
const invalidSecondFactor = () => new ProblemException({ status: 401, type: 'invalid-second-factor' });
const mfaExpired = () => new ProblemException({ status: 401, type: 'mfa-expired' });

type Candidate = Pick<User, 'id' | 'role' | 'passwordHash' | 'lockedUntil' | 'disabledAt' | 'totpEnabledAt'>;

/** The two sign-in steps: password, then (coordinators, counsellors, and anyone enrolled) TOTP or a recovery code. */
@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordsService,
    private readonly lockout: LockoutService,
    private readonly limiter: RateLimiter,
    private readonly tokens: OneTimeTokens,
    private readonly totp: TotpService,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
  ) {}

  async passwordStep(email: string, password: string, ip: string): Promise<PasswordStepResult> {
    const address = email.trim().toLowerCase();
    await this.limiter.consume(RATE_LIMITS.loginPerIp, ip);
    await this.limiter.consume(RATE_LIMITS.loginPerEmail, address);
    const user: Candidate | null = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.role', 'u.lockedUntil', 'u.disabledAt', 'u.totpEnabledAt'])
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :address', { address })
      .getOne();
    const usable = user && !user.disabledAt && user.passwordHash ? user : null;
    // Verify even when the account is unknown or locked, so timing tells nothing either.
    const passwordOk = await this.passwords.verify(usable?.passwordHash ?? null, password);
    if (!usable) {
      await this.audit.record({ action: 'auth.sign_in', outcome: 'failure', actorId: user?.id ?? null, actorRole: user?.role ?? null, details: { reason: user ? 'disabled_or_no_password' : 'unknown_account' } });
      throw invalidCredentials();
    }
    if (this.lockout.isLocked(usable)) {
      await this.audit.record({ action: 'auth.sign_in', outcome: 'denied', actorId: usable.id, actorRole: usable.role, details: { reason: 'locked' } });
      throw invalidCredentials();
    }
    if (!passwordOk) {
      await this.recordFailure(usable, 'auth.sign_in', 'wrong_password');
      throw invalidCredentials();
    }
    // Failures are cleared only when a session opens: a known password must not reset the
    // count of wrong second-factor codes (else TOTP could be brute-forced 4 codes at a time).
    if (usable.totpEnabledAt) {
      await this.audit.record({ action: 'auth.sign_in', actorId: usable.id, actorRole: usable.role, details: { step: 'password', next: 'totp' } });
      return { kind: 'mfa-required', mfaToken: await this.tokens.issue(usable.id, 'mfa'), expiresIn: TOKEN_TTL_SECONDS.mfa };
    }
    if (requiresMfa(usable.role)) {
      await this.audit.record({ action: 'auth.sign_in', actorId: usable.id, actorRole: usable.role, details: { step: 'password', next: 'totp_enrolment' } });
      return { kind: 'mfa-enrolment-required', enrolmentToken: await this.tokens.issue(usable.id, 'mfa_enrolment'), expiresIn: TOKEN_TTL_SECONDS.mfa_enrolment };
    }
    return this.openSession(usable, false, { method: 'password' });
  }

  async secondFactorStep(mfaToken: string, code: string, ip: string): Promise<SignedInResult> {
    await this.limiter.consume(RATE_LIMITS.secondFactorPerIp, ip);
    const userId = await this.tokens.peek(mfaToken, 'mfa');
    if (!userId) throw mfaExpired();
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.disabledAt) throw mfaExpired();
    if (this.lockout.isLocked(user)) {
      await this.audit.record({ action: 'auth.second_factor', outcome: 'denied', actorId: user.id, actorRole: user.role, details: { reason: 'locked' } });
      throw invalidSecondFactor();
    }
    const compact = code.replace(/\s/g, '');
    const method = /^\d{6}$/.test(compact) ? 'totp' : 'recovery_code';
    const ok = method === 'totp' ? await this.totp.verify(user.id, compact) : await this.totp.useRecoveryCode(user.id, compact);
    if (!ok) {
      await this.recordFailure(user, 'auth.second_factor', `wrong_${method}`);
      throw invalidSecondFactor();
    }
    if (!(await this.tokens.consume(mfaToken, 'mfa'))) throw mfaExpired();
    return this.openSession(user, true, { method });
  }

  /** A session for a user who passed every required step; audited as the successful sign-in. */
  async openSession(user: { id: string; role: Role }, mfaVerified: boolean, details: Record<string, unknown>): Promise<SignedInResult> {
    await this.lockout.clear(user.id);
    const { session, refreshToken } = await this.sessions.create(user.id, mfaVerified);
    await this.audit.record({ action: 'auth.sign_in', actorId: user.id, actorRole: user.role, targetType: 'session', targetId: session.id, details: { ...details, step: 'complete' } });
    const view = await loadUserView(this.dataSource, user.id);
    if (!view) throw invalidCredentials();
    return { kind: 'signed-in', accessToken: this.accessTokens.sign(user.id, session.id), expiresIn: ACCESS_TOKEN_TTL_SECONDS, user: view, refreshToken };
  }

  private async recordFailure(user: { id: string; role: Role }, action: string, reason: string): Promise<void> {
    const locked = await this.lockout.registerFailure(user.id);
    await this.audit.record({ action, outcome: 'failure', actorId: user.id, actorRole: user.role, details: { reason } });
    if (locked) await this.audit.record({ action: 'auth.lockout', outcome: 'denied', actorId: user.id, actorRole: user.role, targetType: 'user', targetId: user.id });
  }
}
