import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COURSE_COSTS, type CourseCost, type Shift, type WorkMode } from '@ponte/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ComuneField,
  DateField,
  DescriptionField,
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

export class CreateCourseDto {
  @TitleField() title!: string;
  @DescriptionField() description!: string;
  @EscoUrisField(1, 'ESCO skill URIs the course teaches') skillsTaught!: string[];
  @IsOptional() @EscoUrisField(0, 'ESCO occupation URIs the course prepares for') targetOccupations?: string[];
  @MinEqfField() minEqf?: number | null;
  @LanguagesField() languages?: LanguageRequirementDto[];
  @WorkModeField() workMode!: WorkMode;
  @ComuneField() comune?: string | null;
  @ApiPropertyOptional({ maxLength: 300, example: 'lunedì e mercoledì 9-13', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  schedule?: string | null;
  @ShiftsField() shifts!: Shift[];
  @ApiProperty({ minimum: 1, maximum: 2000, description: 'Total hours of the course' })
  @IsInt()
  @Min(1)
  @Max(2000)
  totalHours!: number;
  @WeeklyHoursField(false) weeklyHours?: number | null;
  @DateField(true, '2026-03-02') startDate!: string;
  @DateField(true, '2026-06-30') endDate!: string;
  @DateField(true, '2026-02-20') deadline!: string;
  @SeatsField() seats!: number;
  @ApiProperty({ enum: COURSE_COSTS }) @IsIn(COURSE_COSTS) cost!: CourseCost;
  @ApiPropertyOptional({ maxLength: 200, nullable: true, example: 'Attestato di competenze regionale' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  certification?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() childcareSupport?: boolean;
}

/** Any subset of the fields; on a published course only some may change (see COURSE_PUBLISHED_EDITABLE). */
export class UpdateCourseDto extends PartialType(CreateCourseDto) {}

export class CourseQuery extends CatalogueQuery {}
