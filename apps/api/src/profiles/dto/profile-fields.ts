import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  ACCOMMODATIONS,
  AGE_BANDS,
  CEFR_LEVELS,
  COMMUTE_MEANS,
  CONTRACT_TYPES,
  SHIFTS,
  SKILL_ACQUISITIONS,
  SKILL_LEVELS,
  START_DATE_WINDOW,
  isPlausibleStartDate,
  type CefrLevel,
  type SkillAcquisition,
  type SkillLevel,
} from '@ponte/domain';
import { Type } from 'class-transformer';
import { NormalisedFreeText } from '../profile-free-text';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type * as contract from '@ponte/contracts';

/**
 * Field decorators shared by the create and update bodies, so both validate alike. `required`
 * only feeds the OpenAPI document; presence is enforced by the body class (`Present`/`IsOptional`).
 */

export const ESCO_SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
export const ESCO_OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
export const ISTAT_CODE = /^[0-9]{6}$/;
export const MAX_NOTES_LENGTH = 5000;
export const MAX_COMMENT_LENGTH = 500;

/** Optional, but when sent it must be valid: `null` is refused (unlike `@IsOptional()`). */
export const Present = () => ValidateIf((_: unknown, value: unknown) => value !== undefined);

const enumList = (values: readonly string[], required: boolean, min = 0) =>
  applyDecorators(
    ApiProperty({ enum: values, isArray: true, required }),
    IsArray(),
    ArrayMinSize(min),
    ArrayUnique(),
    IsIn(values, { each: true }),
  );

export const AgeBandField = (required: boolean) => applyDecorators(ApiProperty({ enum: AGE_BANDS, required }), IsIn(AGE_BANDS));
export const ComuneField = (required: boolean, description?: string) =>
  applyDecorators(ApiProperty({ example: '015146', description, required }), IsString(), Matches(ISTAT_CODE));
export const EqfField = () =>
  applyDecorators(ApiProperty({ minimum: 1, maximum: 8, nullable: true, required: false }), IsOptional(), IsInt(), Min(1), Max(8));
export const WeeklyHoursField = (required: boolean) =>
  applyDecorators(ApiProperty({ minimum: 1, maximum: 60, required }), IsInt(), Min(1), Max(60));
export const ShiftsField = (required: boolean) => enumList(SHIFTS, required, 1);
export const EarliestStartField = () =>
  applyDecorators(
    ApiProperty({
      example: '2026-01-15',
      nullable: true,
      required: false,
      description: `YYYY-MM-DD, from ${START_DATE_WINDOW.pastDays} days ago to ${START_DATE_WINDOW.futureDays} days ahead (a wider date could carry a birth date onto the card)`,
    }),
    IsOptional(),
    IsISO8601({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    ValidateBy({ name: 'plausibleStart', validator: { validate: (value: unknown) => typeof value !== 'string' || isPlausibleStartDate(value) } }),
  );
export const MaxCommuteField = (required: boolean) =>
  applyDecorators(ApiProperty({ minimum: 0, maximum: 300, required }), IsInt(), Min(0), Max(300));
export const CommuteMeansField = () => enumList(COMMUTE_MEANS, false);
export const ContractsField = () => enumList(CONTRACT_TYPES, false);
export const AccommodationsField = () => enumList(ACCOMMODATIONS, false);
export const TargetOccupationsField = () =>
  applyDecorators(
    ApiProperty({ type: [String], required: false, example: ['http://data.europa.eu/esco/occupation/…'] }),
    IsArray(),
    ArrayMaxSize(20),
    ArrayUnique(),
    Matches(ESCO_OCCUPATION_URI, { each: true }),
  );
export const NotesField = () =>
  applyDecorators(
    ApiProperty({
      required: false,
      nullable: true,
      maxLength: MAX_NOTES_LENGTH,
      description: 'Counsellor notes: normalised, scanned for identifiers, encrypted at rest, shown only to counsellors of the network.',
    }),
    IsOptional(),
    NormalisedFreeText(),
    IsString(),
    MaxLength(MAX_NOTES_LENGTH),
  );
export const CounsellorField = () =>
  applyDecorators(ApiProperty({ required: false, format: 'uuid', description: 'Defaults to the caller.' }), IsUUID());

export class ProfileSkillDto implements contract.ProfileSkill {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/…' })
  @IsString()
  @Matches(ESCO_SKILL_URI)
  uri!: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS)
  level!: SkillLevel;

  @ApiProperty({ enum: SKILL_ACQUISITIONS, isArray: true, description: 'work, training, unpaid and care work, volunteering' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SKILL_ACQUISITIONS, { each: true })
  acquiredThrough!: SkillAcquisition[];

  @ApiProperty({ required: false, nullable: true, maxLength: MAX_COMMENT_LENGTH, description: 'Free text: normalised, scanned for identifiers, encrypted at rest.' })
  @IsOptional()
  @NormalisedFreeText()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string | null;
}

export class ProfileLanguageDto implements contract.ProfileLanguage {
  @ApiProperty({ example: 'it', description: 'ISO 639-1 (or 639-3) code' })
  @IsString()
  @Matches(/^[a-z]{2,3}$/)
  code!: string;

  @ApiProperty({ enum: CEFR_LEVELS })
  @IsIn(CEFR_LEVELS)
  cefr!: CefrLevel;
}

export class ExclusionDto implements contract.Exclusion {
  @ApiProperty({ example: '015146' })
  @IsString()
  @Matches(ISTAT_CODE)
  comune!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 5 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  radiusKm!: number;
}

/** `IsObject` first: an element that is itself an array would pass `ValidateNested` item by item. */
export const SkillsField = () =>
  applyDecorators(
    ApiProperty({ type: [ProfileSkillDto], required: false }),
    IsArray(),
    ArrayMaxSize(100),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => ProfileSkillDto),
  );
export const LanguagesField = () =>
  applyDecorators(
    ApiProperty({ type: [ProfileLanguageDto], required: false }),
    IsArray(),
    ArrayMaxSize(20),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => ProfileLanguageDto),
  );
export const ExclusionsField = () =>
  applyDecorators(
    ApiProperty({ type: [ExclusionDto], required: false, description: 'Safety: no offer within radiusKm of these comuni' }),
    IsArray(),
    ArrayMaxSize(50),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => ExclusionDto),
  );
export const BlockedOrganisationsField = () =>
  applyDecorators(
    ApiProperty({ type: [String], format: 'uuid', required: false, description: 'Safety: never match or propose to these organisations' }),
    IsArray(),
    ArrayMaxSize(200),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
