import { ApiProperty } from '@nestjs/swagger';
import {
  ACCOMMODATIONS,
  AGE_BANDS,
  COMMUTE_MEANS,
  CONTRACT_TYPES,
  PROFILE_STATUSES,
  SHIFTS,
  type Accommodation,
  type AgeBand,
  type CommuteMean,
  type ContractType,
  type ProfileStatus,
  type Shift,
} from '@ponte/domain';
import type { ProfileDetailRow } from '../profile-detail.sql';
import type { ProfileNotesService } from '../profile-notes.service';
import { ExclusionDto, ProfileLanguageDto, ProfileSkillDto } from './profile-fields';
import type * as contract from '@ponte/contracts';

export class SafetyConstraintsView implements contract.SafetyConstraints {
  @ApiProperty({ type: [ExclusionDto] }) exclusions!: ExclusionDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) blockedOrganisations!: string[];
}

/** What a counsellor of the profile's network sees in a list. No notes, no free text. */
export class ProfileSummaryView implements contract.Served<contract.ProfileSummary> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MI-7QX4-92K' }) pseudonymCode!: string;
  @ApiProperty({ format: 'uuid' }) networkId!: string;
  @ApiProperty({ format: 'uuid' }) counsellorId!: string;
  @ApiProperty({ enum: AGE_BANDS }) ageBand!: AgeBand;
  @ApiProperty() homeComune!: string;
  @ApiProperty({ enum: PROFILE_STATUSES }) status!: ProfileStatus;
  @ApiProperty() skillCount!: number;
  @ApiProperty({ description: 'An active matching consent is on record' }) matchingConsent!: boolean;
  @ApiProperty() lastActivityAt!: Date;
  @ApiProperty() version!: number;
}

/** The full profile, for counsellors of its network only (notes decrypted). */
export class ProfileView implements contract.Served<contract.Profile> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MI-7QX4-92K' }) pseudonymCode!: string;
  @ApiProperty({ format: 'uuid' }) networkId!: string;
  @ApiProperty({ format: 'uuid' }) counsellorId!: string;
  @ApiProperty({ enum: AGE_BANDS }) ageBand!: AgeBand;
  @ApiProperty() homeComune!: string;
  @ApiProperty({ nullable: true }) eqfLevel!: number | null;
  @ApiProperty({ type: [String] }) targetOccupations!: string[];
  @ApiProperty({ type: [ProfileSkillDto] }) skills!: ProfileSkillDto[];
  @ApiProperty({ type: [ProfileLanguageDto] }) languages!: ProfileLanguageDto[];
  @ApiProperty() weeklyHours!: number;
  @ApiProperty({ enum: SHIFTS, isArray: true }) shifts!: Shift[];
  @ApiProperty({ nullable: true }) earliestStart!: string | null;
  @ApiProperty() maxCommuteKm!: number;
  @ApiProperty({ enum: COMMUTE_MEANS, isArray: true }) commuteMeans!: CommuteMean[];
  @ApiProperty({ enum: CONTRACT_TYPES, isArray: true }) contracts!: ContractType[];
  @ApiProperty({ enum: ACCOMMODATIONS, isArray: true }) accommodations!: Accommodation[];
  @ApiProperty({ nullable: true }) notes!: string | null;
  @ApiProperty({ type: SafetyConstraintsView }) safety!: SafetyConstraintsView;
  @ApiProperty({ enum: PROFILE_STATUSES }) status!: ProfileStatus;
  @ApiProperty({ nullable: true }) archivedAt!: Date | null;
  @ApiProperty() lastActivityAt!: Date;
  @ApiProperty({ description: 'Bumped by every change; matches are valid only for the current version' }) version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** The view of a profile read as one row; `open` decrypts its notes and comments. */
export function toProfileView(row: ProfileDetailRow, open: ProfileNotesService): ProfileView {
  return {
    id: row.id,
    pseudonymCode: row.pseudonymCode,
    networkId: row.networkId,
    counsellorId: row.counsellorId,
    ageBand: row.ageBand,
    homeComune: row.homeComune,
    eqfLevel: row.eqfLevel,
    targetOccupations: row.targetOccupations,
    skills: row.skills.map(({ commentEncrypted, ...skill }) => ({ ...skill, comment: open.openComment(row.id, skill.uri, commentEncrypted) })),
    languages: row.languages,
    weeklyHours: row.weeklyHours,
    shifts: row.shifts,
    earliestStart: row.earliestStart,
    maxCommuteKm: row.maxCommuteKm,
    commuteMeans: row.commuteMeans,
    contracts: row.contracts,
    accommodations: row.accommodations,
    notes: open.open(row.id, row.notesEncrypted),
    safety: { exclusions: row.exclusions, blockedOrganisations: row.blockedOrganisations },
    status: row.status,
    archivedAt: row.archivedAt,
    lastActivityAt: row.lastActivityAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
