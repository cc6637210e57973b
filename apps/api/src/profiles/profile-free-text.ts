import { detectIdentifiers, normaliseFreeText } from '@ponte/domain';
import { Transform } from 'class-transformer';
import type { FieldProblem } from '../common/problem/problem';

/**
 * The free text of the profile side (notes, skill comments, cover messages, shortlist notes):
 * the one home of its two safety rules (ARCHITECTURE.md, safety rule 1; issue 20).
 *
 * 1. `@NormalisedFreeText()` on a DTO field normalises the text as it is read
 *    (normaliseFreeText in @ponte/domain: NFKC, invisible characters dropped, every space kind
 *    and digit script folded). Control characters such as NUL never get here: the validation
 *    pipe refuses them first, naming the field. The service checks and stores the normalised
 *    text, so what was checked is exactly what is shown.
 * 2. `identifierProblems` refuses text that looks like an identifier, naming field and kind.
 *
 * Each such text is then sealed at rest, bound to its row (SEALED_WITH, libs/persistence/src/lib/profiles/sealed-text.ts).
 */
export const NormalisedFreeText = () => Transform(({ value }) => (typeof value === 'string' ? normaliseFreeText(value) : value));

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
