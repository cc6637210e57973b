import { detectIdentifiers } from '@ponte/domain';
import type { FieldProblem } from '../common/problem/problem';

/** A free-text value and the JSON path it came from, e.g. `skills[2].comment`. */
export interface FreeText {
  field: string;
  text: string | null | undefined;
}

/**
 * One problem per field and identifier kind found (`identifier.email`…). The problem never
 * echoes the text: the refusal itself must not become a copy of the identifier.
 */
export function identifierProblems(texts: readonly FreeText[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { field, text } of texts) {
    if (!text) continue;
    const kinds = new Set(detectIdentifiers(text).map((finding) => finding.kind));
    for (const kind of kinds) problems.push({ field, code: `identifier.${kind}` });
  }
  return problems;
}
