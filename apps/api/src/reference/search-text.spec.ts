import { closestWords, editDistance, searchPatterns, spellings } from './search-text';

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

  it('corrects a word to the nearest known ones, keeping words being typed', () => {
    const known = ['weld', 'welder', 'welding', 'wedding', 'wielding', 'cleaning'];
    expect(closestWords('weldnig', known)).toEqual([{ word: 'welding', edits: 1 }]);
    expect(closestWords('weldin', ['welding', 'wielding', 'molding'])).toEqual([{ word: 'weldin', edits: 0 }]);
    // Equally near words keep the order they came in (the database sends the most similar first).
    expect(closestWords('wedling', ['welding', 'wedding'])).toEqual([
      { word: 'welding', edits: 1 },
      { word: 'wedding', edits: 1 },
    ]);
    expect(closestWords('wedling', ['wedding', 'welding']).map((c) => c.word)).toEqual(['wedding', 'welding']);
    // A typo near the end of a word still being typed: "weldi" is the start of "welding".
    expect(closestWords('weldr', known)).toEqual([
      { word: 'weld', edits: 1 },
      { word: 'welder', edits: 1 },
      { word: 'welding', edits: 1 },
    ]);
    // "weldi" is the start of a known word: not a typo.
    expect(closestWords('weldi', known)).toEqual([{ word: 'weldi', edits: 0 }]);
    expect(closestWords('xyzzy', known)).toEqual([{ word: 'xyzzy', edits: 0 }]);
    // Long words may carry two typos.
    expect(closestWords('maintneacne', ['maintenance'])).toEqual([{ word: 'maintenance', edits: 2 }]);
    expect(closestWords('claenign', ['cleaning'])).toEqual([{ word: 'claenign', edits: 0 }]);
  });

  it('tries the best spelling first, then each runner-up', () => {
    expect(
      spellings([
        [{ word: 'arc', edits: 0 }],
        [
          { word: 'welding', edits: 1 },
          { word: 'wielding', edits: 1 },
        ],
      ]),
    ).toEqual([
      ['arc', 'welding'],
      ['arc', 'wielding'],
    ]);
    expect(spellings([[{ word: 'welding', edits: 0 }]])).toEqual([]);
  });
});
