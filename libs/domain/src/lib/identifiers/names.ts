import {
  FIRST_NAMES,
  FUNCTION_WORDS,
  NAME_PREFIX_BLOCKERS,
  NOT_SURNAMES,
  PARTICLES,
  STREET_WORDS_STRONG,
  STREET_WORDS_WEAK,
  TITLES,
} from './lexicon';
import { adjacent, type Token } from './tokens';
import type { IdentifierFinding } from './types';

/**
 * Person names, found from four signals:
 * 1. a listed first name, capitalised, followed by a capitalised surname ("Maria Rossi",
 *    "Anna Maria De Luca", "FATIMA ZAHRA EL AMRANI" is read as given names + surname);
 * 2. a capitalised surname in mid-sentence before a listed first name ("con Rossi Maria"), or
 *    an upper-case one at the start of a line, as on a form or a list ("ROSSI MARIA");
 * 3. an introduction ("mi chiamo anna bianchi", "si chiama Olena", "nome: ...");
 * 4. a title before a capitalised surname ("la sig.ra Bianchi", "Mrs Smith"); a title before a
 *    given name alone ("la signora Maria") is not flagged.
 * Place names (comuni) and institutions named after people ("Ospedale Luigi Sacco") are not
 * names of the woman and are skipped.
 */

interface Ctx {
  text: string;
  tokens: readonly Token[];
  places: ReadonlySet<number>;
}

const isFirstName = (t: Token | undefined) =>
  !!t && t.word && t.cap && FIRST_NAMES.has(t.key);

function next(ctx: Ctx, i: number): Token | undefined {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return a && b && adjacent(ctx.text, a, b) ? b : undefined;
}

function isSurname(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || !t.cap || ctx.places.has(i)) return false;
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return (
    !NOT_SURNAMES.has(t.key) &&
    !FUNCTION_WORDS.has(t.key) &&
    !TITLES.has(t.key) &&
    !STREET_WORDS_STRONG.has(t.key) &&
    !STREET_WORDS_WEAK.has(t.key)
  );
}

/** From token `i` (after given names or a title), the end index of "[particles] Surname [Surname]". */
function surnameEnd(ctx: Ctx, i: number): number {
  let k = i;
  while (
    k - i < 2 &&
    ctx.tokens[k]?.word &&
    PARTICLES.has(ctx.tokens[k].key) &&
    next(ctx, k)
  )
    k++;
  // After a particle a first name is a surname too ("De Luca", "Di Stefano").
  if (!isSurname(ctx, k) || (k === i && FIRST_NAMES.has(ctx.tokens[k].key)))
    return -1;
  // A second surname ("García López"); a dot ends the name.
  if (
    !ctx.tokens[k].dot &&
    next(ctx, k) &&
    isSurname(ctx, k + 1) &&
    !FIRST_NAMES.has(ctx.tokens[k + 1].key)
  )
    k++;
  return k;
}

/** A place or institution word before the first name, or another first name (the run starts there). */
function blockedBefore(ctx: Ctx, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || !prev.word || !adjacent(ctx.text, prev, ctx.tokens[i]))
    return false;
  if (prev.dot && prev.key.length > 3) return false; // a sentence ended ("in corso. Maria Rossi")
  return NAME_PREFIX_BLOCKERS.has(prev.key) || (isFirstName(prev) && !prev.dot);
}

/** Given names starting at `i`: up to three listed first names in a row. Returns the last index. */
function givenNamesEnd(ctx: Ctx, i: number): number {
  let j = i;
  while (
    j - i < 2 &&
    !ctx.tokens[j].dot &&
    next(ctx, j) &&
    isFirstName(ctx.tokens[j + 1])
  )
    j++;
  return j;
}

function span(ctx: Ctx, from: number, to: number): IdentifierFinding {
  return {
    kind: 'person_name',
    start: ctx.tokens[from].start,
    end: ctx.tokens[to].end,
  };
}

/** Only spaces or tabs between the start of the line (or text) and token `i`. */
function atLineStart(ctx: Ctx, i: number): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.tokens[i].start - 1) + 1;
  return /^[ \t]*$/.test(ctx.text.slice(lineStart, ctx.tokens[i].start));
}

function midSentence(ctx: Ctx, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.dot) return false;
  if (prev.word) return !prev.cap && adjacent(ctx.text, prev, ctx.tokens[i]);
  return [',', ':', ';', '('].includes(prev.text);
}

