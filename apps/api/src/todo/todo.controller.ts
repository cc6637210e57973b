import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { negotiateLanguage } from '../common/i18n/language';
import { TodoView } from './dto/todo.view';
import { interviewCalendar } from './interview-calendar';
import { TodoService } from './todo.service';

@ApiTags('todo')
@ApiBearerAuth()
@Controller('todo')
export class TodoController {
  constructor(private readonly todo: TodoService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.NOTIFICATIONS_READ)
  @ApiOperation({ summary: 'What needs doing now, for the caller\'s role and scope: counts, links and codes, no personal data' })
  @ApiOkResponse({ type: TodoView })
  list(@CurrentPrincipal() principal: Principal): Promise<TodoView> {
    return this.todo.forCaller(principal);
  }

  @Get('interviews.ics')
  @RequirePermissions(PERMISSIONS.PROPOSALS_READ)
  @ApiOperation({ summary: 'The caller\'s arranged interviews as iCalendar (code and title only, Europe/Rome times)' })
  @ApiProduces('text/calendar')
  async calendar(@CurrentPrincipal() principal: Principal, @Headers('accept-language') accept: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const body = interviewCalendar(await this.todo.interviews(principal), negotiateLanguage(accept));
    res
      .status(200)
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="ponte-colloqui.ics"')
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
