import type { FieldProblem } from './problem';

/**
 * Characters no text input of the API may carry: C0 controls but tab, line feed and carriage
 * return; DEL and the C1 controls; and UTF-16 surrogates that are not part of a pair (they
 * are not characters at all and would be stored altered). PostgreSQL refuses NUL in text
 * (error 22021, which was a 500): every such input is a 422 naming the field instead.
 * Deliberately without the `u` flag, so a lone surrogate is seen as the code unit it is.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasControlCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * Every string of a query or body (values and keys) holding a forbidden character, by JSON
 * path. Iterative: bodies are already bounded in depth by the parser, queries are flat.
 */
export function controlCharacterProblems(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [item, field] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      if (hasControlCharacter(item)) problems.push({ field, code: 'controlCharacter' });
    } else if (item !== null && typeof item === 'object') {
      const array = Array.isArray(item);
      for (const key of Object.keys(item)) {
        const path = array ? `${field}[${key}]` : field ? `${field}.${key}` : key;
        if (!array && hasControlCharacter(key)) problems.push({ field: path, code: 'controlCharacter' });
        else stack.push([(item as Record<string, unknown>)[key], path]);
      }
    }
  }
  return problems.reverse();
}
