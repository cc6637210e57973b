import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROPOSAL_KINDS, type ProposalKind } from '@ponte/domain';
import { SHORTLIST_SOURCES, type ShortlistSource } from '@ponte/persistence';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';
import { NormalisedFreeText } from '../../profiles/profile-free-text';
import type * as contract from '@ponte/contracts';

export const SHORTLIST_NOTE_MAX = 2000;

export class AddToShortlistDto {
  @ApiProperty({ enum: PROPOSAL_KINDS })
  @IsIn(PROPOSAL_KINDS)
  kind!: ProposalKind;

  @ApiProperty({ format: 'uuid', description: 'The offer or course id' })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ enum: SHORTLIST_SOURCES, description: 'Where the counsellor found it: her matches or the catalogue search' })
  @IsIn(SHORTLIST_SOURCES)
  source!: ShortlistSource;

  @ApiPropertyOptional({ maxLength: SHORTLIST_NOTE_MAX, description: 'Private to the network; normalised, scanned for identifiers; encrypted at rest' })
  @IsOptional()
  @NormalisedFreeText()
  @IsString()
  @MaxLength(SHORTLIST_NOTE_MAX)
  note?: string;
}

export class ShortlistQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_KINDS })
  @IsOptional()
  @IsIn(PROPOSAL_KINDS)
  kind?: ProposalKind;
}

export class ShortlistTargetView implements contract.Served<contract.ShortlistEntry['target']> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ description: 'draft | published | closed' }) status!: string;
  @ApiProperty() deadline!: string;
}

export class ShortlistEntryView implements contract.Served<contract.ShortlistEntry> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ type: ShortlistTargetView }) target!: ShortlistTargetView;
  @ApiProperty({ enum: SHORTLIST_SOURCES }) source!: ShortlistSource;
  @ApiProperty({ nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The live (not withdrawn) proposal made from this entry, if any' })
  proposalId!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty() createdAt!: Date;
}

/** What POST answers: ids only, since idempotent POST answers may be stored (never the note). */
export class ShortlistCreatedView implements contract.ShortlistCreated {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: ProposalKind;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
}

export class ShortlistPage implements contract.Served<contract.ShortlistPage> {
  @ApiProperty({ type: [ShortlistEntryView] }) items!: ShortlistEntryView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
