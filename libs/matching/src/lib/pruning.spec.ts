// The engine visits only the offers that can enter her top K (evaluate.ts: her exact matches,
// then the offers of her target occupations and their ISCO groups, then the offers whose skills
// under her groups may earn enough). These catalogues hold more passing offers than the top K
// keeps, so that every step that dismisses offers unseen is taken, and is checked against the
// naive baseline, which scores every pair.

import fc from 'fast-check';
import { baselineRankForProfile } from '../../test/baseline';
import { catalogueOf, offerArb, passingOfferArb, profileArb } from '../../test/arbitraries';
import { context, richTaxonomy } from '../../test/fixtures';
import { prepareCatalogue } from './catalogue';
import { rankForProfile } from './rank';
import { PROGRESS_OFFERS } from './score';

const ctx = context({ taxonomy: richTaxonomy() });
const manyOffers = fc.oneof(passingOfferArb, passingOfferArb, offerArb);

/**
 * Her profile (with skills and shifts) and a catalogue where 50 to 100 offers in her comune share
 * one of her skills among others she may lack, so that her top K fills with scores around the
 * bounds the engine dismisses offers by; then offers at random, most of them passing her filters.
 */
const herCatalogue = profileArb
  .filter((p) => p.skills.length > 0 && p.shifts.length > 0)
  .chain((p) =>
    fc.tuple(
      fc.constant({ ...p, exclusions: [] }),
      fc
        .tuple(
          fc.array(
            fc.record({
              shared: fc.constantFrom(...p.skills.map((s) => s.uri)),
              lacking: fc.nat(2),
              offer: passingOfferArb,
            }),
            { minLength: PROGRESS_OFFERS, maxLength: 2 * PROGRESS_OFFERS },
          ),
          // Offers in her comune listing skills of one branch (a and b under g11, e under a):
          // held through her groups, when she holds one of them.
          fc.array(
            fc.record({
              skills: fc.array(fc.constantFrom('a', 'b', 'e', 'c'), { minLength: 1, maxLength: 3 }),
              offer: passingOfferArb,
            }),
            { maxLength: PROGRESS_OFFERS },
          ),
          catalogueOf(0, PROGRESS_OFFERS, manyOffers),
        )
        .map(([sharing, branch, cat]) => ({
          ...cat,
          offers: [
            ...cat.offers,
            ...sharing.map(({ shared, lacking, offer }, i) => ({
              ...offer,
              id: `s${i}`,
              comune: p.homeComune,
              essentialSkills: [shared, ...offer.essentialSkills.slice(0, lacking)],
            })),
            ...branch.map(({ skills, offer }, i) => ({
              ...offer,
              id: `b${i}`,
              comune: p.homeComune,
              essentialSkills: skills,
              optionalSkills: [],
            })),
          ],
        })),
    ),
  );

describe('pruning the offers she cannot rank', () => {
  it('returns exactly what the baseline returns when more offers pass than the top K keeps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(profileArb, catalogueOf(PROGRESS_OFFERS, 3 * PROGRESS_OFFERS, manyOffers)),
          herCatalogue,
        ),
        fc.constantFrom(1, 10, 50),
        ([p, cat], limit) => {
          // Prepared once and ranked twice: the scratch columns are reset between profiles.
          const prepared = prepareCatalogue(cat, ctx);
          const engine = rankForProfile(p, prepared, ctx, { limit });
          expect(rankForProfile(p, prepared, ctx, { limit })).toEqual(engine);
          expect(engine).toEqual(baselineRankForProfile(p, cat, ctx, { limit }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
