import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COORDINATOR_TODO, COUNSELLOR_TODO, PARTNER_TODO, type TodoKey, type TodoSide } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';

export class TodoLink implements contract.TodoLink {
  @ApiProperty({ example: '/proposals', description: 'A route of the caller\'s portal' }) path!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { state: 'interested' } }) query?: Record<string, string>;
}

/** One line of the list: a count, where to act, and at most 10 codes (never a name or a contact). */
export class TodoItem implements contract.TodoItem {
  @ApiProperty({ enum: [...COUNSELLOR_TODO, ...PARTNER_TODO, ...COORDINATOR_TODO] }) key!: TodoKey;
  @ApiProperty() count!: number;
  @ApiProperty({ type: TodoLink }) link!: TodoLink;
  @ApiPropertyOptional({
    type: [String],
    description: 'Pseudonym codes (counsellors), the organisation\'s own candidate codes (partners) or network codes (coordinators), soonest first',
  })
  codes?: string[];
}

export class TodoView implements contract.TodoList {
  @ApiProperty({ enum: ['counsellor', 'partner', 'coordinator'] }) side!: TodoSide;
  @ApiProperty({ type: [TodoItem] }) items!: TodoItem[];
  @ApiPropertyOptional({ example: '/api/todo/interviews.ics', description: 'The caller\'s interviews as an iCalendar file' }) calendar?: string;
}
