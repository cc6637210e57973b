import { parseCsv, parseCsvRows } from './csv';
import { buildTaxonomy, emptyTaxonomy } from './taxonomy';
import { smallTaxonomy } from '../../test/fixtures';
import { buildComuneIndex, builtInComuni, haversineKm } from './geo';

describe('buildTaxonomy', () => {
  const t = smallTaxonomy();
  const id = (uri: string) => t.conceptId(uri) ?? -1;
  const uris = (ids: Int32Array) =>
    Array.from(ids, (i) => t.conceptUri(i)).sort();

  it('keeps transitive ancestors from depth 2 down (the pillar root and level 1 say nothing)', () => {
    expect(uris(t.ancestors(id('e')))).toEqual(['a', 'g11']);
    expect(uris(t.ancestors(id('d')))).toEqual(['k11']);
    expect(uris(t.ancestors(id('g11')))).toEqual([]);
  });

  it('uses the direct parents at depth >= 2, and the concept itself when others lie below it, as group keys', () => {
    expect(uris(t.groupKeys(id('a'))).sort()).toEqual(['a', 'g11']);
    expect(uris(t.groupKeys(id('b')))).toEqual(['g11']);
    expect(uris(t.groupKeys(id('e')))).toEqual(['a']);
  });

  it('honours a different broaderMinDepth', () => {
    const shallow = buildTaxonomy(
      {
        broaderRelations: [
          { conceptUri: 'g1', broaderUri: 'root' },
          { conceptUri: 'x', broaderUri: 'g1' },
        ],
      },
      { broaderMinDepth: 1 },
    );
    expect(
      Array.from(shallow.groupKeys(shallow.conceptId('x') ?? -1), (i) =>
        shallow.conceptUri(i),
      ),
    ).toEqual(['g1']);
  });

  it('maps occupations to their ISCO unit group and essential skills', () => {
    expect(t.iscoGroup(t.occupationId('occ-dev') ?? -1)).toBe(2512);
    expect(t.essentialSkills('occ-dev')).toEqual(['a', 'b', 'c']);
    expect(t.essentialSkills('unknown')).toEqual([]);
  });

  it('interns unknown skills append-only, without ancestors', () => {
    const before = t.conceptCount;
    const x = t.internConcept('brand-new-skill');
    expect(x).toBe(before);
    expect(t.internConcept('brand-new-skill')).toBe(x);
    expect(t.ancestors(x)).toHaveLength(0);
    expect(emptyTaxonomy().hasHierarchy).toBe(false);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes, newlines, CRLF and a BOM', () => {
    const text =
      '\ufeffa,b,c\r\n1,"x, y","he said ""hi"""\r\n2,"line1\nline2",\n';
    expect(parseCsvRows(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'he said "hi"'],
      ['2', 'line1\nline2', ''],
    ]);
    expect(parseCsv(text)[1]).toEqual({ a: '2', b: 'line1\nline2', c: '' });
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsvRows('a\n"open')).toThrow(/unterminated/);
  });
});

describe('comuni', () => {
  const comuni = builtInComuni();
  it('holds the 133 comuni of the metropolitan city with Milano where the reference says', () => {
    expect(comuni.size).toBe(133);
    const milano = comuni.idOf('015146');
    expect(comuni.lat[milano]).toBeCloseTo(45.4668, 3);
    expect(comuni.lon[milano]).toBeCloseTo(9.1905, 3);
    expect(comuni.idOf('999999')).toBe(-1);
  });
  it('measures great-circle km', () => {
    expect(haversineKm(45, 9, 46, 9)).toBeCloseTo(111.19, 1);
    expect(
      comuni.distanceKm(comuni.idOf('015146'), comuni.idOf('015209')),
    ).toBeCloseTo(8.5, 1);
  });
  it('refuses duplicate codes and missing coordinates', () => {
    expect(() =>
      buildComuneIndex([
        { istatCode: '1', lat: 1, lon: 1 },
        { istatCode: '1', lat: 2, lon: 2 },
      ]),
    ).toThrow(/duplicate/);
    expect(() =>
      buildComuneIndex([{ istatCode: '1', lat: NaN, lon: 1 }]),
    ).toThrow(/coordinates/);
  });
});
