/**
 * Pseudonym codes of profiles, e.g. `MI-7QX4-92KF-HD3`: the area prefix, ten random
 * characters and one check character, in groups of four so that a counsellor can read one
 * over the phone.
 *
 * Alphabet: 28 symbols, digits 2-9 and letters without I, L, O (confused with 1 and 0), B, S,
 * Z (confused with 8, 5, 2). Each random character carries log2(28) = 4.807 bits, so a code
 * carries 10 × 4.807 = 48.1 bits (28^10 ≈ 2.96 × 10^14 codes). Among 10^6 codes the expected
 * number of colliding pairs is n² / 2N ≈ 0.0017; seven random characters (MI-XXXX-XXX) would
 * give ≈ 37, which is why the code is longer than the first sketch. The database's unique
 * constraint still guards against the rare collision.
 *
 * Randomness comes from `crypto.getRandomValues` (Node 19+ and browsers) with rejection
 * sampling, so every symbol is equally likely. The check character is Luhn mod 28 over the
 * ten random characters: it catches every single misheard character and most swaps of two
 * neighbours.
 */

export const PSEUDONYM_ALPHABET = '23456789ACDEFGHJKMNPQRTUVWXY';
export const PSEUDONYM_PREFIX = 'MI';
const N = PSEUDONYM_ALPHABET.length; // 28
const RANDOM_CHARS = 10;
/** Largest multiple of 28 not above 256: bytes from 252 up are rejected to avoid modulo bias. */
const BYTE_LIMIT = 256 - (256 % N);

const SYMBOL = `[${PSEUDONYM_ALPHABET}]`;
export const PSEUDONYM_CODE_PATTERN = new RegExp(
  `^${PSEUDONYM_PREFIX}-${SYMBOL}{4}-${SYMBOL}{4}-${SYMBOL}{3}$`,
);

/** Fills the array with random bytes; injectable for reproducible tests. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const cryptoBytes: RandomBytes = (bytes) =>
  globalThis.crypto.getRandomValues(bytes);

/** Luhn mod N check character over symbols of the alphabet. */
export function pseudonymCheckChar(payload: string): string {
  let sum = 0;
  let double = true; // the rightmost payload character is doubled
  for (let i = payload.length - 1; i >= 0; i--) {
    const value = PSEUDONYM_ALPHABET.indexOf(payload[i]);
    if (value < 0)
      throw new RangeError(`not a pseudonym symbol: ${payload[i]}`);
    let addend = double ? value * 2 : value;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
    double = !double;
  }
  return PSEUDONYM_ALPHABET[(N - (sum % N)) % N];
}

export function generatePseudonymCode(
  randomBytes: RandomBytes = cryptoBytes,
): string {
  let payload = '';
  const buffer = new Uint8Array(16);
  // A healthy source fills the code in one draw (it rejects 4 bytes in 256); needing 1,000
  // means the source is broken, and looping on it would hang the caller.
  for (let draws = 0; payload.length < RANDOM_CHARS; draws++) {
    if (draws >= 1000) throw new Error('random source yields no usable bytes');
    randomBytes(buffer);
    for (let i = 0; i < buffer.length && payload.length < RANDOM_CHARS; i++) {
      if (buffer[i] < BYTE_LIMIT) payload += PSEUDONYM_ALPHABET[buffer[i] % N];
    }
  }
  const chars = payload + pseudonymCheckChar(payload);
  return `${PSEUDONYM_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Format and check character. Upper case only: see `normalisePseudonymCode`. */
export function isPseudonymCode(value: string): boolean {
  if (typeof value !== 'string' || !PSEUDONYM_CODE_PATTERN.test(value))
    return false;
  const chars = value.slice(PSEUDONYM_PREFIX.length).replace(/-/g, '');
  return (
    pseudonymCheckChar(chars.slice(0, RANDOM_CHARS)) === chars[RANDOM_CHARS]
  );
}

/** Upper case, spaces removed, dashes put back where they belong ("mi 7qx4 92kf hd3"). */
export function normalisePseudonymCode(value: string): string {
  const compact = value.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== PSEUDONYM_PREFIX.length + RANDOM_CHARS + 1)
    return compact;
  const p = PSEUDONYM_PREFIX.length;
  return `${compact.slice(0, p)}-${compact.slice(p, p + 4)}-${compact.slice(p + 4, p + 8)}-${compact.slice(p + 8)}`;
}
