import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type OrganisationKind } from '@ponte/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../auth/passwords.service';

export class ContactDto {
  @ApiProperty({ example: 'Giulia Bianchi', description: 'Contact person of the organisation (not of a woman)' })
  @IsString()
  @MinLength(2) @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'hr@acme.example' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ example: '+39 02 1234567' }) @IsOptional() @IsString() @MaxLength(30) phone?: string;
}

export class AdminAccountDto {
  @ApiProperty({ example: 'hr@acme.example' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ example: 'Ufficio HR' }) @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
}

/** Fields an organisation can edit after registration (identity fields stay with vetting). */
export class OrganisationEditableDto {
  @ApiProperty({ example: '62.01', description: 'ATECO 2007/2025 code' }) @IsString() @MaxLength(10) atecoCode!: string;
  @ApiProperty({ example: '015146', description: 'ISTAT code of the seat comune' }) @IsString() @Matches(/^\d{6}$/) seatComune!: string;
  // @IsObject: @ValidateNested alone lets a missing object through (it was a 500 further on).
  @ApiProperty({ type: ContactDto }) @IsObject() @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;
  @ApiPropertyOptional({ description: 'Regional accreditation number; required for training bodies' })
  @IsOptional()
  @IsString()
  @MinLength(1) @MaxLength(60)
  accreditationNumber?: string;
}

export class OrganisationRegistrationDto extends OrganisationEditableDto {
  @ApiProperty({ enum: ORGANISATION_KINDS }) @IsIn(ORGANISATION_KINDS) kind!: OrganisationKind;
  @ApiProperty({ example: 'Acme Servizi S.r.l.' }) @IsString() @MinLength(2) @MaxLength(200) legalName!: string;
  @ApiPropertyOptional({ example: '01234567897', description: 'Partita IVA (11 digits, checksum verified; "IT" prefix allowed)' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  vatNumber?: string;
  @ApiPropertyOptional({ example: '97012345678', description: 'Codice fiscale of the organisation (11 digits), e.g. for unions without a partita IVA' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  taxCode?: string;
  @ApiProperty({ description: 'The organisation declares a policy against violence and harassment at work (ILO C190); must be true' })
  @IsBoolean()
  antiHarassmentDeclaration!: boolean;
  @ApiProperty({ type: AdminAccountDto, description: 'Its first partner administrator' })
  @IsObject()
  @ValidateNested()
  @Type(() => AdminAccountDto)
  admin!: AdminAccountDto;
  @ApiPropertyOptional({ enum: ['it', 'en'], default: 'it' }) @IsOptional() @IsIn(['it', 'en']) language?: 'it' | 'en';
}

export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
  @ApiProperty({ format: 'uuid' }) adminUserId!: string;
}
