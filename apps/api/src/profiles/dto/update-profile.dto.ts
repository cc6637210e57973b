import { ApiProperty } from '@nestjs/swagger';
import { PROFILE_STATUSES, type Accommodation, type AgeBand, type CommuteMean, type ContractType, type ProfileStatus, type Shift } from '@ponte/domain';
import { IsIn } from 'class-validator';
import {
  AccommodationsField,
  AgeBandField,
  CommuteMeansField,
  ComuneField,
  ContractsField,
  CounsellorField,
  EarliestStartField,
  EqfField,
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

/**
 * Partial update: an absent field is unchanged; lists (skills, languages…) are replaced whole;
 * `null` clears the nullable ones (eqfLevel, earliestStart, notes). Safety constraints have
 * their own endpoint (PUT /profiles/:id/safety).
 */
export class UpdateProfileDto implements contract.ProfileUpdate {
  @Present() @CounsellorField() counsellorId?: string;
  @Present() @AgeBandField(false) ageBand?: AgeBand;
  @Present() @ComuneField(false) homeComune?: string;
  @EqfField() eqfLevel?: number | null;
  @Present() @TargetOccupationsField() targetOccupations?: string[];
  @Present() @SkillsField() skills?: ProfileSkillDto[];
  @Present() @LanguagesField() languages?: ProfileLanguageDto[];
  @Present() @WeeklyHoursField(false) weeklyHours?: number;
  @Present() @ShiftsField(false) shifts?: Shift[];
  @EarliestStartField() earliestStart?: string | null;
  @Present() @MaxCommuteField(false) maxCommuteKm?: number;
  @Present() @CommuteMeansField() commuteMeans?: CommuteMean[];
  @Present() @ContractsField() contracts?: ContractType[];
  @Present() @AccommodationsField() accommodations?: Accommodation[];
  @NotesField() notes?: string | null;

  @ApiProperty({ enum: PROFILE_STATUSES, required: false })
  @Present()
  @IsIn(PROFILE_STATUSES)
  status?: ProfileStatus;
}
