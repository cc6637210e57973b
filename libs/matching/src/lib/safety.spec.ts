import fc from 'fast-check';
import { catalogueArb, PLACES, profileArb } from '../../test/arbitraries';
import { context, MILANO, SESTO } from '../../test/fixtures';
import { explainOfferMatch, rankForProfile } from './rank';
import { exclusionZone, safetyReason, zoneExcludes } from './safety';

const ctx = context();
const { comuni } = ctx;

describe('safety rule 2 (one home)', () => {
  it('excludes a place within the radius, edge included, and nothing further', () => {
    const km = comuni.distanceKm(comuni.idOf(MILANO), comuni.idOf(SESTO));
    const near = { exclusions: [{ comune: MILANO, radiusKm: km }] };
    const short = { exclusions: [{ comune: MILANO, radiusKm: km - 0.01 }] };
    expect(safetyReason(near, { comune: SESTO }, comuni)).toBe(
      'exclusion_area',
    );
    expect(safetyReason(short, { comune: SESTO }, comuni)).toBeNull();
  });

  it('excludes every place, an unknown one too, when an area centre is unknown (fail closed)', () => {
    const her = { exclusions: [{ comune: '999999', radiusKm: 1 }] };
    for (const comune of [...PLACES, '123456', null])
      expect(safetyReason(her, { comune }, comuni)).toBe('exclusion_area');
  });

  it('leaves an unknown place outside resolved areas (the engine drops it as unknown_location)', () => {
    const her = { exclusions: [{ comune: MILANO, radiusKm: 50 }] };
    expect(safetyReason(her, { comune: null }, comuni)).toBeNull();
    expect(safetyReason(her, { comune: '123456' }, comuni)).toBeNull();
  });

  it('names a blocked organisation first when both apply, and ignores a listing without organisation', () => {
    const her = {
      exclusions: [{ comune: MILANO, radiusKm: 5 }],
      blockedOrganisations: ['org-1'],
    };
    expect(
      safetyReason(her, { organisationId: 'org-1', comune: MILANO }, comuni),
    ).toBe('organisation_blocked');
    expect(
      safetyReason(her, { organisationId: null, comune: SESTO }, comuni),
    ).toBeNull();
    expect(
      safetyReason({}, { organisationId: 'org-1', comune: MILANO }, comuni),
    ).toBeNull();
  });

  it('aggregates her areas into one zone that agrees with the pairwise check', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...PLACES), (p, place) => {
        const zone = exclusionZone(p.exclusions, comuni);
        const one = safetyReason(
          { exclusions: p.exclusions },
          { comune: place },
          comuni,
        );
        expect(zoneExcludes(zone, comuni.idOf(place))).toBe(
          one === 'exclusion_area',
        );
      }),
    );
  });

  it('the engine ranks nothing the predicate forbids, and reports its safety reasons only where the predicate does', () => {
    fc.assert(
      fc.property(profileArb, catalogueArb, (p, cat) => {
        const zone = exclusionZone(p.exclusions, comuni);
        const inZone = (l: { comune: string }) =>
          zoneExcludes(zone, comuni.idOf(l.comune));
        for (const o of cat.offers) {
          const verdict = explainOfferMatch(p, o, ctx);
          if (safetyReason(p, o, comuni)) expect(verdict.passed).toBe(false);
          // Location reasons come first in the engine: an excluded place is always exclusion_area,
          // a blocked organisation elsewhere may be dropped for its commute before its block.
          if (!verdict.passed) {
            expect(verdict.reason === 'exclusion_area').toBe(inZone(o));
            if (verdict.reason === 'organisation_blocked')
              expect(safetyReason(p, o, comuni)).toBe('organisation_blocked');
          }
        }
        const ranked = rankForProfile(p, cat, ctx, { limit: Infinity });
        const listings = new Map(
          [...cat.offers, ...cat.courses].map((l) => [l.id, l]),
        );
        for (const m of [...ranked.offers, ...ranked.courses]) {
          expect(
            safetyReason(p, listings.get(m.id) as { comune: string }, comuni),
          ).toBeNull();
        }
        expect(ranked.filteredOffers.exclusion_area).toBe(
          cat.offers.filter(inZone).length,
        );
        expect(ranked.filteredCourses.exclusion_area).toBe(
          cat.courses.filter(inZone).length,
        );
      }),
      { numRuns: 100 },
    );
  });
});
