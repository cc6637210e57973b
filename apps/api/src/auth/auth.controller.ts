import { Body, Controller, Get, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem/problem';
import { CurrentPrincipal } from './decorators';
import { LoginDto, LoginResponse, SecondFactorDto, SignedInResponse } from './dto/auth.dto';
import type { Principal } from '../common/context/principal';
import { Public } from './public.decorator';
import { assertCsrfHeader, clearRefreshCookie, CSRF_HEADER, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SignedInResult, SignInService } from './sign-in.service';
import { loadUserView, UserView } from './user-view';
import { Post } from '../common/idempotency/post.decorator';
import type * as contract from '@ponte/contracts';

export const clientIp = (req: FastifyRequest) => req.ip;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly signIn: SignInService,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  /** Password step. Answers a session, or the next step: TOTP (`mfaRequired`) or TOTP enrolment (`mfaEnrolmentRequired`). */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<contract.LoginResponse> {
    const result = await this.signIn.passwordStep(dto.email, dto.password, clientIp(req));
    if (result.kind === 'mfa-required') return { mfaRequired: true, mfaToken: result.mfaToken, expiresIn: result.expiresIn };
    if (result.kind === 'mfa-enrolment-required') return { mfaEnrolmentRequired: true, enrolmentToken: result.enrolmentToken, expiresIn: result.expiresIn };
    return this.respond(result, res);
  }

  @Public()
  @Post('login/totp')
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInResponse })
  async secondFactor(@Body() dto: SecondFactorDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<SignedInResponse> {
    return this.respond(await this.signIn.secondFactorStep(dto.mfaToken, dto.code, clientIp(req)), res);
  }

  /** Rotates the refresh cookie; a reused (already rotated) one revokes the session. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'Must be 1' })
  @ApiOkResponse({ type: SignedInResponse })
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<SignedInResponse> {
    assertCsrfHeader(req);
    try {
      return this.respond(await this.lifecycle.refresh(readRefreshCookie(req)), res);
    } catch (error) {
      clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'Must be 1' })
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    assertCsrfHeader(req);
    const header = req.headers.authorization ?? '';
    await this.lifecycle.signOut(header.startsWith('Bearer ') ? header.slice(7).trim() : null, readRefreshCookie(req));
    clearRefreshCookie(res, this.config);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserView })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserView> {
    const view = await loadUserView(this.dataSource, principal.userId);
    if (!view) throw notFound();
    return view;
  }

  private respond(result: SignedInResult, res: FastifyReply): SignedInResponse {
    setRefreshCookie(res, this.config, result.refreshToken);
    return { accessToken: result.accessToken, expiresIn: result.expiresIn, user: result.user };
  }
}
