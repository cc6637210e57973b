import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CEFR_LEVELS, SHIFTS, WORK_MODES, type CefrLevel } from '@ponte/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Field decorators shared by offers and courses, create and update alike. */

export const MAX_URIS = 40;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class LanguageRequirementDto {
  @ApiProperty({ example: 'it', description: 'ISO 639-1 code' })
  @IsString()
  @Matches(/^[a-z]{2}$/)
  code!: string;

  @ApiProperty({ enum: CEFR_LEVELS, description: 'Minimum CEFR level required' })
  @IsIn(CEFR_LEVELS)
  cefr!: CefrLevel;
}

export const TitleField = () =>
  applyDecorators(ApiProperty({ minLength: 3, maxLength: 200, example: 'Addetta alla saldatura' }), IsString(), MinLength(3), MaxLength(200));
export const DescriptionField = () =>
  applyDecorators(ApiProperty({ minLength: 10, maxLength: 5000 }), IsString(), MinLength(10), MaxLength(5000));

/** ESCO URIs are checked against the reference tables (kind included) by the service. */
export const EscoUrisField = (min: number, description: string) =>
  applyDecorators(
    ApiProperty({ type: [String], description, required: min > 0, example: ['http://data.europa.eu/esco/skill/…'] }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(MAX_URIS),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(200, { each: true }),
  );
export const EscoUriField = (description: string) =>
  applyDecorators(ApiProperty({ description, required: false, nullable: true }), IsOptional(), IsString(), MaxLength(200));

export const LanguagesField = () =>
  applyDecorators(
    ApiProperty({ type: [LanguageRequirementDto], required: false }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10),
    ValidateNested({ each: true }),
    Type(() => LanguageRequirementDto),
  );
export const MinEqfField = () =>
  applyDecorators(ApiProperty({ minimum: 1, maximum: 8, required: false, nullable: true }), IsOptional(), IsInt(), Min(1), Max(8));
export const WorkModeField = () => applyDecorators(ApiProperty({ enum: WORK_MODES }), IsIn(WORK_MODES));
export const ComuneField = () =>
  applyDecorators(
    ApiProperty({ example: '015146', required: false, nullable: true, description: 'ISTAT code; required unless remote' }),
    IsOptional(),
    IsString(),
    Matches(/^[0-9]{6}$/),
  );
export const ShiftsField = () =>
  applyDecorators(ApiProperty({ enum: SHIFTS, isArray: true }), IsArray(), ArrayMinSize(1), ArrayUnique(), IsIn(SHIFTS, { each: true }));
export const WeeklyHoursField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 48, required }),
    ...(required ? [] : [IsOptional()]),
    IsInt(),
    Min(1),
    Max(48),
  );
export const SeatsField = () => applyDecorators(ApiProperty({ minimum: 1, maximum: 1000 }), IsInt(), Min(1), Max(1000));
export const DateField = (required: boolean, example: string) =>
  applyDecorators(
    ApiProperty({ example, required, nullable: !required, format: 'date' }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Matches(ISO_DATE),
    IsISO8601({ strict: true }),
  );
