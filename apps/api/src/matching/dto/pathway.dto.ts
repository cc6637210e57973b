import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FilterReason } from '@ponte/matching';
import type { ReportedFilterReason } from '@ponte/persistence';
import { MATCHING_UNAVAILABLE, type MatchingUnavailable } from '@ponte/contracts';
import { ListingRef } from './match.dto';
import type * as contract from '@ponte/contracts';

export class PathwayView implements contract.Pathway {
  @ApiProperty({ type: ListingRef }) course!: ListingRef;
  @ApiProperty({ description: 'Essential skills of the target she lacks that the course teaches (ESCO URIs)' }) closes!: string[];
  @ApiProperty({ description: 'Target gaps still open after the course' }) remainingGaps!: string[];
  @ApiProperty({ description: 'The target reaches the reach threshold once the course is done' }) targetReachable!: boolean;
  @ApiProperty({ nullable: true }) km!: number | null;
  @ApiProperty() remote!: boolean;
  @ApiProperty() seats!: number;
  @ApiProperty({ type: [ListingRef], description: 'Offers open to her now, unreachable now, reachable after the course (best first, at most 10)' })
  reachableOffers!: ListingRef[];
  @ApiProperty({ description: 'How many offers the course makes reachable (as of the catalogue snapshot)' }) reachableCount!: number;
}

export class PathwaysView implements contract.Pathways {
  @ApiProperty({ example: { offerId: '…', filteredBy: null }, description: 'filteredBy: the hard filter that keeps the target offer from her (then no pathway)' })
  target!: { offerId?: string; occupation?: string; filteredBy: FilterReason | null };
  @ApiProperty({ description: 'Essential skills of the target she lacks' }) gaps!: string[];
  @ApiProperty({ type: [PathwayView], description: 'Ranked by gaps closed, distance, start date, seats' }) pathways!: PathwayView[];
  @ApiProperty({ description: 'Courses dropped per hard filter (diagnostics); exclusion areas and blocked organisations only within `unavailable`' })
  filteredCourses!: Partial<Record<ReportedFilterReason, number>>;
  @ApiPropertyOptional({ enum: MATCHING_UNAVAILABLE }) unavailable?: MatchingUnavailable;
}

export class SkillGapView implements contract.SkillGap {
  @ApiProperty({ description: 'ESCO skill URI' }) skill!: string;
  @ApiProperty({ description: 'Offers that become reachable with this one skill' }) unlocks!: number;
  @ApiProperty({ description: 'Offers that list it among the essential skills she lacks' }) helps!: number;
  @ApiProperty({ description: 'Unlocked offer ids, best first (open to her now; at most 10)' }) offers!: string[];
  @ApiProperty({ description: 'Courses teaching it, nearest first (open to her now; at most 5)' }) courses!: string[];
}

export class SkillGapsView implements contract.SkillGaps {
  @ApiProperty({ nullable: true, description: 'Share of essential skills held for an offer to count as reachable' }) reachThreshold!: number | null;
  @ApiProperty({ description: 'Offers passing her hard filters' }) passed!: number;
  @ApiProperty({ description: 'Of those, reachable now' }) reachable!: number;
  @ApiProperty({ type: [SkillGapView] }) gaps!: SkillGapView[];
  @ApiPropertyOptional({ enum: MATCHING_UNAVAILABLE }) unavailable?: MatchingUnavailable;
}
