import { editDistance, searchPatterns, typoDistance } from './search-text';

describe('search text', () => {
  it('builds LIKE patterns with wildcards escaped', () => {
    expect(searchPatterns('  saldatura   a  filo ')).toEqual({
      text: 'saldatura a filo',
      prefix: 'saldatura a filo%',
      wordPrefix: '% saldatura a filo%',
      contains: ['%saldatura%', '%a%', '%filo%'],
    });
    expect(searchPatterns('100%_x\\').prefix).toBe('100\\%\\_x\\\\%');
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('weldnig', 'welding')).toBe(1);
    expect(editDistance('weldnig', 'weld')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('saldatore', 'saldatore')).toBe(0);
  });

  it('measures a typo against the closest run of words in a label', () => {
    expect(typoDistance('weldnig', 'use welding equipment')).toBe(1);
    expect(typoDistance('weldnig', 'weld')).toBe(3);
    expect(typoDistance('cernsuco naviglio', 'cernusco sul naviglio')).toBeGreaterThan(typoDistance('cernsuco sul', 'cernusco sul naviglio'));
  });
});
