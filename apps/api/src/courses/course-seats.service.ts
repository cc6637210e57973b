import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueLifecycle, SeatsOutcome } from '../catalogue/catalogue-lifecycle.service';

/** For the proposals feature: an enrolment takes a seat; the last seat closes the course. */
@Injectable()
export class CourseSeatsService {
  constructor(private readonly lifecycle: CatalogueLifecycle) {}

  recordEnrolment(courseId: string, manager?: EntityManager): Promise<SeatsOutcome> {
    return this.lifecycle.recordFilled('course', courseId, manager);
  }
}
