import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COURSE_COSTS, type CourseCost } from '@ponte/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DateField, EscoUrisField, WeeklyHoursField } from '../../catalogue/dto/catalogue-fields';
import { CatalogueQuery } from '../../catalogue/dto/catalogue-query';
import { ListingDto } from '../../catalogue/dto/listing.dto';

export class CreateCourseDto extends ListingDto {
  @EscoUrisField(1, 'ESCO skill URIs the course teaches') skillsTaught!: string[];
  @IsOptional() @EscoUrisField(0, 'ESCO occupation URIs the course prepares for') targetOccupations?: string[];
  @ApiPropertyOptional({ maxLength: 300, example: 'lunedì e mercoledì 9-13', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  schedule?: string | null;
  @ApiProperty({ minimum: 1, maximum: 2000, description: 'Total hours of the course' })
  @IsInt()
  @Min(1)
  @Max(2000)
  totalHours!: number;
  @WeeklyHoursField(false) weeklyHours?: number | null;
  @DateField(true, '2026-03-02') startDate!: string;
  @DateField(true, '2026-06-30') endDate!: string;
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
