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
import type { Profile } from '@ponte/persistence';
import { ExclusionDto, ProfileLanguageDto, ProfileSkillDto } from './profile-fields';

export class SafetyConstraintsView {
  @ApiProperty({ type: [ExclusionDto] }) exclusions!: ExclusionDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) blockedOrganisations!: string[];
}

/** What a counsellor of the profile's network sees in a list. No notes, no free text. */
export class ProfileSummaryView {
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
export class ProfileView {
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

/** `profile` with its relations loaded; `notes` already decrypted. */
export function toProfileView(profile: Profile, notes: string | null): ProfileView {
  return {
    id: profile.id,
    pseudonymCode: profile.pseudonymCode,
    networkId: profile.networkId,
    counsellorId: profile.counsellorId,
    ageBand: profile.ageBand,
    homeComune: profile.homeComune,
    eqfLevel: profile.eqfLevel,
    targetOccupations: profile.targetOccupations,
    skills: [...profile.skills]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ uri: s.skillUri, level: s.level, acquiredThrough: s.acquiredThrough, comment: s.comment })),
    languages: [...profile.languages].sort((a, b) => a.language.localeCompare(b.language)).map((l) => ({ code: l.language, cefr: l.cefr })),
    weeklyHours: profile.weeklyHours,
    shifts: profile.shifts,
    earliestStart: profile.earliestStart,
    maxCommuteKm: profile.maxCommuteKm,
    commuteMeans: profile.commuteMeans,
    contracts: profile.contractPreferences,
    accommodations: profile.accommodations,
    notes,
    safety: {
      exclusions: [...profile.exclusions].sort((a, b) => a.comune.localeCompare(b.comune)).map((e) => ({ comune: e.comune, radiusKm: e.radiusKm })),
      blockedOrganisations: profile.blockedOrganisations.map((b) => b.organisationId).sort(),
    },
    status: profile.status,
    archivedAt: profile.archivedAt,
    lastActivityAt: profile.lastActivityAt,
    version: profile.version,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}
