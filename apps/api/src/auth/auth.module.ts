import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AccountStatusService } from './account-status.service';
import { AuthController } from './auth.controller';
import { InvitationsService } from './invitations.service';
import { LockoutService } from './lockout.service';
import { MfaController } from './mfa.controller';
import { MfaEnrolmentService } from './mfa-enrolment.service';
import { OneTimeTokens } from './one-time-tokens.service';
import { PasswordController } from './password.controller';
import { PasswordTokensService } from './password-tokens.service';
import { PasswordsService } from './passwords.service';
import { RateLimiter } from './rate-limiter.service';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { TotpService } from './totp.service';

/** Sign-in flows (password, TOTP, refresh, sign-out, reset, invitations); the guard lives in AuthCoreModule. */
@Module({
  imports: [MailModule],
  controllers: [AuthController, MfaController, PasswordController],
  providers: [
    PasswordsService,
    OneTimeTokens,
    RateLimiter,
    LockoutService,
    TotpService,
    SessionsService,
    SignInService,
    SessionLifecycleService,
    MfaEnrolmentService,
    PasswordTokensService,
    InvitationsService,
    AccountStatusService,
  ],
  exports: [PasswordsService, RateLimiter, SessionsService, InvitationsService, AccountStatusService, TotpService],
})
export class AuthModule {}
