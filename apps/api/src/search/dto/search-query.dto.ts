import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONTRACT_TYPES, ORGANISATION_KINDS, SHIFTS, WORK_MODES } from '@ponte/domain';
import { SEARCH_KINDS, SEARCH_SORTS, type SearchKind, type SearchSort } from '@ponte/search';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';

/** `?shift=morning&shift=evening` and `?shift=morning,evening` both give a list. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

const ListOf = (values: readonly string[]) => [
  ApiPropertyOptional({ enum: values, isArray: true, description: 'Repeat the parameter or separate with commas' }),
  IsOptional(),
  Transform(toList),
  IsArray(),
  ArrayMaxSize(values.length),
  IsIn(values, { each: true }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class SearchQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text: Italian stemming, accents and one typo tolerated', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @apply(ListOf(SEARCH_KINDS)) kind?: SearchKind[];
  @apply(ListOf(CONTRACT_TYPES)) contract?: string[];
  @apply(ListOf(SHIFTS)) shift?: string[];
  @apply(ListOf(WORK_MODES)) workMode?: string[];
  @apply(ListOf(ORGANISATION_KINDS)) organisationKind?: string[];

  @ApiPropertyOptional({ description: 'true: remote or hybrid only; false: on site only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'ESCO occupation URIs (any of)' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  occupation?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ESCO skill URIs (any of)' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  skill?: string[];

  @ApiPropertyOptional({ example: '015146', description: 'ISTAT code of the centre of the radius' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{6}$/)
  comune?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 15, description: 'Radius around `comune`, km' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(200)
  radiusKm?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: SearchSort = 'relevance';
}
