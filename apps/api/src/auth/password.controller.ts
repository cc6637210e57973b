import { Body, Controller, HttpCode, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { clientIp } from './auth.controller';
import { PasswordResetRequestDto, SetPasswordDto } from './dto/auth.dto';
import { PasswordTokensService } from './password-tokens.service';
import { Public } from './public.decorator';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('auth')
@Controller('auth')
export class PasswordController {
  constructor(private readonly passwordTokens: PasswordTokensService) {}

  /** Always 202, whether or not the address has an account. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse()
  async requestReset(@Body() dto: PasswordResetRequestDto, @Req() req: FastifyRequest): Promise<void> {
    await this.passwordTokens.requestReset(dto.email, clientIp(req));
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse()
  async confirmReset(@Body() dto: SetPasswordDto, @Req() req: FastifyRequest): Promise<void> {
    await this.passwordTokens.setPassword('password_reset', dto.token, dto.password, clientIp(req));
  }

  /** The invited user chooses a password; then signs in (staff then enrol TOTP). */
  @Public()
  @Post('invitations/accept')
  @HttpCode(204)
  @ApiNoContentResponse()
  async acceptInvitation(@Body() dto: SetPasswordDto, @Req() req: FastifyRequest): Promise<void> {
    await this.passwordTokens.setPassword('invitation', dto.token, dto.password, clientIp(req));
  }
}
