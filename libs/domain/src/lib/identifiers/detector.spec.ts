import fc from 'fast-check';
import { SAFE_TEXTS } from '../../../test/texts';
import { codiceFiscaleCheckChar } from '../validators/codice-fiscale';
import { detectIdentifiers, firstIdentifier } from './detector';
import { PLACE_NAMES } from './places';
import { ibanMod97 } from './structured';
import { IDENTIFIER_KINDS, type IdentifierKind } from './types';

const opts = { referenceYear: 2026 };
const found = (text: string) =>
  detectIdentifiers(text, opts).map((f) => [
    f.kind,
    text.slice(f.start, f.end),
  ]);

/** Italian examples of each kind, with the exact span expected. */
const EXAMPLES: Record<IdentifierKind, Array<[string, string]>> = {
  person_name: [
    ['Maria Rossi ha lavorato come cuoca', 'Maria Rossi'],
    ['mi chiamo Anna Bianchi', 'Anna Bianchi'],
    ['mi chiamo anna bianchi e ho 35 anni', 'anna bianchi'],
    ['Ho parlato con Rossi Maria ieri', 'Rossi Maria'],
    ['La sig.ra Bianchi è disponibile', 'Bianchi'],
    ['la signora Anna Bianchi è disponibile', 'Anna Bianchi'],
    ['referente: Dott.ssa Giulia Verdi', 'Giulia Verdi'],
    ['Anna Maria De Luca, esperienza in sartoria', 'Anna Maria De Luca'],
    ['Fatima Zahra El Amrani cerca lavoro', 'Fatima Zahra El Amrani'],
    ['Olena Kovalenko, ucraina', 'Olena Kovalenko'],
    ['MARIA ROSSI', 'MARIA ROSSI'],
    ['Nome: Ioana Popescu', 'Ioana Popescu'],
    ['La collega si chiama Olena', 'Olena'],
    ['Mrs Smith will call', 'Smith'],
  ],
  email: [
    ['scrivere a anna.rossi@gmail.com entro lunedì', 'anna.rossi@gmail.com'],
    ['mail: m.bianchi85@libero.it.', 'm.bianchi85@libero.it'],
    ['anna.rossi (at) gmail (dot) com', 'anna.rossi (at) gmail (dot) com'],
  ],
  phone: [
    ['cell. 333 1234567', '333 1234567'],
    ['tel +39 333 123 4567 ore pasti', '+39 333 123 4567'],
    ['chiamare il 347-123-4567', '347-123-4567'],
    ['3331234567', '3331234567'],
    ['casa 02 1234 5678', '02 1234 5678'],
    ['ufficio (02) 12345678', '02) 12345678'],
    ['0039 02 12345678', '0039 02 12345678'],
    ['numero rumeno +40 721 234 567', '+40 721 234 567'],
    ['333.123.45.67 solo sms', '333.123.45.67'],
  ],
  codice_fiscale: [
    ['CF RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['codice fiscale: rssmra85t10a562s', 'rssmra85t10a562s'],
    ['RSSMRA85T10A56NH (omocodia)', 'RSSMRA85T10A56NH'],
    ['cf RSSMRA85T10A562T (ultima lettera sbagliata)', 'RSSMRA85T10A562T'],
    ['RSS MRA 85T10 A562S', 'RSS MRA 85T10 A562S'],
  ],
  iban: [
    [
      'IBAN IT60 X054 2811 1010 0000 0123 456 presso la banca',
      'IT60 X054 2811 1010 0000 0123 456',
    ],
    ['IT60X0542811101000000123456', 'IT60X0542811101000000123456'],
    ['conto romeno RO49AAAA1B31007593840000', 'RO49AAAA1B31007593840000'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
  ],
  street_address: [
    ['abita in via Roma 12', 'via Roma 12'],
    ['Via Giuseppe Verdi, 3', 'Via Giuseppe Verdi, 3'],
    ['viale Monza, 140/B', 'viale Monza, 140/B'],
    ['piazza della Repubblica', 'piazza della Repubblica'],
    ['residente in corso Buenos Aires', 'corso Buenos Aires'],
    ['corso Garibaldi 45', 'corso Garibaldi 45'],
    ['via XX Settembre n. 5', 'via XX Settembre n. 5'],
    ['viale monza 140', 'viale monza 140'],
    ['VIA ROMA 12', 'VIA ROMA 12'],
    ['p.za Duomo 1', 'p.za Duomo 1'],
  ],
  date_of_birth: [
    ['nata il 3 marzo 1985', '3 marzo 1985'],
    ['born 12/03/1985', '12/03/1985'],
    ['data di nascita: 1985-03-12', '1985-03-12'],
    ['12-03-1985', '12-03-1985'],
    ['nata a Lima il 1° maggio 1979', '1° maggio 1979'],
    ['nata nel 1985', 'nata nel 1985'],
    ['classe 1990', 'classe 1990'],
    ['born March 12, 1985', 'March 12, 1985'],
    ['nata il 12/03/85', '12/03/85'],
    ['nata il dodici marzo millenovecentottantacinque', 'dodici marzo millenovecentottantacinque'],
  ],
  social_handle: [
    ['mi trovi su @maria_rossi85', '@maria_rossi85'],
    ['facebook.com/maria.rossi.85', 'facebook.com/maria.rossi.85'],
    ['https://www.instagram.com/mariarossi85/', 'https://www.instagram.com/mariarossi85/'],
    ['su TikTok: maria.rossi85', 'TikTok: maria.rossi85'],
  ],
  document_number: [
    ["carta d'identità CA12345AB", 'CA12345AB'],
    ['passaporto n. YA1234567', 'YA1234567'],
    ['permesso di soggiorno n. I 0123456 7', 'I 0123456 7'],
    ['tessera sanitaria 80380 00000 1234567890', '80380 00000 1234567890'],
  ],
  licence_plate: [
    ['auto AB 123 CD', 'AB 123 CD'],
    ['targa MI 4A5678', 'MI 4A5678'],
  ],
};

describe('detectIdentifiers: examples of each kind', () => {
  for (const kind of IDENTIFIER_KINDS) {
    it(`finds ${kind}`, () => {
      for (const [text, span] of EXAMPLES[kind]) {
        expect([text, found(text)]).toEqual([text, [[kind, span]]]);
      }
    });
  }

  it('reports several identifiers in reading order, without overlaps', () => {
    const text =
      'Maria Rossi, via Roma 12, tel 333 1234567, maria.rossi@gmail.com, nata il 03/12/1985';
    expect(found(text)).toEqual([
      ['person_name', 'Maria Rossi'],
      ['street_address', 'via Roma 12'],
      ['phone', '333 1234567'],
      ['email', 'maria.rossi@gmail.com'],
      ['date_of_birth', '03/12/1985'],
    ]);
  });

  it('prefers the more specific kind: a date over phone-like digits, an e-mail over a name', () => {
    expect(found('nata il 03-12-1985')).toEqual([
      ['date_of_birth', '03-12-1985'],
    ]);
    expect(found('Maria.Rossi@gmail.com')).toEqual([
      ['email', 'Maria.Rossi@gmail.com'],
    ]);
  });

  it('firstIdentifier returns the earliest finding or undefined', () => {
    expect(firstIdentifier('tel 333 1234567 e Maria Rossi', opts)).toEqual({
      kind: 'phone',
      start: 4,
      end: 15,
    });
    expect(firstIdentifier('Saldatura TIG e MIG', opts)).toBeUndefined();
  });
});

describe('detectIdentifiers: ordinary text', () => {
  it('accepts ordinary skill descriptions and cover messages', () => {
    for (const text of SAFE_TEXTS)
      expect([text, found(text)]).toEqual([text, []]);
  });

  it('accepts every comune of the metropolitan area, alone and in a sentence', () => {
    for (const place of PLACE_NAMES) {
      expect([place, found(place)]).toEqual([place, []]);
      const sentence = `Abita a ${place} e cerca lavoro a ${place} o dintorni`;
      expect([sentence, found(sentence)]).toEqual([sentence, []]);
    }
  });

  it('does not take periods, times, amounts or future dates for identifiers', () => {
    for (const text of [
      'dal 01/09/2010 al 30/06/2015',
      'fino al 31-12-2019',
      'turni 08.30-12.30 / 14.00-18.00',
      'colloquio il 15/06/2026',
      'CAP 20100, 30 ore settimanali, 1.200 euro',
      'ISO 9001 e ISO 14001',
      'corso di 120 ore, livello 3 CCNL',
    ]) {
      expect([text, found(text)]).toEqual([text, []]);
    }
  });
});

// --- Properties --------------------------------------------------------------------------------

function isWellFormedResult(
  text: string,
  findings: ReturnType<typeof detectIdentifiers>,
): boolean {
  return findings.every(
    (f, i) =>
      IDENTIFIER_KINDS.includes(f.kind) &&
      Number.isInteger(f.start) &&
      f.start >= 0 &&
      f.start < f.end &&
      f.end <= text.length &&
      (i === 0 || findings[i - 1].end <= f.start),
  );
}

describe('detectIdentifiers: properties', () => {
  it('never throws and returns sorted, disjoint, in-bounds spans on any string', () => {
    for (const arb of [
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
    ]) {
      fc.assert(
        fc.property(arb, (s) => isWellFormedResult(s, detectIdentifiers(s))),
        { numRuns: 300 },
      );
    }
  });

  it('never throws on strings built from the characters identifiers are made of', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ./-+()@ITRSMabcXYZàè\n,:;'.split(''),
      'via ',
      'Maria ',
      'nata il ',
      'Rossi ',
      '333 ',
      'IT60',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
        (s) => isWellFormedResult(s, detectIdentifiers(s)),
      ),
      { numRuns: 500 },
    );
  });

  it('finds no identifier in any joining of ordinary texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SAFE_TEXTS), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('. ', '; ', '\n', ', '),
        (parts, sep) => {
          const text = parts.join(sep);
          return detectIdentifiers(text, opts).length === 0;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds each kind inside ordinary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAFE_TEXTS),
        identifierSample,
        fc.constantFrom(...SAFE_TEXTS),
        (before, [kind, sample], after) => {
          const text = `${before}. ${sample}. ${after}`;
          const start = before.length + 2;
          const end = start + sample.length;
          return detectIdentifiers(text, opts).some(
            (f) => f.kind === kind && f.start < end && start < f.end,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// --- Generators of identifiers ------------------------------------------------------------------

const digits = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
    .map((d) => d.join(''));
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const GIVEN = [
  'Maria',
  'Anna',
  'Giulia',
  'Fatima',
  'Ioana',
  'Olena',
  'Rosa',
  'Chiara',
  'Blessing',
  'Mariam',
  'Giovanna',
  'Elena',
];
const SURNAMES = [
  'Rossi',
  'Bianchi',
  'Esposito',
  'Popescu',
  'Kovalenko',
  'El Amrani',
  'Hoxha',
  'Ferrari',
  'De Luca',
  'Okafor',
  'Quispe',
];

const personName = fc.oneof(
  fc.tuple(pick(GIVEN), pick(SURNAMES)).map(([g, s]) => `${g} ${s}`),
  fc
    .tuple(pick(GIVEN), pick(SURNAMES))
    .map(([g, s]) => `mi chiamo ${g.toLowerCase()} ${s.toLowerCase()}`),
  pick(SURNAMES).map((s) => `la signora ${s}`),
);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
    pick([
      'gmail.com',
      'libero.it',
      'yahoo.it',
      'hotmail.com',
      'comune.milano.it',
    ]),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);
const phone = fc.oneof(
  fc
    .tuple(pick(['3', '3']), digits(2), digits(7))
    .map(([a, b, c]) => `${a}${b} ${c}`),
  fc
    .tuple(digits(2), digits(3), digits(4))
    .map(([a, b, c]) => `+39 3${a} ${b} ${c}`),
  fc
    .tuple(digits(2), digits(3), digits(4))
    .map(([a, b, c]) => `3${a}.${b}.${c}`),
  digits(8).map((d) => `02 ${d}`),
);
const CF_DIGITS = (n: number, max: number) =>
  fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const codiceFiscale = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{6}$/),
    CF_DIGITS(2, 99),
    pick('ABCDEHLMPRST'.split('')),
    fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 41, max: 71 })),
    fc.stringMatching(/^[A-Z]$/),
    CF_DIGITS(3, 999),
  )
  .map(([n, y, m, d, p, c]) => {
    const first15 = `${n}${y}${m}${String(d).padStart(2, '0')}${p}${c}`;
    return first15 + codiceFiscaleCheckChar(first15);
  });
