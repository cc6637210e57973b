import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../passwords.service';
import { UserView } from '../user-view';
import type * as contract from '@ponte/contracts';

export class LoginDto {
  @ApiProperty({ example: 'coordinatrice@ponte.demo' }) @IsString() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

export class SecondFactorDto {
  @ApiProperty() @IsString() @MaxLength(200) mfaToken!: string;
  @ApiProperty({ description: 'A 6-digit TOTP code or a recovery code (xxxxx-xxxxx)', example: '123456' })
  @IsString()
  @MinLength(6) @MaxLength(20)
  code!: string;
}

export class EnrolmentTokenDto {
  @ApiProperty() @IsString() @MaxLength(200) enrolmentToken!: string;
}

export class EnrolmentConfirmDto extends EnrolmentTokenDto {
  @ApiProperty({ example: '123456' }) @IsString() @MinLength(6) @MaxLength(6) code!: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' }) @IsString() @MinLength(6) @MaxLength(6) code!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
}

export class SetPasswordDto {
  @ApiProperty() @IsString() @MaxLength(200) token!: string;
  @ApiProperty({ minLength: 12, description: 'At least 12 characters, not containing the e-mail address' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class LanguageDto {
  @ApiPropertyOptional({ enum: ['it', 'en'], default: 'it' }) @IsOptional() @IsIn(['it', 'en']) language?: 'it' | 'en';
}

export class SignedInResponse implements contract.AuthSuccess {
  @ApiProperty({ description: 'Bearer token; the refresh token travels in the httpOnly cookie' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds' }) expiresIn!: number;
  @ApiProperty({ type: UserView }) user!: UserView;
}

/** The OpenAPI document's view of `contract.LoginResponse` (a union: a session or the next step). */
export class LoginResponse {
  @ApiPropertyOptional() accessToken?: string;
  @ApiPropertyOptional() expiresIn?: number;
  @ApiPropertyOptional({ type: UserView }) user?: UserView;
  @ApiPropertyOptional({ description: 'Send a TOTP or recovery code to /api/auth/login/totp with mfaToken' }) mfaRequired?: boolean;
  @ApiPropertyOptional() mfaToken?: string;
  @ApiPropertyOptional({ description: 'Enrol TOTP at /api/auth/mfa/enrolment with enrolmentToken' }) mfaEnrolmentRequired?: boolean;
  @ApiPropertyOptional() enrolmentToken?: string;
}

export class TotpEnrolmentResponse implements contract.TotpEnrolment {
  @ApiProperty({ example: 'otpauth://totp/Ponte:coordinatrice%40ponte.demo?secret=...&issuer=Ponte' }) otpauthUri!: string;
  @ApiProperty({ description: 'PNG data URL of the otpauth URI' }) qrCode!: string;
  @ApiProperty({ description: 'Base32 secret for manual entry' }) secret!: string;
}

export class EnrolmentConfirmResponse extends SignedInResponse implements contract.EnrolmentConfirmed {
  @ApiProperty({ type: String, isArray: true, description: 'Ten single-use recovery codes, shown once' }) recoveryCodes!: string[];
}

export class RecoveryCodesResponse implements contract.RecoveryCodes {
  @ApiProperty({ type: String, isArray: true }) recoveryCodes!: string[];
}
