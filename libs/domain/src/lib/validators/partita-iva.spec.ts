import fc from 'fast-check';
import {
  isValidPartitaIva,
  normalisePartitaIva,
  partitaIvaCheckDigit,
} from './partita-iva';
import { mutation, validPartitaIva } from '../../../test/arbitraries';

describe('isValidPartitaIva', () => {
  it('accepts checksum-valid numbers, including published ones', () => {
    for (const p of [
      '00743110157',
      '00488410010',
      '06363391001',
      '12345678903',
    ]) {
      expect([p, isValidPartitaIva(p)]).toEqual([p, true]);
    }
  });

  it('computes the check digit by hand-checked example', () => {
    // 0+7+3+1+1 = 12 (odd positions); 0,4,1,0,5 doubled → 0+8+2+0+(10-9) = 11; (10 - 23 % 10) % 10 = 7
    expect(partitaIvaCheckDigit('0074311015')).toBe(7);
  });

  it('refuses wrong check digits, wrong lengths, non-digits and all zeros', () => {
    for (const p of [
      '00743110158',
      '12345678901',
      '0074311015',
      '007431101570',
      'IT00743110157',
      '0074311015A',
      ' 00743110157',
      '00000000000',
      '',
    ]) {
      expect([p, isValidPartitaIva(p)]).toEqual([p, false]);
    }
  });

  it('normalises spaces and the IT prefix', () => {
    expect(normalisePartitaIva(' it 007 4311 0157 ')).toBe('00743110157');
    expect(isValidPartitaIva(normalisePartitaIva('IT00743110157'))).toBe(true);
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validPartitaIva, (p) => isValidPartitaIva(p)));
  });

  it('refuses every single-digit substitution of a valid number', () => {
    fc.assert(
      fc.property(
        validPartitaIva.chain((p) => mutation(p, '0123456789')),
        (mutated) => !isValidPartitaIva(mutated),
      ),
    );
  });

  it('refuses swaps of two different adjacent digits except the known blind spot 0↔9', () => {
    fc.assert(
      fc.property(validPartitaIva, fc.integer({ min: 0, max: 9 }), (p, i) => {
        const a = p[i];
        const b = p[i + 1];
        fc.pre(a !== b && !(a + b === '09' || a + b === '90'));
        const swapped = p.slice(0, i) + b + a + p.slice(i + 2);
        return !isValidPartitaIva(swapped);
      }),
    );
  });
});
