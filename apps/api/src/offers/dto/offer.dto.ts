import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ACCOMMODATIONS, CONTRACT_TYPES, PUBLICATION_STATUSES, type Accommodation, type ContractType, type PublicationStatus, type Shift, type WorkMode } from '@ponte/domain';
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
import { PageQuery } from '../../common/pagination/page-query.dto';

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

/** Any subset of the fields; on a published offer only some may change (see PUBLISHED_EDITABLE). */
export class UpdateOfferDto extends PartialType(CreateOfferDto) {}

export class OfferQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PUBLICATION_STATUSES, description: 'Partners only: staff always see published ones' })
  @IsOptional()
  @IsIn(PUBLICATION_STATUSES)
  status?: PublicationStatus;
}
