/**
 * Partita IVA: 11 digits = 7-digit taxpayer number, 3-digit tax office code, 1 check digit
 * (Luhn variant: digits in even positions are doubled, minus 9 when above 9).
 * The office code is not checked against the Agenzia delle Entrate list, which changes over
 * time; vetting by a coordinator covers the rest.
 */

const ELEVEN_DIGITS = /^\d{11}$/;

/** Check digit for the first 10 digits of a partita IVA (or numeric codice fiscale). */
export function partitaIvaCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('expected 10 digits');
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = first10.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      sum += d;
    } else {
      const doubled = d * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** Strips spaces and an optional `IT` VAT prefix; returns the input otherwise unchanged. */
export function normalisePartitaIva(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.startsWith('IT') ? compact.slice(2) : compact;
}

/** Exactly 11 digits (no prefix, no spaces: normalise first), valid check digit, not all zeros. */
export function isValidPartitaIva(value: string): boolean {
  if (typeof value !== 'string' || !ELEVEN_DIGITS.test(value)) return false;
  if (/^0+$/.test(value)) return false;
  return partitaIvaCheckDigit(value.slice(0, 10)) === value.charCodeAt(10) - 48;
}
