import {
  isValidCodiceFiscalePersona,
  isWellFormedCodiceFiscalePersona,
} from '../validators/codice-fiscale';
import { PERIOD_WORDS } from './lexicon';
import { fold } from './tokens';
import type { IdentifierFinding } from './types';

/** Scanners for identifiers with a recognisable shape: e-mail, phone, codice fiscale, IBAN, date. */

// --- E-mail ------------------------------------------------------------------------------------

// Parts are bounded (RFC 5321 limits) so that long runs of letters cannot make the search quadratic.
const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
/** "anna.rossi (at) gmail (dot) com", "anna chiocciola libero punto it". */
const EMAIL_SPELLED =
  /[\p{L}\p{N}._%+-]{1,64}\s{0,3}(?:\(at\)|\[at\]|\{at\}|\s(?:at|chiocciola)\s)\s{0,3}[\p{L}\p{N}-]{1,63}(?:\s{0,3}(?:\.|\(dot\)|\[dot\]|\s(?:dot|punto)\s)\s{0,3}[\p{L}\p{N}-]{1,63}){0,4}\s{0,3}(?:\.|\(dot\)|\[dot\]|\s(?:dot|punto)\s)\s{0,3}(?:it|com|net|org|eu|info|me|ro|al|ma|fr|de|es|uk|ch)(?![\p{L}\p{N}])/giu;

export function scanEmails(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const re of [EMAIL, EMAIL_SPELLED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      found.push({ kind: 'email', start, end: start + m[0].length });
    }
  }
  return found;
}

// --- Phone -------------------------------------------------------------------------------------

