import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_KINDS, ORGANISATION_STATUSES, type OrganisationKind, type OrganisationStatus } from '@ponte/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import type * as contract from '@ponte/contracts';

export class OrganisationDirectoryQuery {
  @ApiPropertyOptional({ description: 'Part of the legal name (accents and case ignored), or the start of the partita IVA or codice fiscale; required without `ids`', example: 'brianza' })
  @ValidateIf((o: OrganisationDirectoryQuery) => o.ids === undefined)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated ids: the names of organisations already blocked (any status)', example: '5c1e…,9a0b…' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ default: 20, maximum: 50 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

/** What a counsellor needs to recognise an employer to block: its name, kind, status and public identifiers. */
export class OrganisationDirectoryEntry implements contract.OrganisationDirectoryEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status!: OrganisationStatus;
  @ApiProperty({ type: String, nullable: true }) vatNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) taxCode!: string | null;
}
