/**
 * Normalisation of free text BEFORE it is scanned for identifiers and stored (issue 20): the
 * detector must see what a reader sees, and what is stored must be what was checked.
 *
 * Code point by code point:
 * 1. Unicode NFKC: full-width letters and digits (`３３３`, `＠`), ligatures, superscripts and
 *    most space kinds become their plain form;
 * 2. format characters (Unicode Cf: zero-width spaces and joiners, word joiner, soft hyphen,
 *    byte-order mark, bidirectional controls) and control characters (Cc: NUL…) other than tab
 *    and line feed are dropped: invisible, they only serve to split an identifier for a machine
 *    (a zero-width joiner inside an emoji sequence goes too: the emoji show side by side);
 * 3. every remaining space kind (Zs, e.g. the no-break space of a copy-paste) is a plain space;
 *    a carriage return, line and paragraph separators are a line feed;
 * 4. every decimal digit script (Arabic-Indic `٣٣٣`, Devanagari, Bengali…) folds to 0-9.
 * Then NFKC over the whole text composes what the dropped characters kept apart.
 * Idempotent: normalising twice gives the same text.
 */
export function normaliseFreeText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n/g, '\n')) out += normaliseCodePoint(ch);
  return out.normalize('NFKC');
}

/** One code point (a string of one or two UTF-16 units), normalised as above. */
export function normaliseCodePoint(ch: string): string {
  if (ch === '\r' || ch === '\u2028' || ch === '\u2029') return '\n';
  if (/\p{Cf}|[^\P{Cc}\t\n]/u.test(ch)) return '';
  return ch
    .normalize('NFKC')
    .replace(/\p{Zs}/gu, ' ')
    .replace(/\p{Nd}/gu, asciiDigit);
}

/**
 * The value of a decimal digit of any script. Unicode assigns decimal digits only in runs of
 * ten consecutive code points from 0 to 9 (a stability guarantee), so the value is the distance
 * to the start of the digit's run, modulo ten.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) as number;
  if (code <= 0x39) return digit;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}
