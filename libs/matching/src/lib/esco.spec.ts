// On the shared ESCO v1.1.1 data, read through the node loader (once for the whole file).

import { createContext } from './context';
import { prepareCatalogue } from './catalogue';
import { rankForProfile } from './rank';
import { MIN_SKILL_WEIGHT } from './score';
import type { Offer } from './model';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../node';

const shared = locateSharedData(__dirname);
if (!shared)
  throw new Error(
    'shared/data not found beside the repository: set PONTE_SHARED_DATA',
  );
const taxonomy = loadEscoTaxonomy(sharedEscoDir(shared));
const ctx = createContext('2026-11-25T10:00:00Z', { taxonomy });
const TECHNICAL_DIRECTOR =
  'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';

function occupationOffer(uri: string): Offer {
  return {
    id: uri.slice(uri.lastIndexOf('/') + 1),
    organisationStatus: 'vetted',
    occupation: uri,
    essentialSkills: taxonomy.essentialSkills(uri),
    comune: '015146',
    shifts: ['morning'],
    weeklyHours: 30,
    seats: 1,
    status: 'published',
  };
}

describe('ESCO v1.1.1', () => {
  it('loads the skill hierarchy, the ISCO groups and the essential skills', () => {
    expect(taxonomy.hasHierarchy).toBe(true);
    expect(taxonomy.baseConcepts).toBeGreaterThan(13896); // skills plus skill groups
    expect(taxonomy.baseOccupations).toBeGreaterThanOrEqual(3007);
    expect(
      taxonomy.iscoGroup(taxonomy.occupationId(TECHNICAL_DIRECTOR) ?? -1),
    ).toBe(2654);
    expect(taxonomy.essentialSkills(TECHNICAL_DIRECTOR).length).toBeGreaterThan(
      0,
    );
  });

  it("ranks first the offer built from an occupation's essential skills for a profile holding them", () => {
    // Every 10th occupation (by URI) with at least 5 essential skills; an occupation whose
    // essential skills are a subset of another's would tie with it, so such pairs are left out.
    const uris = Array.from({ length: taxonomy.baseOccupations }, (_, i) =>
      taxonomy.occupationUri(i),
    )
      .filter((u) => taxonomy.essentialSkills(u).length >= 5)
      .sort()
      .filter((_, i) => i % 10 === 0);
    const sets = new Map(
      uris.map((u) => [u, new Set(taxonomy.essentialSkills(u))]),
    );
    const subset = (a: Set<string>, b: Set<string>) =>
      [...a].every((s) => b.has(s));
    const pool = uris.filter(
      (u) =>
        !uris.some(
          (v) =>
            v !== u &&
            subset(sets.get(u) as Set<string>, sets.get(v) as Set<string>),
        ),
    );
    expect(pool.length).toBeGreaterThan(150);
    const catalogue = prepareCatalogue(
      { offers: pool.map(occupationOffer) },
      ctx,
    );

    const checked = pool.filter((_, i) => i % 4 === 0);
    for (const uri of checked) {
      const result = rankForProfile(
        {
          id: 'MI-TEST-001',
          homeComune: '015146',
          maxCommuteKm: 10,
          skills: taxonomy.essentialSkills(uri).map((s) => ({ uri: s })),
          shifts: ['morning'],
          weeklyHours: 30,
        },
        catalogue,
        ctx,
        { limit: 2 },
      );
      const [first, second] = result.offers;
      expect(first.id).toBe(occupationOffer(uri).id);
      expect(first.explanation.essentialCoverage).toBe(1);
      expect(first.score).toBeGreaterThan(second.score);
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  it('credits a skill she lacks through a sibling in its ESCO group (broader tier)', () => {
    const wanted = taxonomy.essentialSkills(TECHNICAL_DIRECTOR)[0];
    const wantedId = taxonomy.conceptId(wanted) as number;
    const keys = Array.from(taxonomy.groupKeys(wantedId));
    const group = keys.reduce((a, b) => (taxonomy.keyCredit(b) > taxonomy.keyCredit(a) ? b : a));
    expect(taxonomy.keyCredit(group)).toBeGreaterThan(0);
    let sibling = -1;
    for (let id = 0; id < taxonomy.baseConcepts && sibling < 0; id++) {
      if (
        id !== wantedId &&
        id !== group &&
        taxonomy.ancestors(id).includes(group)
      )
        sibling = id;
    }
    const result = rankForProfile(
      {
        id: 'MI-TEST-002',
        homeComune: '015146',
        maxCommuteKm: 10,
        skills: [{ uri: taxonomy.conceptUri(sibling) }],
        shifts: ['morning'],
        weeklyHours: 30,
      },
      {
        offers: [
          { ...occupationOffer(TECHNICAL_DIRECTOR), essentialSkills: [wanted] },
        ],
      },
      ctx,
    );
    const credit = taxonomy.keyCredit(group);
    expect(result.offers[0].explanation.skills).toEqual([
      expect.objectContaining({
        uri: wanted,
        essential: true,
        tier: 'broader',
        credit: Math.round(credit * 1000) / 1000,
        through: taxonomy.conceptUri(sibling),
      }),
    ]);
    const weight = 2 * taxonomy.specificityOf(wantedId);
    expect(result.offers[0].explanation.points.skills).toBe(Math.round(55 * ((credit * weight) / Math.max(weight, MIN_SKILL_WEIGHT)) * 100) / 100);
  });
});
