import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ACCOMMODATIONS, CONTRACT_TYPES, type Accommodation, type ContractType, type Shift, type WorkMode } from '@ponte/domain';
import { ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import {
  ComuneField,
  DateField,
  DescriptionField,
  EscoUriField,
  EscoUrisField,
  LanguageRequirementDto,
  LanguagesField,
  MinEqfField,
  SeatsField,
  ShiftsField,
  TitleField,
  WeeklyHoursField,
  WorkModeField,
} from '../../catalogue/dto/catalogue-fields';
import { CatalogueQuery } from '../../catalogue/dto/catalogue-query';

export class CreateOfferDto {
  @TitleField() title!: string;
  @DescriptionField() description!: string;
  @EscoUriField('ESCO occupation URI') occupationUri?: string | null;
  @EscoUrisField(1, 'Essential ESCO skill URIs') essentialSkills!: string[];
  @IsOptional() @EscoUrisField(0, 'Optional ESCO skill URIs') optionalSkills?: string[];
  @LanguagesField() languages?: LanguageRequirementDto[];
  @MinEqfField() minEqf?: number | null;
  @WorkModeField() workMode!: WorkMode;
  @ComuneField() comune?: string | null;
  @WeeklyHoursField(true) weeklyHours!: number;
  @ShiftsField() shifts!: Shift[];
  @ApiProperty({ enum: CONTRACT_TYPES }) @IsIn(CONTRACT_TYPES) contract!: ContractType;
  @SeatsField() seats!: number;
  @DateField(false, '2026-03-01') startDate?: string | null;
  @DateField(true, '2026-02-15') deadline!: string;
  @ApiPropertyOptional({ enum: ACCOMMODATIONS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ACCOMMODATIONS, { each: true })
  accommodations?: Accommodation[];
}

/** Any subset of the fields; on a published offer only some may change (see OFFER_PUBLISHED_EDITABLE). */
export class UpdateOfferDto extends PartialType(CreateOfferDto) {}

export class OfferQuery extends CatalogueQuery {}