const STRONG_INTROS: readonly (readonly string[])[] = [
  ['mi', 'chiamo'],
  ['nome', 'e', 'cognome'],
  ['cognome', 'e', 'nome'],
  ['il', 'suo', 'nome', 'e'],
  ['my', 'name', 'is'],
  ['her', 'name', 'is'],
];
const WEAK_INTROS: readonly (readonly string[])[] = [
  ['si', 'chiama'],
  ['si', 'chiamava'],
  ['chiamata'],
  ['chiamato'],
  ['di', 'nome'],
  ['named'],
];
/** "Nome: Anna", "Cognome: Rossi" (only with the colon). */
const LABELS = new Set(['nome', 'cognome', 'name', 'surname']);

function introEnd(ctx: Ctx, i: number, intro: readonly string[]): number {
  for (let k = 0; k < intro.length; k++) {
    const t = ctx.tokens[i + k];
    if (
      !t ||
      t.key !== intro[k] ||
      (k > 0 && !adjacent(ctx.text, ctx.tokens[i + k - 1], t))
    )
      return -1;
  }
  return i + intro.length - 1;
}

/** Up to three name tokens after an introduction; lower case allowed only after a strong one. */
function namesAfter(ctx: Ctx, i: number, allowLower: boolean): number {
  let k = i;
  let last = -1;
  while (k - i < 3) {
    const t = ctx.tokens[k];
    if (!t || !t.word || FUNCTION_WORDS.has(t.key) || ctx.places.has(k)) break;
    if (!t.cap && !allowLower) break;
    last = k;
    if (t.dot || !next(ctx, k)) break;
    k++;
  }
  return last;
}

export function scanPersonNames(ctx: Ctx): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;

    // 1 and 2: first name with a surname after it or before it.
    if (isFirstName(t) && !ctx.places.has(i) && !blockedBefore(ctx, i)) {
      const given = givenNamesEnd(ctx, i);
      const after =
        tokens[given].dot || !next(ctx, given)
          ? -1
          : surnameEnd(ctx, given + 1);
      if (after >= 0) found.push(span(ctx, i, after));
      const prev = tokens[i - 1];
      // An upper-case surname at a line start may open with a particle ("EL AMRANI FATIMA").
      const particle = tokens[i - 2];
      const surnameFrom = particle?.allCaps && PARTICLES.has(particle.key) && adjacent(ctx.text, particle, prev) ? i - 2 : i - 1;
      if (
        prev &&
        !prev.dot &&
        (!t.allCaps || (prev.allCaps && atLineStart(ctx, surnameFrom))) &&
        adjacent(ctx.text, prev, t) &&
        isSurname(ctx, i - 1) &&
        !FIRST_NAMES.has(prev.key) &&
        !PARTICLES.has(prev.key) &&
        !NAME_PREFIX_BLOCKERS.has(prev.key) &&
        ((prev.allCaps && prev.text.length >= 3) || midSentence(ctx, i - 1))
      ) {
        found.push(span(ctx, t.allCaps ? surnameFrom : i - 1, given));
      }
    }

    // 3: introductions.
    for (const [intros, strong] of [
      [STRONG_INTROS, true],
      [WEAK_INTROS, false],
    ] as const) {
      for (const intro of intros) {
        const e = introEnd(ctx, i, intro);
        if (e < 0) continue;
        let from = e + 1;
        if (tokens[from]?.text === ':') from++;
        if (
          !tokens[from] ||
          !/^[ \t:]+$/.test(ctx.text.slice(tokens[e].end, tokens[from].start))
        )
          continue;
        const last = namesAfter(ctx, from, strong);
        // After a weak introduction ("una chiamata Skype") one capitalised word is not enough.
        const convincing = strong || isFirstName(tokens[from]) || last > from;
        if (last >= 0 && convincing) found.push(span(ctx, from, last));
      }
    }
    if (LABELS.has(t.key) && tokens[i + 1]?.text === ':') {
      const last = tokens[i + 2] ? namesAfter(ctx, i + 2, true) : -1;
      if (last >= 0) found.push(span(ctx, i + 2, last));
    }

    // 4: titles ("sig.ra Bianchi", "la signora Maria Bianchi", "Mrs. J. Smith").
    const acronym = t.allCaps && t.text.length <= 3; // "MS Access", not "Ms Smith"
    if (TITLES.has(t.key) && !acronym && next(ctx, i)) {
      let k = i + 1;
      if (/^\p{Lu}$/u.test(tokens[k].text) && tokens[k].dot && next(ctx, k))
        k++; // an initial
      // Given names may come between the title and the surname; a given name alone after a
      // title ("la signora Maria") is not flagged, like a given name anywhere else.
      while (
        isFirstName(tokens[k]) &&
        !tokens[k].dot &&
        next(ctx, k) &&
        k - i < 3
      )
        k++;
      const end = isFirstName(tokens[k]) ? -1 : surnameEnd(ctx, k);
      if (end >= 0) found.push(span(ctx, i + 1, end));
    }
  }
  return found;
}
