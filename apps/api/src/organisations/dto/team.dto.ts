import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_ROLES, ROLES, type PartnerRole, type Role } from '@ponte/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type * as contract from '@ponte/contracts';

export class TeamInvitationDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ example: 'Ufficio selezione' }) @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @ApiProperty({ enum: PARTNER_ROLES }) @IsIn(PARTNER_ROLES) role!: PartnerRole;
  @ApiPropertyOptional({ enum: ['it', 'en'], default: 'it' }) @IsOptional() @IsIn(['it', 'en']) language?: 'it' | 'en';
}

/** An account as its managers see it (coordinators for staff, partner admins for their colleagues). */
export class AccountView implements contract.Served<contract.Account> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Invited and not yet signed up (no password chosen)' }) invitationPending!: boolean;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ format: 'uuid', isArray: true, type: String }) networkIds!: string[];
  @ApiProperty() createdAt!: Date;
}
