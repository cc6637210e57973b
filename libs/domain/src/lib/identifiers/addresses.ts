import {
  FUNCTION_WORDS,
  PARTICLES,
  STREET_WORDS_STRONG,
  STREET_WORDS_WEAK,
  VIA_MEANS,
} from './lexicon';
import { adjacent, type Token } from './tokens';
import type { IdentifierFinding } from './types';

/**
 * Street addresses: a street word, a street name and an optional civic number ("via Roma 12",
 * "viale Monza, 140/B", "piazza della Repubblica", "corso XXII Marzo 5").
 * - Unambiguous street words (viale, piazza, piazzale, vicolo abbreviations...) need a
 *   capitalised name, or a lower-case name and a civic number.
 * - "via" also means "by means of" ("via catering aziendale", "via Teams"): it needs a
 *   capitalised name that is not a channel, or a civic number.
 * - "corso", "largo", "strada", "vicolo" are also common nouns ("un corso Excel", "corso
 *   avanzato 2"): they need a capitalised name and either a civic number or a residence word
 *   before them ("abita in corso Buenos Aires").
 * ALL CAPS text carries no capitalisation signal, so it always needs a civic number.
 */

const UNITS = new Set(
  'ore ora h hr min minuti anni anno mesi mese giorni giorno settimane volte euro eur km kg persone posti pezzi livello livelli %'.split(
    ' ',
  ),
);
const RESIDENCE = new Set(
  'in a abita abitava residente residenza domicilio domiciliata domiciliato vive viveva indirizzo sita sito presso'.split(
    ' ',
  ),
);
const ROMAN = /^[ivxlc]{1,6}$/;

interface Ctx {
  text: string;
  tokens: readonly Token[];
}

interface StreetName {
  end: number;
  capitalised: boolean;
  firstKey: string;
  firstAllCaps: boolean;
}

function linked(ctx: Ctx, i: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return !!a && !!b && !a.dot && adjacent(ctx.text, a, b);
}

/** Up to five name tokens after the street word at `i`; names end on a real word, not a particle. */
function streetName(ctx: Ctx, i: number): StreetName | undefined {
  const { tokens } = ctx;
  let end = -1;
  let capitalised = true;
  let first: Token | undefined;
  for (let k = i + 1; k <= i + 5 && linked(ctx, k - 1); k++) {
    const t = tokens[k];
    const particle = t.word && PARTICLES.has(t.key);
    const numeral =
      (t.num && t.text.length <= 2) ||
      (t.word && t.allCaps && ROMAN.test(t.key));
    if (!t.word && !numeral) break;
    if (particle) continue;
    if (!numeral) {
      if (FUNCTION_WORDS.has(t.key) && !t.cap) break;
      if (!t.cap && first?.cap) break; // "via Roma n. 5": a lower-case word ends a capitalised name
      if (!t.cap) capitalised = false;
      first ??= t;
    }
    if (numeral && !(tokens[k + 1]?.cap && linked(ctx, k))) break; // "XX Settembre", "25 Aprile"
    end = k;
    if (!capitalised && k - i >= 3) break;
  }
  if (end < 0 || !first) return undefined;
  return { end, capitalised, firstKey: first.key, firstAllCaps: first.allCaps };
}

/** Index of the last token of a civic number right after `i` ("12", ", 12/B", "n. 5", "140 bis"). */
function civicEnd(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  let k = i + 1;
  const gapOk = (a: number, b: number) =>
    /^[ \t]*$/.test(ctx.text.slice(tokens[a].end, tokens[b].start));
  if (!tokens[k] || !gapOk(i, k)) return -1;
  if (tokens[k].text === ',' && tokens[k + 1]) k++;
  if (
    tokens[k].word &&
    ['n', 'nr', 'civico', 'n°'].includes(tokens[k].key) &&
    tokens[k + 1]
  )
    k++;
  if (tokens[k]?.text === '°' && tokens[k + 1]) k++;
  const num = tokens[k];
  if (!num?.num || num.text.length > 4 || /^(19|20)\d\d$/.test(num.text))
    return -1; // not a year
  if (!/^[ \t.,°]*$/.test(ctx.text.slice(tokens[k - 1].end, num.start)))
    return -1;
  let end = k;
  const after = tokens[k + 1];
  if (after && after.start === num.end && after.word && after.text.length === 1)
    end = k + 1; // 12A
  else if (
    after?.text === '/' &&
    tokens[k + 2]?.word &&
    tokens[k + 2].text.length <= 2
  )
    end = k + 2; // 12/B
  else if (after && linked(ctx, k) && ['bis', 'ter'].includes(after.key))
    end = k + 1;
  const unit = tokens[end + 1];
  if (unit && (unit.word || unit.text === '%') && UNITS.has(unit.key))
    return -1;
  return end;
}

/** Nothing but punctuation, a line end, or "a"/"in" + place follows (lower-case addresses). */
function endsClause(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i + 1];
  return (
    !t ||
    !t.word ||
    t.cap ||
    !adjacent(ctx.text, ctx.tokens[i], t) ||
    ['a', 'in'].includes(t.key)
  );
}

export function scanStreetAddresses(ctx: Ctx): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const strong = t.word && STREET_WORDS_STRONG.has(t.key);
    const weak = t.word && STREET_WORDS_WEAK.has(t.key);
    if (!strong && !weak) continue;
    if (!t.dot && !linked(ctx, i)) continue;
    const name = streetName(ctx, i);
    if (!name) continue;
    const civic = civicEnd(ctx, name.end);
    const allCaps = t.allCaps && name.firstAllCaps;
    const prev = tokens[i - 1];
    const afterResidenceWord =
      !!prev &&
      prev.word &&
      RESIDENCE.has(prev.key) &&
      adjacent(ctx.text, prev, t);

    let isAddress: boolean;
    if (t.key === 'via' && VIA_MEANS.has(name.firstKey)) isAddress = false;
    else if (civic >= 0)
      isAddress =
        name.capitalised ||
        ((strong || t.key === 'via') && endsClause(ctx, civic));
    else if (!name.capitalised || allCaps) isAddress = false;
    else if (strong) isAddress = true;
    else if (t.key === 'via')
      isAddress = !(name.firstAllCaps && !t.allCaps); // "via PEC", "via SMS"
    else isAddress = afterResidenceWord;

    if (isAddress)
      found.push({
        kind: 'street_address',
        start: t.start,
        end: tokens[civic >= 0 ? civic : name.end].end,
      });
  }
  return found;
}
