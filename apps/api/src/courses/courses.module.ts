import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CourseSeatsService } from './course-seats.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';

@Module({
  imports: [CatalogueModule],
  controllers: [CoursesController],
  providers: [CoursesService, CourseSeatsService],
  exports: [CourseSeatsService],
})
export class CoursesModule {}
