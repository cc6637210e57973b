import { ApiProperty } from '@nestjs/swagger';
import type { Accommodation, AgeBand, CommuteMean, ContractType, Shift } from '@ponte/domain';
import { IsOptional, IsUUID } from 'class-validator';
import {
  AccommodationsField,
  AgeBandField,
  BlockedOrganisationsField,
  CommuteMeansField,
  ComuneField,
  ContractsField,
  CounsellorField,
  EarliestStartField,
  EqfField,
  ExclusionDto,
  ExclusionsField,
  LanguagesField,
  MaxCommuteField,
  NotesField,
  Present,
  ProfileLanguageDto,
  ProfileSkillDto,
  ShiftsField,
  SkillsField,
  TargetOccupationsField,
  WeeklyHoursField,
} from './profile-fields';
import type * as contract from '@ponte/contracts';

export class CreateProfileDto implements contract.CreateProfileBody {
  @ApiProperty({ required: false, format: 'uuid', description: 'One of the caller\'s networks; required when she has several.' })
  @IsOptional()
  @IsUUID()
  networkId?: string;

  @Present() @CounsellorField() counsellorId?: string;
  @AgeBandField(true) ageBand!: AgeBand;
  @ComuneField(true, 'ISTAT code of the home comune (never shown to partners)') homeComune!: string;
  @EqfField() eqfLevel?: number | null;
  @Present() @TargetOccupationsField() targetOccupations?: string[];
  @Present() @SkillsField() skills?: ProfileSkillDto[];
  @Present() @LanguagesField() languages?: ProfileLanguageDto[];
  @WeeklyHoursField(true) weeklyHours!: number;
  @ShiftsField(true) shifts!: Shift[];
  @EarliestStartField() earliestStart?: string | null;
  @MaxCommuteField(true) maxCommuteKm!: number;
  @Present() @CommuteMeansField() commuteMeans?: CommuteMean[];
  @Present() @ContractsField() contracts?: ContractType[];
  @Present() @AccommodationsField() accommodations?: Accommodation[];
  @NotesField() notes?: string | null;
  @Present() @ExclusionsField() exclusions?: ExclusionDto[];
  @Present() @BlockedOrganisationsField() blockedOrganisations?: string[];
}
