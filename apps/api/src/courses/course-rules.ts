import { Course } from '@ponte/persistence';
import type { CatalogueRules } from '../catalogue/catalogue-rules';
import type { CreateCourseDto } from './dto/course.dto';

/** Fields a published course may still change: none of them alters who fits it. */
export const COURSE_PUBLISHED_EDITABLE = ['title', 'description', 'schedule', 'seats', 'deadline', 'certification', 'childcareSupport'] as const;

/** Courses of training bodies and unions: their own fields and checks (dates in order). */
export const COURSE_RULES: CatalogueRules<Course, CreateCourseDto> = {
  kind: 'course',
  entity: Course,
  required: [
    'title', 'description', 'skillsTaught', 'workMode', 'shifts', 'totalHours', 'startDate', 'endDate', 'deadline', 'seats', 'cost',
    'childcareSupport',
  ],
  publishedEditable: COURSE_PUBLISHED_EDITABLE,
  contentOf: (dto) => ({
    title: dto.title,
    description: dto.description,
    skillsTaught: dto.skillsTaught,
    targetOccupations: dto.targetOccupations ?? [],
    minEqf: dto.minEqf ?? null,
    languages: (dto.languages ?? []).map(({ code, cefr }) => ({ code, cefr })),
    workMode: dto.workMode,
    comune: dto.comune ?? null,
    schedule: dto.schedule ?? null,
    shifts: dto.shifts,
    totalHours: dto.totalHours,
    weeklyHours: dto.weeklyHours ?? null,
    startDate: dto.startDate,
    endDate: dto.endDate,
    deadline: dto.deadline,
    seats: dto.seats,
    cost: dto.cost,
    certification: dto.certification ?? null,
    childcareSupport: dto.childcareSupport ?? false,
  }),
  escoFields: (course, changed) => [
    ...(changed('skillsTaught') ? course.skillsTaught.map((uri, i) => ({ field: `skillsTaught[${i}]`, uri, kind: 'skill' as const })) : []),
    ...(changed('targetOccupations')
      ? course.targetOccupations.map((uri, i) => ({ field: `targetOccupations[${i}]`, uri, kind: 'occupation' as const }))
      : []),
  ],
  ownProblems: (course) => [
    ...(course.endDate < course.startDate ? [{ field: 'endDate', code: 'endBeforeStart' }] : []),
    ...(course.deadline > course.endDate ? [{ field: 'deadline', code: 'deadlineAfterEnd' }] : []),
  ],
};
