import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ORGANISATION_KINDS, ORGANISATION_STATUSES, type OrganisationKind, type OrganisationStatus } from '@ponte/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import { OrganisationEditableDto } from './registration.dto';

export class OrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES }) @IsOptional() @IsIn(ORGANISATION_STATUSES) status?: OrganisationStatus;
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS }) @IsOptional() @IsIn(ORGANISATION_KINDS) kind?: OrganisationKind;
  @ApiPropertyOptional({ description: 'Part of the legal name or the partita IVA' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class UpdateOrganisationDto extends PartialType(OrganisationEditableDto) {}
