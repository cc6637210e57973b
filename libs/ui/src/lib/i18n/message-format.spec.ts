import { formatMessage, formatNumber } from './message-format';

describe('formatMessage (ICU plural and select, locale numbers)', () => {
  const missing = '{count, plural, one {Le manca # competenza} other {Le mancano # competenze}}';

  it('picks the plural branch Intl.PluralRules gives, in Italian and English', () => {
    expect(formatMessage(missing, { count: 1 }, 'it-IT')).toBe('Le manca 1 competenza');
    expect(formatMessage(missing, { count: 3 }, 'it-IT')).toBe('Le mancano 3 competenze');
    expect(formatMessage(missing, { count: 0 }, 'it-IT')).toBe('Le mancano 0 competenze');
    const offers = '{count, plural, =0 {No offers} one {# offer} other {# offers}}';
    expect(formatMessage(offers, { count: 0 }, 'en-GB')).toBe('No offers');
    expect(formatMessage(offers, { count: 1 }, 'en-GB')).toBe('1 offer');
    expect(formatMessage(offers, { count: 12 }, 'en-GB')).toBe('12 offers');
  });

  it('selects by value and nests params inside branches', () => {
    const text = '{kind, select, offer {Offerta «{title}»} other {Corso «{title}»}}';
    expect(formatMessage(text, { kind: 'offer', title: 'Cuoca' }, 'it-IT')).toBe('Offerta «Cuoca»');
    expect(formatMessage(text, { kind: 'course', title: 'HACCP' }, 'it-IT')).toBe('Corso «HACCP»');
  });

  it('writes decimals the way each language does, integers plain, and leaves unknown params as written', () => {
    expect(formatMessage('{km} km', { km: 2.9 }, 'it-IT')).toBe('2,9 km');
    expect(formatMessage('{km} km', { km: 2.9 }, 'en-GB')).toBe('2.9 km');
    expect(formatNumber(2026, 'en-GB')).toBe('2026');
    expect(formatMessage('Ciao {name}', {}, 'it-IT')).toBe('Ciao {name}');
  });
});
