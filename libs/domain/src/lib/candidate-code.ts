import { PSEUDONYM_ALPHABET, pseudonymCheckChar, type RandomBytes } from './pseudonym';

/**
 * Candidate codes: how ONE organisation knows a woman (ARCHITECTURE.md, safety rule 3; issue 20), e.g.
 * `C-7QX4-92KF`. Each (profile, organisation) pair gets its own code, drawn at random when she
 * is first proposed to that organisation and stored; the profile's pseudonym code stays with
 * the staff of her network. Random rather than derived (an HMAC of profile and organisation
 * with a server secret): a random code has no relation to anything, so no leaked secret, backup
 * or future bug can link two organisations' codes or lead back to the pseudonym, and erasing
 * the stored pair makes the link gone for good. The price is a table, which the erasure covers.
 *
 * Seven random characters of the pseudonym alphabet (33.6 bits) and its Luhn mod 28 check
 * character: codes must be unique within one organisation only (an organisation sees at most
 * thousands of candidates: a collision, refused by the database, is drawn again).
 */
export const CANDIDATE_CODE_PREFIX = 'C';
const RANDOM_CHARS = 7;
const N = PSEUDONYM_ALPHABET.length;
const BYTE_LIMIT = 256 - (256 % N);
const SYMBOL = `[${PSEUDONYM_ALPHABET}]`;
export const CANDIDATE_CODE_PATTERN = new RegExp(`^${CANDIDATE_CODE_PREFIX}-${SYMBOL}{4}-${SYMBOL}{4}$`);

const cryptoBytes: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function generateCandidateCode(randomBytes: RandomBytes = cryptoBytes): string {
  let payload = '';
  const buffer = new Uint8Array(16);
  for (let draws = 0; payload.length < RANDOM_CHARS; draws++) {
    if (draws >= 1000) throw new Error('random source yields no usable bytes');
    randomBytes(buffer);
    for (let i = 0; i < buffer.length && payload.length < RANDOM_CHARS; i++) {
      if (buffer[i] < BYTE_LIMIT) payload += PSEUDONYM_ALPHABET[buffer[i] % N];
    }
  }
  const chars = payload + pseudonymCheckChar(payload);
  return `${CANDIDATE_CODE_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Format and check character. */
export function isCandidateCode(value: string): boolean {
  if (typeof value !== 'string' || !CANDIDATE_CODE_PATTERN.test(value)) return false;
  const chars = value.slice(CANDIDATE_CODE_PREFIX.length).replace(/-/g, '');
  return pseudonymCheckChar(chars.slice(0, RANDOM_CHARS)) === chars[RANDOM_CHARS];
}
