/**
 * A feature's user-facing messages: Italian first, and an English dictionary that must
 * have exactly the same keys (a missing translation is a compile error).
 * Placeholders are written {name} and filled from the params of the problem.
 */
export function defineMessages<K extends string>(messages: {
  it: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}) {
  return messages;
}

/** One feature's messages, as defineMessages returns them. */
export interface MessageBundle {
  it: Record<string, string>;
  en: Record<string, string>;
}
