import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What a counsellor has to do now, over the proposals and profiles of her networks. */
export const COUNSELLOR_TODO = ['answersReceived', 'interviewsThisWeek', 'followUpsDue', 'profilesNearArchive', 'strongMatches'] as const;
/** What an organisation has to do now: the steering committee's questions, proposals (as candidate cards), its own listings. */
export const PARTNER_TODO = ['vettingQuestions', 'proposalsToAnswer', 'interviewsToArrange', 'interviewsUpcoming', 'outcomesToRecord', 'listingsClosingSoon', 'listingsFull'] as const;
/** What the steering committee has to do now. */
export const COORDINATOR_TODO = ['organisationsToVet', 'failedJobs', 'networksWithoutStaff'] as const;

export type TodoKey = (typeof COUNSELLOR_TODO)[number] | (typeof PARTNER_TODO)[number] | (typeof COORDINATOR_TODO)[number];
export type TodoSide = 'counsellor' | 'partner' | 'coordinator';

export class TodoLink {
  @ApiProperty({ example: '/proposals', description: 'A route of the caller\'s portal' }) path!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { state: 'interested' } }) query?: Record<string, string>;
}

/** One line of the list: a count, where to act, and at most 10 codes (never a name or a contact). */
export class TodoItem {
  @ApiProperty({ enum: [...COUNSELLOR_TODO, ...PARTNER_TODO, ...COORDINATOR_TODO] }) key!: TodoKey;
  @ApiProperty() count!: number;
  @ApiProperty({ type: TodoLink }) link!: TodoLink;
  @ApiPropertyOptional({
    type: [String],
    description: 'Pseudonym codes (counsellors), the organisation\'s own candidate codes (partners) or network codes (coordinators), soonest first',
  })
  codes?: string[];
}

export class TodoView {
  @ApiProperty({ enum: ['counsellor', 'partner', 'coordinator'] }) side!: TodoSide;
  @ApiProperty({ type: [TodoItem] }) items!: TodoItem[];
  @ApiPropertyOptional({ example: '/api/todo/interviews.ics', description: 'The caller\'s interviews as an iCalendar file' }) calendar?: string;
}
