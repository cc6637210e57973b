import type { Course } from '@ponte/persistence';
import type { OrganisationRef } from '../offers/offer.view';

export type CourseView = Omit<Course, 'createdBy' | 'organisationId'> & { organisation: OrganisationRef };

export function courseView(course: Course, organisation: OrganisationRef): CourseView {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { createdBy: _author, organisationId: _org, ...content } = course;
  return { ...content, organisation };
}
