/**
 * Contact data of organisations and staff (never of a woman: see the identifier detector).
 */

/** Pragmatic e-mail check: one @, a dotted domain, no spaces; not full RFC 5322. */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function isValidEmail(value: string): boolean {
  return (
    typeof value === 'string' &&
    value.length <= 254 &&
    EMAIL.test(value) &&
    !value.startsWith('.') &&
    !value.includes('..') &&
    value.indexOf('@') <= 64
  );
}

/** Digits only, with `+39`/`0039` removed; `null` when the characters are not a phone's. */
export function normaliseItalianPhone(value: string): string | null {
  if (typeof value !== 'string' || !/^[+\d(][\d\s./()-]*$/.test(value.trim()))
    return null;
  const digits = value.replace(/[\s./()-]/g, '');
  return digits.replace(/^(\+39|0039)/, '');
}

/** Italian mobile (3xx, 9-10 digits) or landline (0x, 6-11 digits), with optional +39. */
export function isValidItalianPhone(value: string): boolean {
  const n = normaliseItalianPhone(value);
  return n !== null && (/^3\d{8,9}$/.test(n) || /^0\d{5,10}$/.test(n));
}
