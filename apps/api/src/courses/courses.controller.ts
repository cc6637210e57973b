import { Body, Controller, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { Course } from '@ponte/persistence';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { CatalogueLifecycle } from '../catalogue/catalogue-lifecycle.service';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreateCourseDto, CourseQuery, UpdateCourseDto } from './dto/course.dto';
import { COURSE_PUBLISHED_EDITABLE } from './course-rules';
import { CourseView } from './course.view';
import { CoursesService } from './courses.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly lifecycle: CatalogueLifecycle,
  ) {}

  @Get()
  @ApiOperation({ summary: "Partners: their organisation's courses; staff (catalogue:read): published courses of vetted organisations" })
  list(@CurrentPrincipal() principal: Principal, @Query() query: CourseQuery): Promise<Page<CourseView>> {
    return this.courses.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One course (404 outside the caller scope)' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<CourseView> {
    return this.courses.get(principal, id);
  }

  @Post()
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Create a draft course' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCourseDto): Promise<CourseView> {
    return this.courses.create(principal, body);
  }

  @Patch(':id')
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: `Edit a course; once published only ${COURSE_PUBLISHED_EDITABLE.join(', ')}` })
  update(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() body: UpdateCourseDto): Promise<CourseView> {
    return this.courses.update(principal, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Publish a draft (the organisation must be vetted)' })
  async publish(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<CourseView> {
    await this.lifecycle.publish('course', id, principal);
    return this.courses.get(principal, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Close a published course' })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<CourseView> {
    await this.lifecycle.close('course', id, principal);
    return this.courses.get(principal, id);
  }

  @Post(':id/duplicate')
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Copy an course into a new draft' })
  async duplicate(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<CourseView> {
    const copy = (await this.lifecycle.duplicate('course', id, principal)) as Course;
    return this.courses.get(principal, copy.id);
  }
}