/** Runs of digits joined by phone separators; split into numbers below. */
const DIGIT_RUN =
  /(?<![\p{L}\p{N}@+_])\+?\(?\d[\d \t.\-/()]*\d(?![\p{L}\p{N}_])/gu;

function isItalianNumber(digits: string): boolean {
  // Mobiles 3xx with 9-10 digits; landlines 0x with 9-11 digits (shorter ones are rare and
  // collide with times such as 08.30-12.30 and dates such as 03-12-1985).
  return /^3\d{8,9}$/.test(digits) || /^0\d{8,10}$/.test(digits);
}

function phoneDigitsValid(digits: string, plus: boolean): boolean {
  if (plus)
    return digits.startsWith('39')
      ? isItalianNumber(digits.slice(2))
      : /^[1-9]\d{7,14}$/.test(digits);
  if (digits.startsWith('0039')) return isItalianNumber(digits.slice(4));
  if (digits.startsWith('00') && !digits.startsWith('000'))
    return /^00[1-9]\d{7,14}$/.test(digits);
  return isItalianNumber(digits);
}

export function scanPhones(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const base = m.index ?? 0;
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({
      start: base + (g.index ?? 0),
      end: base + (g.index ?? 0) + g[0].length,
      digits: g[0],
    }));
    // A number may start or end only where whitespace separates groups: "08.30-12.30" and
    // "03/12/1985" are atoms and cannot be cut into a phone-looking piece.
    const cuttable = (k: number) =>
      /\s/.test(text.slice(groups[k - 1].end, groups[k].start));
    let a = 0;
    while (a < groups.length) {
      let matched = -1;
      // A phone number has at most six groups ("+39 333 12 34 567"): this bounds the work.
      for (
        let b = Math.min(groups.length - 1, a + 5);
        b >= a && matched < 0;
        b--
      ) {
        if (
          (a > 0 && !cuttable(a)) ||
          (b < groups.length - 1 && !cuttable(b + 1))
        )
          continue;
        const span = text.slice(groups[a].start, groups[b].end);
        if ((span.match(/\//g) ?? []).length > 1) continue;
        if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(span)) continue; // a date
        const plus =
          text[groups[a].start - 1] === '+' ||
          text.slice(groups[a].start - 2, groups[a].start) === '+(';
        const digits = groups
          .slice(a, b + 1)
          .map((g) => g.digits)
          .join('');
        if (phoneDigitsValid(digits, plus)) {
          const start = plus
            ? text.lastIndexOf('+', groups[a].start)
            : groups[a].start;
          found.push({ kind: 'phone', start, end: groups[b].end });
          matched = b;
        }
      }
      a = matched >= 0 ? matched + 1 : a + 1;
    }
  }
  return found;
}

// --- Codice fiscale ----------------------------------------------------------------------------

const D = '[0-9LMNPQRSTUVlmnpqrstuv]';
const CF_COMPACT = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Za-z]{6}${D}{2}[A-Za-z]${D}{2}[A-Za-z]${D}{3}[A-Za-z](?![\\p{L}\\p{N}])`,
  'gu',
);
const CF_SPACED = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Za-z]{3} ?[A-Za-z]{3} ?${D}{2} ?[A-Za-z] ?${D}{2} ?[A-Za-z] ?${D}{3} ?[A-Za-z](?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Compact codes when well formed, even with a wrong check letter (a mistyped code still
 * identifies); codes written with spaces only with a valid check letter (ordinary words could
 * line up otherwise). At least one real digit is required, so that ordinary
 * 16-letter words fitting the omocodia letters are not taken for codes.
 */
export function scanCodiciFiscali(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const [re, lenient] of [
    [CF_COMPACT, true],
    [CF_SPACED, false],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const code = m[0].replace(/ /g, '').toUpperCase();
      if (!/\d/.test(code)) continue;
      if (
        lenient
          ? isWellFormedCodiceFiscalePersona(code)
          : isValidCodiceFiscalePersona(code)
      ) {
        const start = m.index ?? 0;
        found.push({ kind: 'codice_fiscale', start, end: start + m[0].length });
      }
    }
  }
  return found;
}

// --- IBAN --------------------------------------------------------------------------------------

/** IBAN lengths per country (SWIFT registry): Europe and the countries of Milan's largest migrant communities. */
// prettier-ignore
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19,
  SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;

export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function scanIbans(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const start = m.index ?? 0;
    const country = m[0].slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    // Collect `length` letters and digits, allowing one space between them.
    let compact = '';
    let i = start;
    while (i < text.length && compact.length < length) {
      const ch = text[i];
      if (/[A-Za-z0-9]/.test(ch)) compact += ch.toUpperCase();
      else if (
        !(
          ch === ' ' &&
          compact.length > 0 &&
          /[A-Za-z0-9]/.test(text[i + 1] ?? '')
        )
      )
        break;
      i++;
    }
    if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[i] ?? ''))
      continue;
    const italianShape = /^(IT|SM)\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/.test(compact);
    if (ibanMod97(compact) === 1 || italianShape)
      found.push({ kind: 'iban', start, end: i });
  }
  return found;
}

// --- Dates of birth ----------------------------------------------------------------------------

const MONTHS_IT =
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(
    ' ',
  );
const MONTHS_EN =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
const MONTH_ABBR_IT = 'gen feb mar apr mag giu lug ago set ott nov dic'.split(
  ' ',
);
const MONTH_ABBR_EN = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(
  ' ',
);
const MONTH_WORD = `(?:${[...MONTHS_IT, ...MONTHS_EN, ...MONTH_ABBR_IT, ...MONTH_ABBR_EN, 'sept'].join('|')})\\.?`;

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const list of [MONTHS_IT, MONTHS_EN, MONTH_ABBR_IT, MONTH_ABBR_EN]) {
    const k = list.indexOf(w);
    if (k >= 0) return k + 1;
  }
  return w === 'sept' ? 9 : 0;
}

const NUMERIC_DATE =
  /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
const ISO_DATE =
  /(?<![\p{L}\p{N}./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{L}\p{N}]|[./-]\d)/gu;
const TEXT_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:°|º)?\\s+(?:di\\s+|of\\s+)?(${MONTH_WORD})\\s+(?:del\\s+(\\d{2}(?:\\d{2})?)|['’](\\d{2})|(\\d{4}))(?!\\p{N})`,
  'giu',
);
const TEXT_DATE_EN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\p{N})`,
  'giu',
);
const BIRTH_YEAR =
  /(?<![\p{L}])(?:(?:nat[ao]|born)\s+(?:nel(?:l'anno)?|in)\s+|classe\s+|anno\s+di\s+nascita\s*:?\s*|year\s+of\s+birth\s*:?\s*)(?:19|20)\d{2}(?!\p{N})/giu;
const BIRTH_CONTEXT =
  /(?<![\p{L}])(?:nat[ao]|nascita|born|birth|dob|d\.o\.b|compleanno)(?![\p{L}])/iu;

function birthContextBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  const clause = window.split(/[.;\n]\s/).pop() ?? '';
  return BIRTH_CONTEXT.test(clause);
}

/** "dal 01/09/2010", "fino al 30/06/2015", "entro il 31/12/2019": the word right before the date. */
function periodWordBefore(text: string, at: number): boolean {
  const m = /([a-z]+)'?\s*(?:(?:il|the)\s+)?$/.exec(
    fold(text.slice(Math.max(0, at - 20), at)),
  );
  return !!m && PERIOD_WORDS.has(m[1]);
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function fullYear(y: string, referenceYear: number): number {
  if (y.length === 4) return Number(y);
  const yy = Number(y);
  return yy > referenceYear % 100 ? 1900 + yy : 2000 + yy;
}

export function scanDatesOfBirth(
  text: string,
  referenceYear: number,
): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  const consider = (
    start: number,
    end: number,
    day: number,
    month: number,
    year: number,
  ) => {
    if (!validDay(day, month)) return;
    const plausibleBirth = year >= 1900 && year <= referenceYear - 14;
    if (
      birthContextBefore(text, start) ||
      (plausibleBirth && !periodWordBefore(text, start))
    ) {
      found.push({ kind: 'date_of_birth', start, end });
    }
  };
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [day, month] = validDay(a, b) ? [a, b] : [b, a]; // dd/mm, or mm/dd written the English way
    consider(
      m.index ?? 0,
      (m.index ?? 0) + m[0].length,
      day,
      month,
      fullYear(m[4], referenceYear),
    );
  }
  for (const m of text.matchAll(ISO_DATE)) {
    consider(
      m.index ?? 0,
      (m.index ?? 0) + m[0].length,
      Number(m[4]),
      Number(m[3]),
      Number(m[1]),
    );
  }
  // "3 marzo 1985", and with a two-digit year after "del" or an apostrophe ("3 marzo del '85").
  for (const m of text.matchAll(TEXT_DATE)) {
    consider(
      m.index ?? 0,
      (m.index ?? 0) + m[0].length,
      Number(m[1]),
      monthOf(m[2]),
      fullYear(m[3] ?? m[4] ?? m[5], referenceYear),
    );
  }
  for (const m of text.matchAll(TEXT_DATE_EN)) {
    consider(
      m.index ?? 0,
      (m.index ?? 0) + m[0].length,
      Number(m[2]),
      monthOf(m[1]),
      Number(m[3]),
    );
  }
  for (const m of text.matchAll(BIRTH_YEAR)) {
    found.push({
      kind: 'date_of_birth',
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return found;
}
