import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export const MAX_SUGGESTIONS = 50;
export const MAX_LOOKUP_URIS = 200;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Autocomplete: the text typed so far, an optional label language, how many suggestions. */
export class SuggestQuery {
  @ApiProperty({ example: 'saldat', minLength: 1, maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ example: 'it', description: 'Label language (ISO 639-1); default: Accept-Language, then Italian' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/)
  lang?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SUGGESTIONS, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  limit = 10;
}

/** Comuni: `q` is optional (no text lists them all, by name). */
export class ComuneQuery {
  @ApiPropertyOptional({ example: 'Cernusco', maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 10;
}

export class LanguageQuery {
  @ApiPropertyOptional({ example: 'it' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/)
  lang?: string;
}

export class ConceptLookupDto {
  @ApiProperty({ type: [String], example: ['http://data.europa.eu/esco/skill/...'], maxItems: MAX_LOOKUP_URIS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOOKUP_URIS)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  uris!: string[];

  @ApiPropertyOptional({ example: 'it' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/)
  lang?: string;
}
