import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMPUTATION_STATES, type RecomputationScope, type RecomputationState, type RecomputationView } from '@ponte/domain';
import { IsOptional, IsUUID } from 'class-validator';

/** What to recompute: every matchable profile, or the listings of one organisation. */
export class StartRecomputationRequest {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this vetted organisation's listings (against every profile); omitted: everything" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

class PartitionCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty({ description: 'Failed for good (listed among the failed jobs, where a retry runs them again)' }) failed!: number;
}

class ProfileCountsDto {
  @ApiProperty({ description: 'In the scope when it was planned' }) total!: number;
  @ApiProperty() done!: number;
}

export class RecomputationDto implements RecomputationView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: Object, example: { kind: 'all' }, description: "{ kind: 'all' } or { kind: 'organisation', organisationId }" }) scope!: RecomputationScope;
  @ApiProperty({ enum: RECOMPUTATION_STATES }) state!: RecomputationState;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: PartitionCountsDto }) partitions!: PartitionCountsDto;
  @ApiProperty({ type: ProfileCountsDto }) profiles!: ProfileCountsDto;
  @ApiProperty({ type: Number, nullable: true }) profilesPerSecond!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds left at the current rate; 0 once every partition is done' }) etaSeconds!: number | null;
  @ApiProperty({ description: 'Worker processes that ran a partition' }) workers!: number;
  @ApiProperty({ type: String, nullable: true }) startedAt!: string | null;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'Match rows written' }) stored!: number;
  @ApiProperty({ description: 'Match rows deleted' }) deleted!: number;
}

export class RecomputationList {
  @ApiProperty({ type: [RecomputationDto], description: 'Running ones first, then the most recent' }) items!: RecomputationDto[];
}
