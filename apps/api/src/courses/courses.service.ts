import { Injectable } from '@nestjs/common';
import { Course } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { CatalogueJobs } from '../catalogue/catalogue-jobs.service';
import { CatalogueLifecycle } from '../catalogue/catalogue-lifecycle.service';
import { CatalogueReads } from '../catalogue/catalogue-reads.service';
import { changedKeys, commonProblems, lockedFieldProblems, nullProblems } from '../catalogue/catalogue-validation';
import { EscoField, ReferenceCheck } from '../catalogue/reference-check';
import { Page, pageOf } from '../common/pagination/page-query.dto';
import { conflict, FieldProblem, validationProblem } from '../common/problem/problem';
import { CourseView } from './course.view';
import { CourseQuery, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';

/** Fields a published course may still change: none of them alters who fits it. */
export const COURSE_PUBLISHED_EDITABLE = ['title', 'description', 'schedule', 'seats', 'deadline', 'certification', 'childcareSupport'] as const;
const REQUIRED = [
  'title', 'description', 'skillsTaught', 'workMode', 'shifts', 'totalHours', 'startDate', 'endDate', 'deadline', 'seats', 'cost',
  'childcareSupport',
] as const;

type CourseContent = Omit<Course, 'id' | 'organisationId' | 'status' | 'version' | 'seatsFilled' | 'publishedAt' | 'closedAt' | 'closedReason' | 'createdBy' | 'createdAt' | 'updatedAt'>;

function contentOf(dto: CreateCourseDto): CourseContent {
  return {
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
  };
}

/** Courses of training bodies and unions: create and edit (lifecycle moves are in CatalogueLifecycle). */
@Injectable()
export class CoursesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly references: ReferenceCheck,
    private readonly lifecycle: CatalogueLifecycle,
    private readonly reads: CatalogueReads,
    private readonly jobs: CatalogueJobs,
  ) {}

  async create(principal: Principal, dto: CreateCourseDto): Promise<CourseView> {
    const content = contentOf(dto);
    const saved = await this.dataSource.transaction(async (manager) => {
      const organisationId = await this.lifecycle.assertPublisherKind('course', principal, manager);
      await this.validate({ ...content, seatsFilled: 0 }, () => true, manager);
      const course = await manager.save(manager.create(Course, { ...content, organisationId, createdBy: principal.userId }));
      await this.audit.record({ action: 'course.create', targetType: 'course', targetId: course.id, organisationId, details: { version: course.version } }, manager);
      return course;
    });
    return this.get(principal, saved.id);
  }

  async update(principal: Principal, id: string, dto: UpdateCourseDto): Promise<CourseView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const course = await this.lifecycle.lockOwn<Course>('course', id, principal, manager);
      if (course.status === 'closed') throw conflict('catalogue.closedNotEditable', {}, { currentState: course.status });
      const nulls = nullProblems(dto, REQUIRED);
      if (nulls.length) throw validationProblem(nulls);
      const patch: Partial<CourseContent> = { ...dto };
      if (dto.languages) patch.languages = dto.languages.map(({ code, cefr }) => ({ code, cefr }));
      const changed = changedKeys(course as CourseContent, patch);
      if (changed.length === 0) return course;
      if (course.status === 'published') {
        const locked = lockedFieldProblems(changed, COURSE_PUBLISHED_EDITABLE);
        if (locked.length) throw validationProblem(locked);
      }
      for (const key of changed) (course as unknown as Record<string, unknown>)[key] = patch[key] ?? null;
      await this.validate(course, (field) => changed.includes(field as keyof CourseContent), manager);
      course.version += 1;
      const result = await manager.save(course);
      await this.audit.record(
        { action: 'course.update', targetType: 'course', targetId: id, organisationId: course.organisationId, details: { fields: changed, version: course.version } },
        manager,
      );
      return result;
    });
    await this.jobs.changed({ kind: 'course', id, version: saved.version, status: saved.status, deadline: saved.deadline });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<CourseView> {
    return this.reads.get('course', id, principal);
  }

  async list(principal: Principal, query: CourseQuery): Promise<Page<CourseView>> {
    const { items, total } = await this.reads.list('course', principal, query);
    return pageOf(items, total, query);
  }

  private async validate(course: CourseContent & { seatsFilled: number }, changed: (field: string) => boolean, manager: EntityManager): Promise<void> {
    const esco: EscoField[] = [
      ...(changed('skillsTaught') ? course.skillsTaught.map((uri, i) => ({ field: `skillsTaught[${i}]`, uri, kind: 'skill' as const })) : []),
      ...(changed('targetOccupations')
        ? course.targetOccupations.map((uri, i) => ({ field: `targetOccupations[${i}]`, uri, kind: 'occupation' as const }))
        : []),
    ];
    const problems: FieldProblem[] = [
      ...commonProblems(course, changed),
      ...(course.endDate < course.startDate ? [{ field: 'endDate', code: 'endBeforeStart' }] : []),
      ...(course.deadline > course.endDate ? [{ field: 'deadline', code: 'deadlineAfterEnd' }] : []),
      ...(await this.references.escoProblems(esco, manager)),
      ...(changed('comune') ? await this.references.comuneProblems('comune', course.comune, manager) : []),
    ];
    if (problems.length) throw validationProblem(problems);
  }
}
