import { Body, Controller, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientIp } from './auth.controller';
import { CurrentPrincipal } from './decorators';
import { EnrolmentConfirmDto, EnrolmentConfirmResponse, EnrolmentTokenDto, RecoveryCodesResponse, TotpCodeDto, TotpEnrolmentResponse } from './dto/auth.dto';
import { MfaEnrolmentService } from './mfa-enrolment.service';
import type { Principal } from '../common/context/principal';
import { Public } from './public.decorator';
import { setRefreshCookie } from './refresh-cookie';
import { Post } from '../common/idempotency/post.decorator';

/**
 * TOTP enrolment. During sign-in: `POST mfa/enrolment` (QR code) then `POST mfa/enrolment/confirm`
 * (first code → session + recovery codes). Signed in: `POST me/totp` and `POST me/totp/confirm`.
 */
@ApiTags('auth')
@Controller('auth')
export class MfaController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly enrolment: MfaEnrolmentService,
  ) {}

  @Public()
  @Post('mfa/enrolment')
  @HttpCode(200)
  @ApiOkResponse({ type: TotpEnrolmentResponse })
  start(@Body() dto: EnrolmentTokenDto, @Req() req: FastifyRequest): Promise<TotpEnrolmentResponse> {
    return this.enrolment.startWithToken(dto.enrolmentToken, clientIp(req));
  }

  @Public()
  @Post('mfa/enrolment/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentConfirmResponse })
  async confirm(@Body() dto: EnrolmentConfirmDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<EnrolmentConfirmResponse> {
    const result = await this.enrolment.confirmWithToken(dto.enrolmentToken, dto.code, clientIp(req));
    setRefreshCookie(res, this.config, result.refreshToken);
    return { accessToken: result.accessToken, expiresIn: result.expiresIn, user: result.user, recoveryCodes: result.recoveryCodes };
  }

  @Post('me/totp')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: TotpEnrolmentResponse })
  startForMe(@CurrentPrincipal() principal: Principal): Promise<TotpEnrolmentResponse> {
    return this.enrolment.startForUser(principal.userId);
  }

  @Post('me/totp/confirm')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: RecoveryCodesResponse })
  async confirmForMe(@CurrentPrincipal() principal: Principal, @Body() dto: TotpCodeDto): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: await this.enrolment.confirmForUser(principal.userId, dto.code) };
  }
}
