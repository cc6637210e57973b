// fast-check arbitraries: small pools so that generated profiles and listings collide often.

import fc from 'fast-check';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACTS,
  LISTING_STATUSES,
  ORGANISATION_STATUSES,
  SHIFTS,
  type Course,
  type Offer,
  type Profile,
} from '../src/lib/model';
import { ABBIATEGRASSO, CORSICO, MILANO, NOSATE, SESTO } from './fixtures';

export const SKILLS = ['a', 'b', 'c', 'd', 'e', 'x1', 'x2', 'speak-it', 'write-it', 'speak-en'];
export const PLACES = [
  MILANO,
  SESTO,
  CORSICO,
  ABBIATEGRASSO,
  NOSATE,
  '015118',
  '015077',
];
const ORGS = ['org-1', 'org-2', 'org-3'];
const OCCUPATIONS = [
  'occ-dev',
  'occ-web',
  'occ-tester',
  'occ-cook',
  'occ-unknown',
];

const some = <T>(values: readonly T[], maxLength = values.length) =>
  fc.subarray([...values], { maxLength });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const languages = fc.array(
  fc.record({
    code: fc.constantFrom('it', 'en', 'ar'),
    cefr: fc.constantFrom(...CEFR_LEVELS),
  }),
  { maxLength: 2 },
);
const status = fc.oneof(
  { weight: 6, arbitrary: fc.constant('published' as const) },
  { weight: 1, arbitrary: fc.constantFrom(...LISTING_STATUSES) },
);
const organisationStatus = fc.oneof(
  { weight: 6, arbitrary: fc.constant('vetted' as const) },
  { weight: 1, arbitrary: maybe(fc.constantFrom(...ORGANISATION_STATUSES)) },
);
const deadline = maybe(
  fc.constantFrom(
    '2026-11-24',
    '2026-11-25',
    '2027-01-31',
    '2026-11-25T09:00:00Z',
  ),
);

export const profileArb: fc.Arbitrary<Profile> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3'),
  homeComune: fc.constantFrom(...PLACES),
  maxCommuteKm: fc.integer({ min: 0, max: 40 }),
  skills: some(SKILLS).map((uris) => uris.map((uri) => ({ uri }))),
  languages: maybe(languages),
  eqf: maybe(fc.integer({ min: 1, max: 8 })),
  targetOccupations: maybe(some(OCCUPATIONS, 2)),
  shifts: some(SHIFTS),
  weeklyHours: fc.integer({ min: 0, max: 40 }),
  exclusions: maybe(
    fc.array(
      fc.record({
        comune: fc.constantFrom(...PLACES),
        radiusKm: fc.integer({ min: 0, max: 12 }),
      }),
      {
        maxLength: 2,
      },
    ),
  ),
  blockedOrganisations: maybe(some(ORGS, 1)),
  contracts: maybe(some(CONTRACTS, 2)),
  accommodations: maybe(some(ACCOMMODATIONS)),
});

const listing = {
  organisationId: maybe(fc.constantFrom(...ORGS)),
  organisationStatus,
  comune: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...PLACES) },
    { weight: 1, arbitrary: fc.constant('999999') },
  ),
  remote: maybe(fc.boolean()),
  shifts: some(SHIFTS).filter((s) => s.length > 0),
  seats: fc.integer({ min: 0, max: 3 }),
  status,
  languages: maybe(languages),
  minEqf: maybe(fc.integer({ min: 1, max: 6 })),
  deadline,
};

/** What an offer adds to a listing. */
const offerFields = {
  occupation: maybe(fc.constantFrom(...OCCUPATIONS)),
  essentialSkills: fc.array(fc.constantFrom(...SKILLS), { maxLength: 4 }),
  optionalSkills: maybe(fc.array(fc.constantFrom(...SKILLS), { maxLength: 3 })),
  weeklyHours: fc.integer({ min: 0, max: 40 }),
  contract: maybe(fc.constantFrom(...CONTRACTS)),
  accommodations: maybe(some(ACCOMMODATIONS)),
};

export const offerArb = fc.record({ ...listing, ...offerFields });

/**
 * Offers that pass most of her filters (vetted, open, seats, every shift), so that more of them
 * pass than her top K keeps and the engine's pruning is exercised.
 */
export const passingOfferArb = fc.record({
  organisationId: maybe(fc.constantFrom(...ORGS)),
  organisationStatus: fc.constant('vetted' as const),
  comune: fc.constantFrom(...PLACES),
  remote: maybe(fc.boolean()),
  shifts: fc.constant([...SHIFTS]),
  seats: fc.constant(1),
  status: fc.constant('published' as const),
  ...offerFields,
});

const courseArb = fc.record({
  ...listing,
  skillsTaught: fc.array(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  startDate: maybe(fc.constantFrom('2026-12-01', '2027-01-15')),
});

/** Unique ids, in a shuffled order so that input order and id order differ. */
function withIds<T>(
  items: T[],
  prefix: string,
  order: number[],
): (T & { id: string })[] {
  return items.map((item, i) => ({
    ...item,
    id: `${prefix}${String(order[i % order.length] ?? i).padStart(3, '0')}-${i}`,
  }));
}

/** Catalogues of up to maxOffers offers (and a few courses), ids in shuffled order. */
export function catalogueOf(
  minOffers: number,
  maxOffers: number,
  offer: fc.Arbitrary<Omit<Offer, 'id'>> = offerArb,
): fc.Arbitrary<{ offers: Offer[]; courses: Course[] }> {
  return fc
    .record({
      offers: fc.array(offer, { minLength: minOffers, maxLength: maxOffers }),
      courses: fc.array(courseArb, { maxLength: 8 }),
      order: fc.array(fc.nat(999), { minLength: 1, maxLength: 30 }),
    })
    .map(({ offers, courses, order }) => ({
      offers: withIds(offers, 'o', order),
      courses: withIds(courses, 'c', order),
    }));
}

export const catalogueArb = catalogueOf(0, 25);
