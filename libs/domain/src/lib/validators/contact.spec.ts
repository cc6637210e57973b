import {
  isValidEmail,
  isValidItalianPhone,
  normaliseItalianPhone,
} from './contact';

describe('isValidEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const e of [
      'info@example.it',
      'anna.rossi+hr@azienda-srl.com',
      'x@sub.domain.eu',
    ]) {
      expect([e, isValidEmail(e)]).toEqual([e, true]);
    }
  });

  it('refuses malformed ones', () => {
    for (const e of [
      'info@',
      '@example.it',
      'info@example',
      'a b@example.it',
      'a..b@example.it',
      '.a@example.it',
      'a@-x.it',
      '',
    ]) {
      expect([e, isValidEmail(e)]).toEqual([e, false]);
    }
  });
});

describe('isValidItalianPhone', () => {
  it('accepts mobiles and landlines with common separators', () => {
    for (const p of [
      '+39 333 123 4567',
      '333.123.4567',
      '0039 02 1234 5678',
      '02-12345678',
      '(02) 1234567',
      '3331234567',
    ]) {
      expect([p, isValidItalianPhone(p)]).toEqual([p, true]);
    }
  });

  it('refuses other numbers and letters', () => {
    for (const p of [
      '12345',
      '+39 12 345 6789',
      '33312345',
      '333 123 4567 890',
      'tel 333 1234567',
      '',
    ]) {
      expect([p, isValidItalianPhone(p)]).toEqual([p, false]);
    }
  });

  it('normalises to digits without the country code', () => {
    expect(normaliseItalianPhone('+39 02 1234.5678')).toBe('0212345678');
    expect(normaliseItalianPhone('abc')).toBeNull();
  });
});
