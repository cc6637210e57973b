import type { ProposalState } from '@ponte/domain';
import type { FieldProblem } from '../common/problem/problem';
import type { ProposalMoveDto } from './dto/proposal-input.dto';

type MoveField = 'reason' | 'interview' | 'contract' | 'startDate';

/** Fields each target state requires, and those it merely accepts. */
const REQUIRED: Partial<Record<ProposalState, readonly MoveField[]>> = {
  declined: ['reason'],
  not_hired: ['reason'],
  interview_arranged: ['interview'],
  hired: ['contract', 'startDate'],
};
const OPTIONAL: Partial<Record<ProposalState, readonly MoveField[]>> = {
  enrolled: ['startDate'],
};

/** 422 problems of a move body: missing required fields, fields that do not belong to the move. */
export function moveFieldProblems(dto: ProposalMoveDto): FieldProblem[] {
  const required = REQUIRED[dto.to] ?? [];
  const allowed = new Set([...required, ...(OPTIONAL[dto.to] ?? [])]);
  const problems: FieldProblem[] = [];
  for (const field of required) if (dto[field] === undefined) problems.push({ field, code: 'isDefined' });
  for (const field of ['reason', 'interview', 'contract', 'startDate'] as const) {
    if (dto[field] !== undefined && !allowed.has(field)) problems.push({ field, code: 'fieldNotForState', params: { state: dto.to } });
  }
  if (dto.to === 'interview_arranged' && dto.interview && !dto.interview.place && !dto.interview.videoLink) {
    problems.push({ field: 'interview.place', code: 'placeOrVideoLink' });
  }
  return problems;
}
