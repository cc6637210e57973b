import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@ponte/persistence';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

/** A notification carries a kind and a link, never content: the portal renders the text from the kind. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ enum: ['proposal', 'profile'], description: 'profile: new matches for a profile of the counsellor' }) targetType!: 'proposal' | 'profile';
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ description: 'Path in the caller\'s portal', example: '/proposals/5c1e…' }) link!: string;
  @ApiPropertyOptional({ description: 'For a profile target: its pseudonym code (the only profile datum a notification shows)', example: 'MI-7QX4-92K' })
  pseudonymCode?: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true }) readAt!: Date | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView] }) items!: NotificationView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Unread notifications of the caller, whatever the filter' }) unread!: number;
}

export class MarkedRead {
  @ApiProperty() updated!: number;
}
