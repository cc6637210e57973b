/** Word, number and punctuation tokens with their offsets, for the name and address scanners. */
export interface Token {
  /** Text without a trailing dot. */
  text: string;
  /** Lower case, accents and elided articles removed, apostrophes straight: for list lookups. */
  key: string;
  start: number;
  /** End of `text` (a trailing dot is not part of the token's span). */
  end: number;
  word: boolean;
  num: boolean;
  /** Starts with an upper-case letter (so ALL CAPS words are capitalised too). */
  cap: boolean;
  allCaps: boolean;
  /** A dot followed the token ("Rossi." at a sentence end, "Sig." an abbreviation). */
  dot: boolean;
}

const TOKEN =
  /[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*['’]?\.?|\d+|[^\s\p{L}\p{M}\d]/gu;

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

/** Elided articles and prepositions: "l'Ospedale" is looked up as "ospedale". */
const ELISION = /^(?:l|d|dell|all|nell|sull|dall|un|quest)'(?=\p{L})/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const word = /^[\p{L}\p{M}]/u.test(raw);
    const dot = word && raw.length > 1 && raw.endsWith('.');
    const t = dot ? raw.slice(0, -1) : raw;
    const letters = t.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: t,
      key: fold(t).replace(ELISION, ''),
      start,
      end: start + t.length,
      word,
      num: /^\d/.test(raw),
      cap: word && /^\p{Lu}/u.test(t),
      allCaps: word && letters.length >= 2 && !/\p{Ll}/u.test(letters),
      dot,
    });
  }
  return tokens;
}

/**
 * True when only spaces or tabs separate the two tokens (after `a`'s dot, if any: callers
 * decide whether a dot ends a name). A line break separates list items, so it breaks names.
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(a.end + (a.dot ? 1 : 0), b.start));
}
