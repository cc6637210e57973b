import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUEUES, type QueueName } from '@ponte/jobs';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import type { FailedJob } from '@ponte/contracts';

export const QUEUE_NAMES = Object.values(QUEUES) as QueueName[];

export class FailedJobsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: QUEUE_NAMES, description: 'One queue; omitted: every queue, newest failure first' })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;
}

export class FailedJobDto implements FailedJob {
  @ApiProperty({ enum: QUEUE_NAMES }) queue!: string;
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() maxAttempts!: number;
  @ApiProperty({ example: 'connection_refused', description: 'Kind of failure and the ids it named; never the original text' })
  failedReason!: string;
  @ApiProperty({ description: 'Short hash of the original message (same hash, same failure)' }) reasonDigest!: string;
  @ApiProperty({ type: Object, description: 'Data keys; values only when ids, numbers, flags, dates or codes (else null)' })
  data!: Record<string, string | number | boolean | null>;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) processedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) failedAt!: string | null;
}

export class FailedJobsPage {
  @ApiProperty({ type: [FailedJobDto] }) items!: FailedJobDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
