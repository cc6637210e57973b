import fc from 'fast-check';
import {
  codiceFiscaleCheckChar,
  isValidCodiceFiscaleOrganisation,
  isValidCodiceFiscalePersona,
  isWellFormedCodiceFiscalePersona,
  normaliseCodiceFiscale,
} from './codice-fiscale';
import {
  mutation,
  validCodiceFiscalePersona,
  validPartitaIva,
} from '../../../test/arbitraries';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('isValidCodiceFiscalePersona', () => {
  it('accepts known valid codes, omocodia variants included', () => {
    for (const cf of [
      'RSSMRA85T10A562S',
      'MRTMTT91D08F205J',
      'RSSMRA85T10A56NH',
      'RSSMRA85T10A5SNT',
      'RSSMRA85T10A562S'.slice(0, 15) + 'S',
    ]) {
      expect([cf, isValidCodiceFiscalePersona(cf)]).toEqual([cf, true]);
    }
  });

  it('refuses wrong check letters, impossible dates and bad shapes', () => {
    for (const cf of [
      'RSSMRA85T10A562T', // check letter
      'RSSMRA85T10A56NS', // omocodia without its own check letter
      'RSSMRA85F10A562S', // F is not a month letter
      'RSSMRA85T32A562' + codiceFiscaleCheckChar('RSSMRA85T32A562'), // day 32
      'RSSMRA85T00A562' + codiceFiscaleCheckChar('RSSMRA85T00A562'), // day 0
      'RSSMRA85T10A562', // 15 chars
      'rssmra85t10a562s', // lower case: normalise first
      'RSSMRA85T10A5621',
      '',
    ]) {
      expect([cf, isValidCodiceFiscalePersona(cf)]).toEqual([cf, false]);
    }
    expect(
      isValidCodiceFiscalePersona(
        normaliseCodiceFiscale(' rssmra 85t10 a562s'),
      ),
    ).toBe(true);
  });

  it('recognises well-formed codes whatever their check letter', () => {
    expect(isWellFormedCodiceFiscalePersona('RSSMRA85T10A562T')).toBe(true);
    expect(isWellFormedCodiceFiscalePersona('RSSMRA85T10A56ZT')).toBe(false);
    expect(isWellFormedCodiceFiscalePersona('RSSMRA85T35A562S')).toBe(false);
  });

  it('accepts every generated valid code', () => {
    fc.assert(
      fc.property(validCodiceFiscalePersona, (cf) =>
        isValidCodiceFiscalePersona(cf),
      ),
    );
  });

  it('refuses every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(
        validCodiceFiscalePersona.chain((cf) => mutation(cf, ALPHANUMERIC)),
        (mutated) => !isValidCodiceFiscalePersona(mutated),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isValidCodiceFiscaleOrganisation', () => {
  it('uses the partita IVA algorithm', () => {
    expect(isValidCodiceFiscaleOrganisation('00743110157')).toBe(true);
    expect(isValidCodiceFiscaleOrganisation('00743110150')).toBe(false);
    expect(isValidCodiceFiscaleOrganisation('RSSMRA85T10A562S')).toBe(false);
  });

  it('accepts generated valid codes and refuses their single-digit mutations', () => {
    fc.assert(
      fc.property(validPartitaIva, (cf) =>
        isValidCodiceFiscaleOrganisation(cf),
      ),
    );
    fc.assert(
      fc.property(
        validPartitaIva.chain((cf) => mutation(cf, '0123456789')),
        (m) => !isValidCodiceFiscaleOrganisation(m),
      ),
    );
  });
});
