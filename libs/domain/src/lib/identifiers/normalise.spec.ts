import fc from 'fast-check';
import { normaliseFreeText } from './normalise';
import { numberWordValue } from './number-words';
import { closedSpacingView, identityView, normalisedView, numberWordsView, originalSpan } from './views';

describe('normaliseFreeText', () => {
  it('folds every space kind, drops format and control characters, keeps tabs and line breaks', () => {
    expect(normaliseFreeText('333\u00a0123\u202f4567\u2007x\u3000y')).toBe('333 123 4567 x y');
    expect(normaliseFreeText('RSS\u200bMRA\u2060\u00ad85T10\u0000A562S\ufeff')).toBe('RSSMRA85T10A562S');
    expect(normaliseFreeText('riga\r\nriga\rriga\u2028fine\tok')).toBe('riga\nriga\nriga\nfine\tok');
    expect(normaliseFreeText('\u202eevil\u202c')).toBe('evil');
  });

  it('folds full-width forms and every digit script to ASCII', () => {
    expect(normaliseFreeText('３３３ １２３ ４５６７ maria＠gmail．com')).toBe('333 123 4567 maria@gmail.com');
    expect(normaliseFreeText('٣٣٣ ۱۲۳ ४५६७ ৮৯০ ๑๒')).toBe('333 123 4567 890 12');
  });

  it('keeps ordinary Italian text as it is, accents composed', () => {
    const text = 'Perché è qui: cura di anziani, 20 ore, città — “virgolette” e l’apostrofo 😀';
    expect(normaliseFreeText(text)).toBe(text);
    expect(normaliseFreeText('citta\u0300')).toBe('città');
    expect(normaliseFreeText('e\u200b\u0301')).toBe('é');
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normaliseFreeText(normaliseFreeText(s)) === normaliseFreeText(s)),
      { numRuns: 500 },
    );
  });

  it('reads the same as the code-point view the detector scans, up to composition', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normalisedView(s).text.normalize('NFKC') === normaliseFreeText(s)),
      { numRuns: 500 },
    );
  });
});

describe('views', () => {
  it('map every character back to the source it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        for (const view of [normalisedView(s), closedSpacingView(normalisedView(s)), numberWordsView(normalisedView(s))]) {
          for (let i = 0; i < view.text.length; i++) {
            if (!(view.from[i] >= 0 && view.from[i] < view.to[i] && view.to[i] <= s.length)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('close up letter-spacing and split where a reader sees two words', () => {
    const close = (s: string) => closedSpacingView(identityView(s)).text;
    expect(close('M A R I A  R O S S I')).toBe('MARIA  ROSSI');
    expect(close('M A R I A R O S S I')).toBe('MARIA ROSSI');
    expect(close('M a r i a R o s s i')).toBe('Maria Rossi');
    expect(close('3 3 3 1 2 3 4 5 6 7')).toBe('3331234567');
    expect(close('m.a.r.i.a')).toBe('maria');
    expect(close('turni 6-14 e 14-22, H A C C P')).toBe('turni 6-14 e 14-22, HACCP');
    const view = closedSpacingView(identityView('tel: 3 3 3 1'));
    expect(originalSpan(view, 5, 9)).toEqual({ start: 5, end: 12 });
  });

  it('read numbers written in words as digits', () => {
    const words = (s: string) => numberWordsView(identityView(s)).text;
    expect(words('tre tre tre, uno due tre, quattro cinque sei sette')).toBe('3331234567');
    expect(words('trecentotrentatré uno-due-tre quattrocentocinquantasei sette')).toBe('3331234567');
    expect(words('nata il dodici marzo millenovecentottantacinque')).toBe('nata il 12 marzo 1985');
    expect(words('Ha due figli di tre e cinque anni')).toBe('Ha 2 figli di 3 e 5 anni');
    expect(words('un corso di una settimana')).toBe('un corso di una settimana');
  });

  it('knows Italian cardinals written as one word, and nothing else', () => {
    const cases: [string, number | undefined][] = [
      ['zero', 0], ['uno', 1], ['primo', 1], ['tredici', 13], ['ventuno', 21], ['ventotto', 28], ['ventitré', 23], ['trentatre', 33],
      ['cento', 100], ['centotto', 108], ['centottanta', 180], ['trecentotrentatré', 333], ['novecentottantacinque', 985],
      ['mille', 1000], ['millenovecentottantacinque', 1985], ['millenovecentoottantacinque', 1985], ['duemila', 2000],
      ['duemilaquindici', 2015], ['diecimila', undefined], ['seven', 7],
      ['Milano', undefined], ['centro', undefined], ['percentuale', undefined], ['docente', undefined], ['settimana', undefined],
      ['ottobre', undefined], ['novembre', undefined], ['trentina', undefined], ['un', undefined], ['una', undefined],
    ];
    for (const [word, value] of cases) expect([word, numberWordValue(word)]).toEqual([word, value]);
  });
});
