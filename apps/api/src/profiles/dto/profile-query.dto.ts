import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROFILE_SORTS, type ProfileSort } from '@ponte/contracts';
import { PROFILE_STATUSES, type ProfileStatus } from '@ponte/domain';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import { ESCO_SKILL_URI, ISTAT_CODE } from './profile-fields';
import type * as contract from '@ponte/contracts';

/** `?status=active,paused` or `?status=active&status=paused`. */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** Filters of the caller's networks' profiles; never widens beyond them. */
export class ProfileQuery extends PageQuery implements contract.ProfileQuery {
  @ApiPropertyOptional({ enum: PROFILE_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @ArrayUnique()
  @IsIn(PROFILE_STATUSES, { each: true })
  status?: ProfileStatus[];

  @ApiPropertyOptional({ description: 'ESCO skill URI the profile has' })
  @IsOptional()
  @Matches(ESCO_SKILL_URI)
  skill?: string;

  @ApiPropertyOptional({ description: 'ISTAT code of the home comune' })
  @IsOptional()
  @Matches(ISTAT_CODE)
  comune?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of the caller\'s networks (default: all of them)' })
  @IsOptional()
  @IsUUID()
  networkId?: string;

  @ApiPropertyOptional({ description: 'Last activity on or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  lastActivityFrom?: string;

  @ApiPropertyOptional({ description: 'Last activity before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  lastActivityTo?: string;

  @ApiPropertyOptional({ description: 'Pseudonym code prefix; case, spaces and dashes do not matter (e.g. "mi 7q")' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9\s-]+$/)
  code?: string;

  @ApiPropertyOptional({ enum: PROFILE_SORTS, default: '-lastActivityAt' })
  @IsOptional()
  @IsIn(PROFILE_SORTS)
  sort: ProfileSort = '-lastActivityAt';
}
