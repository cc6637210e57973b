import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROPOSAL_STATES, type ProposalState } from '@ponte/domain';
import { NOTIFICATION_KINDS, type NotificationKind } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';
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

/**
 * A notification (or a group of repeats: same kind, same target) carries a kind, a link and what
 * identifies the proposal to its reader: her code, the listing's title and the step. Never her
 * home comune, names or free text: the portal renders the sentence from these.
 */
export class NotificationView implements contract.Served<contract.PonteNotification> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ enum: ['proposal', 'profile'], description: 'profile: new matches for a profile of the counsellor' }) targetType!: 'proposal' | 'profile';
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ description: 'Path in the caller\'s portal', example: '/proposals/5c1e…' }) link!: string;
  @ApiPropertyOptional({ description: 'For a profile target: its pseudonym code (the only profile datum a notification shows)', example: 'MI-7QX4-92K' })
  pseudonymCode?: string | null;
  @ApiPropertyOptional({ description: 'For a proposal: the code the caller knows her by (partners: candidate code; staff: pseudonym code)', example: 'C-7QX4-92KF' })
  code?: string | null;
  @ApiPropertyOptional({ description: 'For a proposal: the title of its offer or course' }) title?: string | null;
  @ApiPropertyOptional({ enum: ['offer', 'course'] }) listingKind?: 'offer' | 'course' | null;
  @ApiPropertyOptional({ enum: PROPOSAL_STATES, description: 'For a proposal: the step the newest notification of the group announced' })
  step?: ProposalState | null;
  @ApiProperty({ description: 'How many notifications of this kind about this target the item groups' }) count!: number;
  @ApiProperty({ description: 'When the newest of the group was written' }) createdAt!: Date;
  @ApiProperty({ nullable: true, description: 'Null while any of the group is unread' }) readAt!: Date | null;
}

export class NotificationPage implements contract.Served<contract.NotificationPage> {
  @ApiProperty({ type: [NotificationView] }) items!: NotificationView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Unread items (groups) of the caller, whatever the filter' }) unread!: number;
}

export class MarkedRead implements contract.MarkedRead {
  @ApiProperty() updated!: number;
}
