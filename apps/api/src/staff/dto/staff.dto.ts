import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';

export const STAFF_ROLES = ['coordinator', 'counsellor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export class StaffInvitationDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ example: 'Sportello Sesto' }) @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @ApiProperty({ enum: STAFF_ROLES }) @IsIn(STAFF_ROLES) role!: StaffRole;
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Required (≥ 1) for counsellors; empty for coordinators' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  networkIds?: string[];
  @ApiPropertyOptional({ enum: ['it', 'en'], default: 'it' }) @IsOptional() @IsIn(['it', 'en']) language?: 'it' | 'en';
}

export class UpdateStaffDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(120) displayName?: string;
  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  networkIds?: string[];
}

export class StaffQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES }) @IsOptional() @IsIn(STAFF_ROLES) role?: StaffRole;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() networkId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) active?: 'true' | 'false';
}

