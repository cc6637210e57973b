import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { validationProblem } from '../common/problem/problem';
import { MailOutbox } from '../mail/mail-outbox.service';
import { portalLink } from '../mail/portal-links';
import { OneTimeTokens, TOKEN_TTL_SECONDS } from './one-time-tokens.service';
import { passwordProblems, PasswordsService } from './passwords.service';
import { RATE_LIMITS, RateLimiter } from './rate-limiter.service';
import { SessionsService } from './sessions.service';
import { EXPIRE_SIGN_IN_TOKENS_SQL, SET_PASSWORD_SQL } from './password-tokens.sql';

export type PasswordTokenPurpose = 'password_reset' | 'invitation';

const tokenInvalid = () => validationProblem([{ field: 'token', code: 'tokenInvalidOrExpired' }]);

/** Password reset by e-mail, and choosing the first password from an invitation: both spend a one-time token. */
@Injectable()
export class PasswordTokensService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: OneTimeTokens,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  /** Always succeeds from the caller's point of view: whether the account exists is never revealed. */
  async requestReset(email: string, ip: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.limiter.consume(RATE_LIMITS.resetPerIp, ip);
    await this.limiter.consume(RATE_LIMITS.resetPerEmail, address);
    const user = await this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.email) = :address', { address }).andWhere('u.disabled_at IS NULL').getOne();
    if (!user) {
      await this.audit.record({ action: 'auth.password_reset_requested', outcome: 'failure', actorId: null, actorRole: null, details: { reason: 'unknown_account' } });
      return;
    }
    const outboxId = await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.issue(user.id, 'password_reset', manager);
      await this.audit.record({ action: 'auth.password_reset_requested', actorId: user.id, actorRole: user.role, targetType: 'user', targetId: user.id }, manager);
      return this.outbox.enqueue(manager, {
        to: user.email,
        template: 'password-reset',
        language: user.preferredLanguage,
        params: { link: portalLink(this.config, user.role, 'reset-password', { token }), minutes: TOKEN_TTL_SECONDS.password_reset / 60 },
      });
    });
    await this.outbox.dispatch(outboxId);
  }

  /**
   * Sets the password with a reset or invitation token: works once, ends every session of the
   * account and voids its other pending sign-in tokens.
   */
  async setPassword(purpose: PasswordTokenPurpose, token: string, password: string, ip: string): Promise<void> {
    await this.limiter.consume(RATE_LIMITS.tokenUsePerIp, ip);
    const userId = await this.tokens.peek(token, purpose);
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user || user.disabledAt) throw tokenInvalid();
    const problems = passwordProblems(password, user.email);
    if (problems.length) throw validationProblem(problems);
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.tokens.consume(token, purpose, manager))) throw tokenInvalid();
      await manager.query(
        SET_PASSWORD_SQL,
        [user.id, passwordHash],
      );
      await manager.query(EXPIRE_SIGN_IN_TOKENS_SQL, [user.id]);
      await this.sessions.revokeAll(user.id, manager);
      const action = purpose === 'invitation' ? 'auth.invitation_accepted' : 'auth.password_reset';
      await this.audit.record({ action, actorId: user.id, actorRole: user.role, targetType: 'user', targetId: user.id, organisationId: user.organisationId }, manager);
    });
  }
}