const italianIban = fc
  .tuple(fc.stringMatching(/^[A-Z]$/), digits(10), digits(12))
  .map(([cin, abiCab, account]) => {
    const bban = `${cin}${abiCab}${account}`;
    const check = 98 - ibanMod97(`IT00${bban}`);
    const iban = `IT${String(check).padStart(2, '0')}${bban}`;
    return iban.match(/.{1,4}/g)?.join(' ') ?? iban;
  });
const streetAddress = fc
  .tuple(
    pick(['via', 'Via', 'viale', 'piazza', 'corso', 'largo']),
    pick([
      'Roma',
      'Giuseppe Verdi',
      'della Spiga',
      'Padova',
      'XX Settembre',
      'Buenos Aires',
    ]),
    fc.integer({ min: 1, max: 300 }),
  )
  .map(([w, n, c]) => `${w} ${n} ${c}`);
const dateOfBirth = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1940, max: 2006 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([d, m, y, style]) => {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    const months = [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ];
    return [
      `nata il ${dd}/${mm}/${y}`,
      `${dd}-${mm}-${y}`,
      `nata il ${d} ${months[m - 1]} ${y}`,
      `${y}-${mm}-${dd}`,
    ][style];
  });

const identifierSample: fc.Arbitrary<[IdentifierKind, string]> = fc.oneof(
  personName.map((s) => ['person_name', s] as [IdentifierKind, string]),
  email.map((s) => ['email', s] as [IdentifierKind, string]),
  phone.map((s) => ['phone', s] as [IdentifierKind, string]),
  codiceFiscale.map((s) => ['codice_fiscale', s] as [IdentifierKind, string]),
  italianIban.map((s) => ['iban', s] as [IdentifierKind, string]),
  streetAddress.map((s) => ['street_address', s] as [IdentifierKind, string]),
  dateOfBirth.map((s) => ['date_of_birth', s] as [IdentifierKind, string]),
);
