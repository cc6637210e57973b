import fc from 'fast-check';
import { codiceFiscaleCheckChar } from '../src/lib/validators/codice-fiscale';
import { partitaIvaCheckDigit } from '../src/lib/validators/partita-iva';

/** Test-only helpers (excluded from the library build): generators of valid Italian tax codes. */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const OMOCODIA = 'LMNPQRSTUV';

export const validPartitaIva: fc.Arbitrary<string> = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
  .filter((ds) => ds.some((d) => d !== 0))
  .map((ds) => {
    const first10 = ds.join('');
    return first10 + partitaIvaCheckDigit(first10);
  });

const letter = fc.constantFrom(...LETTERS.split(''));
const letters = (n: number) =>
  fc.array(letter, { minLength: n, maxLength: n }).map((a) => a.join(''));
const digits = (n: number, max = 10 ** n - 1) =>
  fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));

export const validCodiceFiscalePersona: fc.Arbitrary<string> = fc
  .record({
    names: letters(6),
    year: digits(2),
    month: fc.constantFrom(...'ABCDEHLMPRST'.split('')),
    day: fc.oneof(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 41, max: 71 }),
    ),
    place: letter,
    placeDigits: digits(3),
    omocodia: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  })
  .map(({ names, year, month, day, place, placeDigits, omocodia }) => {
    const chars =
      `${names}${year}${month}${String(day).padStart(2, '0')}${place}${placeDigits}`.split(
        '',
      );
    [6, 7, 9, 10, 12, 13, 14].forEach((pos, k) => {
      if (omocodia[k]) chars[pos] = OMOCODIA[Number(chars[pos])];
    });
    const first15 = chars.join('');
    return first15 + codiceFiscaleCheckChar(first15);
  });

/** A position in `s` and a different character of `alphabet` to put there. */
export function mutation(s: string, alphabet: string): fc.Arbitrary<string> {
  return fc
    .record({
      pos: fc.integer({ min: 0, max: s.length - 1 }),
      k: fc.integer({ min: 1, max: alphabet.length - 1 }),
    })
    .map(({ pos, k }) => {
      const current = alphabet.indexOf(s[pos]);
      const replacement = alphabet[(current + k) % alphabet.length];
      return s.slice(0, pos) + replacement + s.slice(pos + 1);
    });
}
