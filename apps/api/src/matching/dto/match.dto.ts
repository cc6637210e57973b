import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTRACT_TYPES, type ContractType } from '@ponte/domain';
import { FILTER_REASONS, type CourseExplanation, type FilterReason, type OfferExplanation } from '@ponte/matching';
import type { ReportedFilterReason } from '@ponte/persistence';
import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import { ESCO_OCCUPATION_URI, ISTAT_CODE } from '../../profiles/dto/profile-fields';
import { MATCH_KINDS, MATCHING_UNAVAILABLE, type MatchKind, type MatchingUnavailable } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';


/** `?contract=a,b` or `?contract=a&contract=b`. */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

export class MatchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MATCH_KINDS, default: 'offer' })
  @IsOptional()
  @IsIn(MATCH_KINDS)
  kind: MatchKind = 'offer';

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Only matches scoring at least this' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 300, description: 'Only listings within this many km of `comune` (default: her home comune); remote ones always pass' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(300)
  radiusKm?: number;

  @ApiPropertyOptional({ example: '015146', description: 'Centre of `radiusKm` (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE)
  comune?: string;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES, isArray: true, description: 'Offers only: one of these contracts' })
  @IsOptional()
  @Transform(toList)
  @ArrayUnique()
  @IsIn(CONTRACT_TYPES, { each: true })
  contract?: ContractType[];
}

export class PathwayQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The target offer (or give `occupation`)' })
  @IsOptional()
  @IsUUID()
  offerId?: string;

  @ApiPropertyOptional({ description: 'The target ESCO occupation URI (or give `offerId`)' })
  @IsOptional()
  @Matches(ESCO_OCCUPATION_URI)
  occupation?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;
}

export class SkillGapQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;
}


export class ListingRef implements contract.ListingRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: { id: '…', name: 'Cooperativa Sociale Aurora' } }) organisation!: { id: string; name: string };
  @ApiProperty({ nullable: true, example: '015209' }) comune!: string | null;
  @ApiProperty({ enum: ['on_site', 'remote', 'hybrid'] }) workMode!: string;
  @ApiProperty({ example: '2026-03-31' }) deadline!: string;
  @ApiPropertyOptional({ enum: CONTRACT_TYPES, description: 'Offers' }) contract?: string;
  @ApiPropertyOptional({ description: 'Courses' }) startDate?: string;
}

export class MatchView implements contract.Match {
  @ApiProperty({ enum: MATCH_KINDS }) kind!: MatchKind;
  @ApiProperty({ description: '1-based position in her ranked list (after the filters)' }) rank!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ description: 'The engine explanation: points per component, skills with tier, missing essential skills, km, schedule…' })
  explanation!: OfferExplanation | CourseExplanation;
  @ApiProperty({ type: ListingRef }) listing!: ListingRef;
}

export class MatchPage implements contract.Served<contract.MatchPage> {
  @ApiProperty({ type: [MatchView] }) items!: MatchView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'The profile version the items were computed for (always the current one)' }) profileVersion!: number;
  @ApiProperty({ nullable: true }) computedAt!: Date | null;
  @ApiProperty({ description: 'Some stored results are outdated (profile or listing changed since): they are left out' }) stale!: boolean;
  @ApiProperty({ description: 'A recomputation was queued; ask again shortly' }) recomputing!: boolean;
  @ApiPropertyOptional({ enum: MATCHING_UNAVAILABLE, description: 'Why she has no matches at all' }) unavailable?: MatchingUnavailable;
  @ApiProperty({
    description:
      'Offers and courses dropped by each hard filter in the last computation (diagnostics). Her exclusion areas and blocked organisations are never counted apart: with the listings not open, they make the one `unavailable` count',
    example: { beyond_commute: 120, schedule: 40, unavailable: 12 },
  })
  filtered!: Partial<Record<ReportedFilterReason, number>>;
}

export class WhyNotView implements contract.WhyNot {
  @ApiProperty({ format: 'uuid' }) offerId!: string;
  @ApiProperty({ description: 'Passes every hard filter for her' }) passed!: boolean;
  @ApiPropertyOptional({ enum: [...FILTER_REASONS, ...MATCHING_UNAVAILABLE], description: 'The first hard filter that removes it, or why she has no matches' })
  reason?: FilterReason | MatchingUnavailable;
  @ApiPropertyOptional() score?: number;
  @ApiPropertyOptional() explanation?: OfferExplanation;
  @ApiPropertyOptional({ description: 'Its position in her current list, when it is there' }) rank?: number;
  @ApiPropertyOptional({ description: 'Passes the filters but scores below the last of her stored matches' }) belowCut?: boolean;
}
