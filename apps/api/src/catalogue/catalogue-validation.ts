import type { LanguageRequirement } from '@ponte/persistence';
import type { FieldProblem } from '../common/problem/problem';
import { todayInMilan } from './catalogue-dates';

/** The fields every offer and course has, after merging an update into the record. */
export interface CommonContent {
  workMode: string;
  comune: string | null;
  deadline: string;
  languages: LanguageRequirement[];
  seats: number;
  seatsFilled: number;
}

/** Rules across fields that class-validator cannot see; `changed` limits the deadline check to new values. */
export function commonProblems(content: CommonContent, changed: (field: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (content.workMode !== 'remote' && !content.comune) problems.push({ field: 'comune', code: 'comuneRequired' });
  if (changed('deadline') && content.deadline < todayInMilan()) {
    problems.push({ field: 'deadline', code: 'dateInPast', params: { date: content.deadline } });
  }
  const seen = new Set<string>();
  content.languages.forEach((language, i) => {
    if (seen.has(language.code)) problems.push({ field: `languages[${i}].code`, code: 'duplicateItem', params: { value: language.code } });
    seen.add(language.code);
  });
  if (changed('seats') && content.seats < content.seatsFilled) {
    problems.push({ field: 'seats', code: 'belowSeatsFilled', params: { seatsFilled: content.seatsFilled } });
  }
  return problems;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Keys of `patch` whose value differs from the record's, sorted (they go into the audit entry). */
export function changedKeys<T extends object>(record: T, patch: Partial<T>): (keyof T & string)[] {
  return (Object.keys(patch) as (keyof T & string)[]).filter((key) => patch[key] !== undefined && !same(record[key], patch[key])).sort();
}

/** On a published record only some fields may change (candidates may already have been proposed on the rest). */
export function lockedFieldProblems(changed: string[], editable: readonly string[]): FieldProblem[] {
  return changed.filter((key) => !editable.includes(key)).map((field) => ({ field, code: 'lockedWhenPublished' }));
}

/** `null` clears an optional field; for these it is refused. */
export function nullProblems(patch: object, required: readonly string[]): FieldProblem[] {
  return required
    .filter((key) => (patch as Record<string, unknown>)[key] === null)
    .map((field) => ({ field, code: 'isNotEmpty' }));
}
