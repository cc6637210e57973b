// Her top K courses are found from her gaps (top-courses.ts: the courses teaching one, through
// the index of the courses by skill taught); the others score 0 and are scanned only when fewer
// courses score than the top K keeps. These catalogues hold more passing courses teaching her
// gaps than the top K keeps, beside courses teaching none, courses failing her filters and
// courses out of her reach, and are checked against the naive baseline, which scores every pair.

import fc from 'fast-check';
import { baselineRankForProfile } from '../../test/baseline';
import { PLACES, SKILLS, offerArb, passingOfferArb, profileArb } from '../../test/arbitraries';
import { context, course, offer, profile, richTaxonomy } from '../../test/fixtures';
import { prepareCatalogue } from './catalogue';
import type { Course } from './model';
import { SHIFTS } from './model';
import { rankForProfile } from './rank';

const ctx = context({ taxonomy: richTaxonomy() });

const passingCourseArb = fc.record({
  organisationStatus: fc.constant('vetted' as const),
  comune: fc.constantFrom(...PLACES),
  remote: fc.option(fc.boolean(), { nil: undefined }),
  shifts: fc.subarray([...SHIFTS], { minLength: 1 }),
  seats: fc.constant(1),
  status: fc.constant('published' as const),
  skillsTaught: fc.array(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  startDate: fc.option(fc.constantFrom('2026-12-01', '2027-01-15'), { nil: undefined }),
});

const failingCourseArb = fc.record({
  organisationStatus: fc.constantFrom('pending' as const, 'vetted' as const),
  comune: fc.constantFrom(...PLACES, '999999'),
  shifts: fc.subarray([...SHIFTS], { minLength: 1 }),
  seats: fc.integer({ min: 0, max: 1 }),
  status: fc.constantFrom('published' as const, 'draft' as const),
  minEqf: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  skillsTaught: fc.array(fc.constantFrom(...SKILLS), { maxLength: 3 }),
});

/** Her profile (lacking some skills), offers giving her targets with gaps, and many courses. */
const herCatalogue = profileArb
  .filter((p) => p.skills.length < SKILLS.length - 2)
  .chain((p) =>
    fc.tuple(
      fc.constant(p),
      fc.array(fc.oneof(passingOfferArb, offerArb), { minLength: 5, maxLength: 40 }),
      fc.array(fc.oneof(passingCourseArb, passingCourseArb, failingCourseArb), {
        minLength: 10,
        maxLength: 80,
      }),
      fc.array(fc.nat(999), { minLength: 1, maxLength: 30 }),
    ),
  )
  .map(([p, offers, courses, order]) => ({
    p,
    cat: {
      offers: offers.map((o, i) => ({ ...o, id: `o${i}` })),
      courses: courses.map(
        (c, i): Course => ({ ...c, id: `c${String(order[i % order.length]).padStart(3, '0')}-${i}` }),
      ),
    },
  }));

describe('her top courses, found from her gaps', () => {
  it('returns exactly what the baseline returns, whatever the number kept', () => {
    fc.assert(
      fc.property(herCatalogue, fc.constantFrom(1, 3, 10, 50), ({ p, cat }, courseLimit) => {
        const prepared = prepareCatalogue(cat, ctx);
        const options = { limit: 10, courseLimit };
        const engine = rankForProfile(p, prepared, ctx, options);
        // Ranked twice: the scratch marks are reset between profiles.
        expect(rankForProfile(p, prepared, ctx, options)).toEqual(engine);
        expect(engine).toEqual(baselineRankForProfile(p, cat, ctx, options));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a course teaching only the gaps of an offer worth 0 among the courses scoring 0', () => {
    // Her one offer scores 0 (no skill, group or occupation of hers), so closing its gap is no
    // progress: the course teaching it scores 0 and ranks by id with the courses teaching nothing.
    const her = profile({ skills: [{ uri: 'x1' }], targetOccupations: ['occ-cook'] });
    const cat = {
      offers: [offer({ id: 'o-zero', occupation: 'occ-dev', essentialSkills: ['d'] })],
      courses: [
        course({ id: 'c-9', skillsTaught: ['d'] }),
        course({ id: 'c-1', skillsTaught: [] }),
        course({ id: 'c-2', skillsTaught: ['x2'] }),
      ],
    };
    const engine = rankForProfile(her, prepareCatalogue(cat, ctx), ctx, { courseLimit: 1 });
    expect(engine.offers.map((o) => [o.id, o.score])).toEqual([['o-zero', 0]]);
    expect(engine.courses.map((c) => [c.id, c.score])).toEqual([['c-1', 0]]);
    expect(engine).toEqual(baselineRankForProfile(her, cat, ctx, { courseLimit: 1 }));
  });
});
