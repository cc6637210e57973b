import { fold } from './tokens';
import type { IdentifierFinding } from './types';

/**
 * Numbers of identity documents and licence plates: each names one person (or her car) in a
 * public or police register.
 *
 * Document numbers (`document_number`) are found by shape when the shape is distinctive:
 * - carta d'identità elettronica: 2 letters, 5 digits, 2 letters (`CA12345AB`);
 * - Italian passport and paper identity card: 2 letters and 7 digits (`YA1234567`, `AU 1234567`);
 * - Italian driving licence: 2 letters, 7 digits, 1 letter (`MI1234567X`), or `U1` and 8 more;
 * - tessera sanitaria (TEAM card): 20 digits starting 80380, spaces allowed;
 * and by context otherwise: after a document word (carta d'identità, C.I., CIE, passaporto,
 * patente, permesso di soggiorno, PdS, tessera sanitaria, documento, passport, ID card…) and an
 * optional "n.", "numero", "nr", ":", a code of 5 to 20 letters and digits with at least 4
 * digits, possibly in groups ("patente n. MI 1234567 X"). "Patente B", "permesso di soggiorno
 * valido fino al 2027" and "tessera sanitaria in corso di rinnovo" carry no such code.
 *
 * Licence plates (`licence_plate`): the Italian format since 1994, 2 letters, 3 digits, 2
 * letters without I, O, Q, U (`AB 123 CD`), in capitals; any code after "targa" or "targata".
 */

const PLATE_LETTER = '[A-HJ-NPR-TV-Z]';
const PLATE = new RegExp(`(?<![\\p{L}\\p{N}])${PLATE_LETTER}{2}[ -]?\\d{3}[ -]?${PLATE_LETTER}{2}(?![\\p{L}\\p{N}])`, 'gu');
const PLATE_WORDS = /(?<![\p{L}])(?:targa|targata|targato|targhe|plate|number plate)(?![\p{L}])/giu;

const DOCUMENT_SHAPES = [
  /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{5} ?[A-Z]{2}(?![\p{L}\p{N}])/gu, // CIE
  /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{7}(?: ?[A-Z])?(?![\p{L}\p{N}])/gu, // passport, paper ID, licence
  /(?<![\p{L}\p{N}])U1[A-Z0-9]{8}(?![\p{L}\p{N}])/gu, // driving licence since 2013
  /(?<![\p{L}\p{N}])80380(?: ?\d){15}(?![\p{L}\p{N}])/gu, // tessera sanitaria
];

/** Words that announce a document, matched on folded text (lower case, no accents, straight apostrophes). */
const DOCUMENT_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[
    "carta d'identita",
    'carta di identita',
    'carta identita',
    'c\\.i\\.',
    'c\\.i\\.e\\.',
    'cie',
    'documento',
    'doc\\.',
    'passaporto',
    'passaporti',
    'passport',
    'patente',
    'driving licen[cs]e',
    'licenza di guida',
    'permesso di soggiorno',
    'permesso',
    'p\\.d\\.s\\.',
    'pds',
    'carta di soggiorno',
    'titolo di soggiorno',
    'residence permit',
    'tessera sanitaria',
    't\\.s\\.',
    'tessera team',
    'codice team',
    'id card',
    'identity card',
  ].join('|')})(?![\\p{L}])`,
  'gu',
);

/** "n.", "nr", "numero", "no.", "n°" or a colon right after the document word. */
const NUMBER_LABEL = /^\s*(?:(?:n|nr|num|numero|no|number|n°)\.?\s*:?|:)\s*[A-Za-z0-9]/i;

/** How far after a document or plate word its number may be (same line). */
const WINDOW = 40;

export function scanDocumentNumbers(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const re of DOCUMENT_SHAPES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      found.push({ kind: 'document_number', start, end: start + m[0].length });
    }
  }
  for (const m of foldSameLength(text).matchAll(DOCUMENT_WORDS)) {
    const code = codeAfter(text, (m.index ?? 0) + m[0].length, 4, true);
    if (code) found.push({ kind: 'document_number', ...code });
  }
  return found;
}

export function scanLicencePlates(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const m of text.matchAll(PLATE)) {
    const start = m.index ?? 0;
    found.push({ kind: 'licence_plate', start, end: start + m[0].length });
  }
  for (const m of text.matchAll(PLATE_WORDS)) {
    const code = codeAfter(text, (m.index ?? 0) + m[0].length, 2);
    if (code && /[A-Za-z]/.test(text.slice(code.start, code.end))) found.push({ kind: 'licence_plate', ...code });
  }
  return found;
}

/**
 * The code on the same line within WINDOW characters after `from`: letter-and-digit
 * groups joined by one space or dash, each with a digit or of 1-3 capitals, together at least
 * 5 characters with `minDigits` digits. A year ("rinnovato nel 2019"), a date written with
 * spaces and "Patente B" are not codes.
 */
function codeAfter(text: string, from: number, minDigits: number, numberLabel = false): { start: number; end: number } | null {
  const line = text.slice(from, from + WINDOW).split('\n')[0];
  // "PdS nr 0123456789": after a "number" label the code is a document's even if it looks like a phone.
  const labelled = numberLabel && NUMBER_LABEL.test(line);
  const groups = [...line.matchAll(/[\p{L}\p{N}]+/gu)].map((g) => ({ text: g[0], start: from + (g.index ?? 0), end: from + (g.index ?? 0) + g[0].length }));
  const part = (g: { text: string }) => /^[A-Za-z0-9]+$/.test(g.text) && (/\d/.test(g.text) || /^[A-Z]{1,3}$/.test(g.text));
  // The number comes at once or after a word or two ("n.", "di guida n.", "B n."); a leading +
  // or a mobile or landline shape makes it a phone number, not a document.
  const joined = (j: number) => j > 0 && /^[ -]$/.test(text.slice(groups[j - 1].end, groups[j].start));
  for (let i = 0; i < Math.min(groups.length, 3); i++) {
    if (!part(groups[i])) continue;
    let last = i;
    while (last + 1 < groups.length && part(groups[last + 1]) && joined(last + 1)) last++;
    const chain = groups.slice(i, last + 1);
    const all = chain.map((g) => g.text).join('');
    if (text[groups[i].start - 1] === '+' || (!labelled && /^(?:3\d{8,9}|0\d{8,10}|39\d{9,11}|00\d{8,15})$/.test(all))) return null;
    const year = (g: { text: string }) => /^(?:19|20)\d\d$/.test(g.text);
    const dayOrMonth = (g: { text: string }) => /^\d{1,2}$/.test(g.text);
    const isDate = chain.length === 3 && ((year(chain[2]) && dayOrMonth(chain[0])) || (year(chain[0]) && dayOrMonth(chain[2]))) && dayOrMonth(chain[1]);
    for (let j = last; j >= i && !isDate; j--) {
      const compact = chain
        .slice(0, j - i + 1)
        .map((g) => g.text)
        .join('');
      if (compact.length >= 5 && (compact.match(/\d/g) ?? []).length >= minDigits && !/^(?:19|20)\d\d$/.test(compact)) {
        return { start: groups[i].start, end: groups[j].end };
      }
    }
    i = last;
  }
  return null;
}

/** Lower case without accents, one character for one: offsets stay those of `text`. */
function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}
