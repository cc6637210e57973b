import { Injectable } from '@nestjs/common';
import { User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { OneTimeTokens } from './one-time-tokens.service';
import { RATE_LIMITS, RateLimiter } from './rate-limiter.service';
import { SignedInResult, SignInService } from './sign-in.service';
import { TotpEnrolment, TotpService } from './totp.service';

const enrolmentExpired = () => new ProblemException({ status: 401, type: 'mfa-expired' });
const wrongCode = () => validationProblem([{ field: 'code', code: 'totpCodeInvalid' }]);

/**
 * TOTP enrolment, in two forms: during sign-in (a coordinator or counsellor without TOTP gets
 * an enrolment token after the password, and the confirmation opens the session), and for a
 * signed-in user re-keying or (partners) opting in.
 */
@Injectable()
export class MfaEnrolmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokens,
    private readonly totp: TotpService,
    private readonly signIn: SignInService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async startWithToken(enrolmentToken: string, ip: string): Promise<TotpEnrolment> {
    await this.limiter.consume(RATE_LIMITS.tokenUsePerIp, ip);
    const user = await this.userOfToken(enrolmentToken);
    return this.totp.start(user.id, user.email);
  }

  async confirmWithToken(enrolmentToken: string, code: string, ip: string): Promise<SignedInResult & { recoveryCodes: string[] }> {
    await this.limiter.consume(RATE_LIMITS.tokenUsePerIp, ip);
    const user = await this.userOfToken(enrolmentToken);
    const recoveryCodes = await this.dataSource.transaction(async (manager) => {
      const codes = await this.totp.confirm(user.id, code, manager);
      if (!codes) throw wrongCode();
      if (!(await this.tokens.consume(enrolmentToken, 'mfa_enrolment', manager))) throw enrolmentExpired();
      await this.audit.record({ action: 'auth.totp_enrolled', actorId: user.id, actorRole: user.role, targetType: 'user', targetId: user.id }, manager);
      return codes;
    });
    return { ...(await this.signIn.openSession(user, true, { method: 'totp_enrolment' })), recoveryCodes };
  }

  async startForUser(userId: string): Promise<TotpEnrolment> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    return this.totp.start(user.id, user.email);
  }

  async confirmForUser(userId: string, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const codes = await this.totp.confirm(userId, code, manager);
      if (!codes) throw wrongCode();
      await this.audit.record({ action: 'auth.totp_enrolled', targetType: 'user', targetId: userId }, manager);
      return codes;
    });
  }

  private async userOfToken(enrolmentToken: string): Promise<User> {
    const userId = await this.tokens.peek(enrolmentToken, 'mfa_enrolment');
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user || user.disabledAt) throw enrolmentExpired();
    return user;
  }
}
