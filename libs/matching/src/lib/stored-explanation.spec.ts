import fc from 'fast-check';
import { createContext } from './context';
import { prepareCatalogue } from './catalogue';
import type { Offer } from './model';
import { rankForProfile } from './rank';
import { OFFER_MAX_POINTS, type OfferExplanation } from './score';
import { packOfferExplanation, unpackOfferExplanation, type PackedOfferExplanation } from './stored-explanation';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../node';
import { catalogueArb, profileArb } from '../../test/arbitraries';
import { context } from '../../test/fixtures';

const roundTrip = (e: OfferExplanation) => unpackOfferExplanation(JSON.parse(JSON.stringify(packOfferExplanation(e))) as PackedOfferExplanation);

function explanation(skills: OfferExplanation['skills']): OfferExplanation {
  return {
    points: { skills: 10, use: 5, occupation: 0, distance: 0.67, schedule: 0.5, accommodations: 0, contract: 0.08 },
    maxPoints: { ...OFFER_MAX_POINTS },
    fit: 0.167,
    evidence: 0.25,
    skills,
    missingEssential: skills.filter((m) => m.essential && m.tier === 'none').map((m) => m.uri),
    essentialCoverage: 0.5,
    usedSkills: { used: 1, of: 3 },
    occupation: 'none',
    km: 4.2,
    remote: false,
    schedule: { sharedShifts: ['morning'], offerHours: 30, profileHours: 30, hoursFit: 1 },
    contract: { offered: null, fit: 'unspecified' },
    accommodations: { met: [], unmet: ['part_time'] },
  };
}

describe('stored offer explanations', () => {
  it('unpack what the engine explained exactly, key order included, whatever the profile and offers', () => {
    const ctx = context();
    fc.assert(
      fc.property(profileArb, catalogueArb, (p, cat) => {
        for (const { explanation: e } of rankForProfile(p, cat, ctx, { limit: Infinity }).offers) {
          expect(JSON.stringify(roundTrip(e))).toBe(JSON.stringify(e));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keep any URI that is not an ESCO skill whole, and an ESCO one whatever follows its prefix', () => {
    const uris = [
      'a',
      'urn:skill:1',
      'http://example.org/esco/skill/x y',
      'http://data.europa.eu/esco/skill/=odd',
      'http://data.europa.eu/esco/skill/',
      'http://data.europa.eu/esco/skill/S1.2',
      'http://data.europa.eu/esco/isced-f/0421',
      '=already',
    ];
    const e = explanation([
      ...uris.map((uri, i) => ({ uri, essential: i % 2 === 0, tier: 'none' as const, weight: 0.2 + i, credit: 0 })),
      { uri: uris[1], essential: true, tier: 'broader', weight: 1.3, credit: 0.25, group: uris[6], through: uris[3] },
      { uri: uris[5], essential: false, tier: 'exact', weight: 1, credit: 1 },
      { uri: uris[4], essential: true, tier: 'exact', weight: 0.4, credit: 1, language: 'it' },
    ]);
    expect(roundTrip(e)).toEqual(e);
  });

  it('refuse what is not a stored skill instead of guessing', () => {
    const packed = packOfferExplanation(explanation([]));
    for (const skill of [[''], ['qe1', 1], ['xz1', 1], ['be1', 1], ['xe1'], ['xe1', 'g', 't'], 'xe1'] as unknown as PackedOfferExplanation['skills']) {
      expect(() => unpackOfferExplanation({ ...packed, skills: [skill] })).toThrow('not a stored skill match');
    }
  });

  it('store ESCO explanations in less than half of their JSON, below the 2 kB TOAST threshold', () => {
    const shared = locateSharedData(__dirname);
    if (!shared) throw new Error('shared/data not found beside the repository: set PONTE_SHARED_DATA');
    const taxonomy = loadEscoTaxonomy(sharedEscoDir(shared));
    const ctx = createContext('2026-11-25T10:00:00Z', { taxonomy });
    // Offers built from 200 occupations, for a profile holding half the skills of the first.
    const occupations = Array.from({ length: 200 }, (_, i) => taxonomy.occupationUri(i * 15));
    const offers: Offer[] = occupations.map((uri, i) => ({
      id: `offer-${i}`,
      occupation: uri,
      essentialSkills: taxonomy.essentialSkills(uri).slice(0, 12),
      optionalSkills: taxonomy.essentialSkills(occupations[(i + 1) % occupations.length]).slice(0, 8),
      comune: '015146',
      shifts: ['morning'],
      weeklyHours: 30,
      seats: 1,
      status: 'published',
      organisationStatus: 'vetted',
    }));
    const held = taxonomy.essentialSkills(occupations[0]).filter((_, i) => i % 2 === 0);
    const result = rankForProfile(
      { id: 'MI-TEST-003', homeComune: '015146', maxCommuteKm: 10, skills: held.map((uri) => ({ uri })), shifts: ['morning'], weeklyHours: 30 },
      prepareCatalogue({ offers }, ctx),
      ctx,
      { limit: Infinity },
    );
    expect(result.offers.length).toBe(200);
    let full = 0;
    let stored = 0;
    for (const { explanation: e } of result.offers) {
      const packed = JSON.stringify(packOfferExplanation(e));
      expect(roundTrip(e)).toEqual(e);
      expect(packed.length).toBeLessThan(2000);
      full += JSON.stringify(e).length;
      stored += packed.length;
    }
    expect(result.offers.some(({ explanation: e }) => e.skills.some((m) => m.tier === 'broader'))).toBe(true);
    expect(stored / full).toBeLessThan(0.5);
  });
});
