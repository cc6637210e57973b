import { FIRST_NAMES } from './lexicon';
import { normaliseCodePoint } from './normalise';
import { numberWordValue } from './number-words';
import { fold } from './tokens';

/**
 * Derived readings of a text that the scanners also run on, so that an identifier disguised
 * for a machine but plain to a reader is found: the normalised text, the text with
 * letter-spacing closed up ("M A R I A  R O S S I"), and numbers written in words as digits
 * ("tre tre tre, uno due tre…"). Each view keeps, for every character, the span of the source
 * it came from, so findings are reported on the text that was given.
 */
export interface TextView {
  text: string;
  /** For each character of `text`: where its source starts and ends in the original text. */
  from: number[];
  to: number[];
}

export function identityView(text: string): TextView {
  const from = Array.from({ length: text.length }, (_, i) => i);
  return { text, from, to: from.map((i) => i + 1) };
}

/** The original span of a span of the view. */
export function originalSpan(view: TextView, start: number, end: number): { start: number; end: number } {
  return { start: view.from[start], end: view.to[end - 1] };
}

/** Builds a view from pieces of another, each piece carrying the source span it replaces. */
class ViewBuilder {
  private text = '';
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  constructor(private readonly base: TextView) {}

  /** `piece` stands for base characters [start, end). */
  push(piece: string, start: number, end: number): void {
    if (!piece) return;
    this.text += piece;
    for (let i = 0; i < piece.length; i++) {
      this.from.push(this.base.from[start]);
      this.to.push(this.base.to[end - 1]);
    }
  }

  /** Base characters [start, end) as they are. */
  copy(start: number, end: number): void {
    this.text += this.base.text.slice(start, end);
    for (let i = start; i < end; i++) {
      this.from.push(this.base.from[i]);
      this.to.push(this.base.to[i]);
    }
  }

  build(): TextView {
    return { text: this.text, from: this.from, to: this.to };
  }
}

/**
 * The text as normaliseFreeText reads it, code point by code point, so that every character
 * keeps its source (the final composition is left out: scanners read combining marks).
 */
export function normalisedView(text: string): TextView {
  const b = new ViewBuilder(identityView(text));
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    // A carriage return before a line feed goes: the pair is one line end.
    if (!(cp === 0x0d && text[i + 1] === '\n')) b.push(normaliseCodePoint(String.fromCodePoint(cp)), i, i + width);
    i += width;
  }
  return b.build();
}

/**
 * Three or more single letters or digits, each separated from the next by the same one
 * character (space, dot, dash, underscore, star, middle dot, slash or bar).
 */
const SPACED = /(?<![\p{L}\p{N}])[\p{L}\p{N}]([ ._*·/|-])[\p{L}\p{N}](?:\1[\p{L}\p{N}])+(?![\p{L}\p{N}])/gu;

/**
 * Letter-spacing closed up: "M A R I A  R O S S I" reads "MARIA  ROSSI", "3 3 3 1 2 3 4 5 6 7"
 * reads "3331234567". A run that closes into one word is split where a reader would see two:
 * before a capital after a small letter ("MariaRossi"), or after a listed first name that
 * starts it ("MARIAROSSI").
 */
export function closedSpacingView(base: TextView): TextView {
  const b = new ViewBuilder(base);
  let at = 0;
  for (const m of base.text.matchAll(SPACED)) {
    const start = m.index ?? 0;
    b.copy(at, start);
    let end = start + m[0].length;
    // "M.A.R.I.A." : the dot after the last letter belongs to the spelling, not to the sentence.
    if (m[1] === '.' && base.text[end] === '.' && !/[\p{L}\p{N}]/u.test(base.text[end + 1] ?? '')) end++;
    const letters = [...m[0].matchAll(/[\p{L}\p{N}]/gu)].map((l) => ({ ch: l[0], i: start + (l.index ?? 0) }));
    const breaks = wordBreaks(letters.map((l) => l.ch));
    letters.forEach((l, k) => {
      if (breaks.has(k)) b.push(' ', l.i, l.i + l.ch.length);
      b.push(l.ch, l.i, l.i + l.ch.length);
    });
    at = end;
  }
  b.copy(at, base.text.length);
  return b.build();
}

/** Indices of the letters before which a reader sees a new word. */
function wordBreaks(letters: string[]): Set<number> {
  const breaks = new Set<number>();
  for (let k = 1; k < letters.length; k++) if (/\p{Ll}/u.test(letters[k - 1]) && /\p{Lu}/u.test(letters[k])) breaks.add(k);
  if (breaks.size === 0 && letters.every((l) => /\p{L}/u.test(l))) {
    for (let k = letters.length - 2; k >= 3; k--) {
      if (FIRST_NAMES.has(fold(letters.slice(0, k).join('')))) {
        breaks.add(k);
        break;
      }
    }
  }
  return breaks;
}

const WORD = /\p{L}+/gu;
/** What may separate the number words of one number ("tre tre tre, uno-due"). */
const NUMBER_GAP = /^[ \t,;.\-/]*$/;

/**
 * Numbers written in words as digits: a run of number words separated only by spaces or
 * punctuation becomes the digits of each word, closed up ("tre tre tre uno due tre quattro
 * cinque sei sette" reads "3331234567"; "dodici marzo millenovecentottantacinque" reads
 * "12 marzo 1985"). Other words are left as they are.
 */
export function numberWordsView(base: TextView): TextView {
  const words = [...base.text.matchAll(WORD)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value: numberWordValue(m[0]) }))
    .filter((w) => w.value !== undefined);
  const b = new ViewBuilder(base);
  let at = 0;
  for (let k = 0; k < words.length; ) {
    let last = k;
    while (last + 1 < words.length && NUMBER_GAP.test(base.text.slice(words[last].end, words[last + 1].start))) last++;
    b.copy(at, words[k].start);
    for (let j = k; j <= last; j++) b.push(String(words[j].value), words[j].start, words[j].end);
    at = words[last].end;
    k = last + 1;
  }
  b.copy(at, base.text.length);
  return b.build();
}
