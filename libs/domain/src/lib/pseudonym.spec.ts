import fc from 'fast-check';
import {
  PSEUDONYM_ALPHABET,
  generatePseudonymCode,
  isPseudonymCode,
  normalisePseudonymCode,
  pseudonymCheckChar,
  type RandomBytes,
} from './pseudonym';

/** xorshift32: a reproducible byte source, so that the 10^6 test cannot flake. */
function seededBytes(seed: number): RandomBytes {
  let x = seed >>> 0 || 1;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      bytes[i] = x & 0xff;
    }
    return bytes;
  };
}

describe('pseudonym codes', () => {
  it('uses an alphabet without look-alike characters', () => {
    expect(PSEUDONYM_ALPHABET).toHaveLength(28);
    expect(new Set(PSEUDONYM_ALPHABET).size).toBe(28);
    for (const c of '01OILBSZ') expect(PSEUDONYM_ALPHABET).not.toContain(c);
  });

  it('generates well-formed codes that pass their own check (crypto source)', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const code = generatePseudonymCode();
        return (
          /^MI-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}$/.test(code) &&
          isPseudonymCode(code)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('is well formed for any byte source, including one that keeps sending rejected bytes', () => {
    fc.assert(
      // The pattern holds at least one usable byte (< 252); a source with none is refused below.
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((p) => p.some((b) => b < 252)), (pattern) => {
        let i = 0;
        // Each call starts with 252..255 bytes (rejected) before the pattern: sampling must skip them.
        const source: RandomBytes = (bytes) => {
          bytes.fill(255, 0, 4);
          for (let k = 4; k < bytes.length; k++)
            bytes[k] = pattern[i++ % pattern.length];
          return bytes;
        };
        const code = generatePseudonymCode(source);
        return isPseudonymCode(code);
      }),
    );
  });

  it('refuses a source that never yields a usable byte instead of looping forever', () => {
    expect(() => generatePseudonymCode((bytes) => bytes.fill(255))).toThrow(/no usable bytes/);
  });

  it('draws every symbol about equally often (no modulo bias)', () => {
    const counts = new Map<string, number>();
    const random = seededBytes(7);
    const codes = 20_000;
    for (let n = 0; n < codes; n++) {
      for (const c of generatePseudonymCode(random)
        .slice(3)
        .replace(/-/g, '')
        .slice(0, 10)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    const expected = (codes * 10) / 28;
    expect(counts.size).toBe(28);
    for (const count of counts.values())
      expect(Math.abs(count - expected) / expected).toBeLessThan(0.06);
  });

  it('has no collision in 10^6 codes', () => {
    const random = seededBytes(0x9e3779b9);
    const seen = new Set<string>();
    for (let n = 0; n < 1_000_000; n++) seen.add(generatePseudonymCode(random));
    expect(seen.size).toBe(1_000_000);
  });

  it('has no collision in 10^5 codes from the crypto source', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 100_000; n++) seen.add(generatePseudonymCode());
    expect(seen.size).toBe(100_000);
  });

  it('rejects any single misheard character', () => {
    const alphabet = PSEUDONYM_ALPHABET;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 27 }),
        (pos, shift) => {
          const code = generatePseudonymCode();
          const chars = code.slice(3).replace(/-/g, '').split('');
          chars[pos] = alphabet[(alphabet.indexOf(chars[pos]) + shift) % 28];
          const mutated = normalisePseudonymCode(`MI${chars.join('')}`);
          return !isPseudonymCode(mutated);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses malformed codes and normalises spoken or typed variants', () => {
    for (const s of [
      'MI-7QX4-92K',
      'MI-7QX4-92KF-HD',
      'RM-7QX4-92KF-HD3',
      'MI-0QX4-92KF-HD3',
      'mi-7qx4-92kf-hd3',
      '',
    ]) {
      expect([s, isPseudonymCode(s)]).toEqual([s, false]);
    }
    const payload = '7QX492KFHD';
    const code = `MI-7QX4-92KF-HD${pseudonymCheckChar(payload)}`;
    expect(isPseudonymCode(code)).toBe(true);
    expect(
      normalisePseudonymCode(
        ` mi 7qx4 92kf hd${pseudonymCheckChar(payload).toLowerCase()} `,
      ),
    ).toBe(code);
  });
});
