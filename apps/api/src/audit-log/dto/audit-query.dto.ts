import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { AUDIT_OUTCOMES, type AuditOutcome } from '@ponte/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import type * as contract from '@ponte/contracts';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ description: 'Exact action (`auth.sign_in`) or a prefix ending in `.` (`auth.`)', example: 'organisation.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_.]{1,80}$/)
  action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() networkId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES }) @IsOptional() @IsIn(AUDIT_OUTCOMES) outcome?: AuditOutcome;
  @ApiPropertyOptional({ description: 'Inclusive, ISO 8601' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ description: 'Exclusive, ISO 8601' }) @IsOptional() @IsISO8601() to?: string;
}

/** The same filters without pagination: the export streams everything that matches. */
export class AuditExportQuery extends OmitType(AuditQuery, ['page', 'pageSize'] as const) {}

export class AuditEntryView implements contract.Served<contract.AuditEntry> {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome!: AuditOutcome;
  @ApiProperty({ type: String, nullable: true }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: String, nullable: true }) networkId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: Object }) details!: Record<string, unknown>;
}
