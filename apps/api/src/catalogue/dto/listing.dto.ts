import type { Shift, WorkMode } from '@ponte/domain';
import {
  ComuneField,
  DateField,
  DescriptionField,
  LanguageRequirementDto,
  LanguagesField,
  MinEqfField,
  SeatsField,
  ShiftsField,
  TitleField,
  WorkModeField,
} from './catalogue-fields';

/**
 * The fields an offer and a course share, with the same rules: each kind's create DTO extends it
 * and adds its own (skills, hours, dates, contract or cost).
 */
export abstract class ListingDto {
  @TitleField() title!: string;
  @DescriptionField() description!: string;
  @LanguagesField() languages?: LanguageRequirementDto[];
  @MinEqfField() minEqf?: number | null;
  @WorkModeField() workMode!: WorkMode;
  @ComuneField() comune?: string | null;
  @ShiftsField() shifts!: Shift[];
  @SeatsField() seats!: number;
  @DateField(true, '2026-02-15') deadline!: string;
}
