import { isValidPartitaIva } from './partita-iva';

/**
 * Codice fiscale.
 * - Persons: 16 characters, SSSNNNYYMDDCCCCK — surname and name consonants, birth year,
 *   month letter, day (+40 for women), Belfiore code of the comune (or Z### for a foreign
 *   country), check letter. When two people would get the same code, the Agenzia replaces
 *   digits from the right with letters (omocodia: 0-9 → L M N P Q R S T U V); such codes are
 *   valid and have their own check letter.
 * - Organisations: 11 digits with the partita IVA algorithm.
 */

const MONTHS = 'ABCDEHLMPRST';
const OMOCODIA = 'LMNPQRSTUV';
/** Values of characters in odd (1-based) positions, indexed by digit or letter. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
  22, 25, 24, 23,
];
/** Indices of the seven digit positions that omocodia may turn into letters. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const SHAPE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function charIndex(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65; // '0'-'9' → 0-9, 'A'-'Z' → 0-25
}

/** Check letter for the first 15 characters (upper case) of a person's codice fiscale. */
export function codiceFiscaleCheckChar(first15: string): string {
  if (!/^[A-Z0-9]{15}$/.test(first15))
    throw new RangeError('expected 15 upper-case letters or digits');
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = charIndex(first15[i]);
    sum += i % 2 === 0 ? ODD_VALUES[v] : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Replaces omocodia letters in the digit positions by their digits. */
function decodeOmocodia(code: string): string {
  const chars = code.split('');
  for (const i of DIGIT_POSITIONS) {
    const k = OMOCODIA.indexOf(chars[i]);
    if (k >= 0) chars[i] = String(k);
  }
  return chars.join('');
}

/** Shape, month letter and day 1-31 or 41-71, whatever the check letter. Upper case only. */
export function isWellFormedCodiceFiscalePersona(value: string): boolean {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const decoded = decodeOmocodia(value);
  const day = Number(decoded.slice(9, 11));
  return (
    MONTHS.includes(decoded[8]) &&
    ((day >= 1 && day <= 31) || (day >= 41 && day <= 71))
  );
}

/** Well formed and with the right check letter. Upper case only (normalise first). */
export function isValidCodiceFiscalePersona(value: string): boolean {
  return (
    isWellFormedCodiceFiscalePersona(value) &&
    codiceFiscaleCheckChar(value.slice(0, 15)) === value[15]
  );
}

/** An organisation's codice fiscale: 11 digits, same check digit as the partita IVA. */
export function isValidCodiceFiscaleOrganisation(value: string): boolean {
  return isValidPartitaIva(value);
}

/** Removes spaces and upper-cases. */
export function normaliseCodiceFiscale(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
