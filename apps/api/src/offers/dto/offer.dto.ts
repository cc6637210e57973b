import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ACCOMMODATIONS, CONTRACT_TYPES, type Accommodation, type ContractType } from '@ponte/domain';
import { ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { DateField, EscoUriField, EscoUrisField, WeeklyHoursField } from '../../catalogue/dto/catalogue-fields';
import { CatalogueQuery } from '../../catalogue/dto/catalogue-query';
import { ListingDto } from '../../catalogue/dto/listing.dto';

export class CreateOfferDto extends ListingDto {
  @EscoUriField('ESCO occupation URI') occupationUri?: string | null;
  @EscoUrisField(1, 'Essential ESCO skill URIs') essentialSkills!: string[];
  @IsOptional() @EscoUrisField(0, 'Optional ESCO skill URIs') optionalSkills?: string[];
  @WeeklyHoursField(true) weeklyHours!: number;
  @ApiProperty({ enum: CONTRACT_TYPES }) @IsIn(CONTRACT_TYPES) contract!: ContractType;
  @DateField(false, '2026-03-01') startDate?: string | null;
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
