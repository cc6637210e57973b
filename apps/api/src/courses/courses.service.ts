import { Injectable } from '@nestjs/common';
import type { Course } from '@ponte/persistence';
import { CatalogueEditor } from '../catalogue/catalogue-editor.service';
import { CatalogueReads } from '../catalogue/catalogue-reads.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import type { CreateCourseDto } from './dto/course.dto';
import { COURSE_RULES } from './course-rules';

/** Courses of training bodies and unions: create, edit, read (lifecycle moves are in CatalogueLifecycle). */
@Injectable()
export class CoursesService extends CatalogueService<Course, CreateCourseDto> {
  constructor(editor: CatalogueEditor, reads: CatalogueReads) {
    super(COURSE_RULES, editor, reads);
  }
}
