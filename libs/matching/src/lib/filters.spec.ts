import { prepareCatalogue } from './catalogue';
import { rankForProfile, explainOfferMatch } from './rank';
import {
  FILTER_REASONS,
  type FilterReason,
  type Offer,
  type Profile,
} from './model';
import {
  ABBIATEGRASSO,
  CORSICO,
  MILANO,
  NOSATE,
  SESTO,
  context,
  course,
  offer,
  profile,
} from '../../test/fixtures';

function verdict(p: Profile, o: Offer, now?: string) {
  return explainOfferMatch(p, o, context(now ? { now } : {}));
}

function expectFiltered(
  p: Profile,
  o: Offer,
  reason: FilterReason,
  now?: string,
) {
  expect(verdict(p, o, now)).toEqual({ passed: false, reason });
  const result = rankForProfile(
    p,
    { offers: [o] },
    context(now ? { now } : {}),
  );
  expect(result.offers).toEqual([]);
  expect(result.filtered[reason]).toBe(1);
}

describe('hard filters', () => {
  it('lets a suitable offer through', () => {
    expect(verdict(profile(), offer()).passed).toBe(true);
  });

  describe('not_open', () => {
    it.each(['draft', 'withdrawn', 'closed', 'filled'] as const)(
      'drops a %s offer',
      (status) => {
        expectFiltered(profile(), offer({ status }), 'not_open');
      },
    );
    it('keeps a date-only deadline open through that day in Rome, and drops it the day after', () => {
      const o = offer({ deadline: '2026-11-25' });
      expect(verdict(profile(), o, '2026-11-25T22:30:00Z').passed).toBe(true); // 23:30 in Rome
      expectFiltered(profile(), o, 'not_open', '2026-11-25T23:30:00Z'); // 00:30 on the 26th in Rome
    });
    it('compares a date-time deadline with now, which is an input', () => {
      const o = offer({ deadline: '2026-11-25T12:00:00+01:00' });
      expect(verdict(profile(), o, '2026-11-25T10:59:00Z').passed).toBe(true);
      expectFiltered(profile(), o, 'not_open', '2026-11-25T11:01:00Z');
    });
    it('follows the instant on one prepared catalogue, whose filter view is kept between deadlines', () => {
      const offers = [
        offer({ id: 'noon', deadline: '2026-11-25T12:00:00+01:00' }),
        offer({ id: 'day', deadline: '2026-11-25' }),
      ];
      const ctx = context();
      const cat = prepareCatalogue({ offers }, ctx);
      const at = (now: string) => rankForProfile(profile(), cat, { ...ctx, now });
      const open = (now: string) => at(now).offers.map((o) => o.id).sort();
      expect(open('2026-11-25T10:00:00Z')).toEqual(['day', 'noon']);
      expect(open('2026-11-25T10:59:00Z')).toEqual(['day', 'noon']);
      expect(open('2026-11-25T11:01:00Z')).toEqual(['day']);
      expect(open('2026-11-25T10:00:00Z')).toEqual(['day', 'noon']);
      expect(open('2026-11-25T23:30:00Z')).toEqual([]);
      expect(at('2026-11-25T23:30:00Z').filtered.not_open).toBe(2);
    });
    it('treats an unparseable deadline as past', () => {
      expectFiltered(profile(), offer({ deadline: 'soon' }), 'not_open');
    });
  });

  it('no_seats: drops an offer without open seats', () => {
    expectFiltered(profile(), offer({ seats: 0 }), 'no_seats');
  });

  describe('organisation_not_vetted', () => {
    it.each(['pending', 'suspended', 'rejected'] as const)(
      'drops an offer of a %s organisation',
      (s) => {
        expectFiltered(
          profile(),
          offer({ organisationStatus: s }),
          'organisation_not_vetted',
        );
      },
    );
    it('drops an offer whose organisation status is missing (fail closed)', () => {
      expectFiltered(
        profile(),
        offer({ organisationStatus: undefined }),
        'organisation_not_vetted',
      );
    });
  });

  it('organisation_blocked: drops an offer of an organisation she blocked', () => {
    expectFiltered(
      profile({ blockedOrganisations: ['org-1'] }),
      offer(),
      'organisation_blocked',
    );
    expect(
      verdict(profile({ blockedOrganisations: ['org-2'] }), offer()).passed,
    ).toBe(true);
  });

  describe('exclusion_area', () => {
    const p = profile({ exclusions: [{ comune: SESTO, radiusKm: 2 }] });
    it('drops an offer in the excluded comune', () => {
      expectFiltered(p, offer({ comune: SESTO }), 'exclusion_area');
    });
    it('drops an offer within the radius of the excluded comune', () => {
      const wide = profile({ exclusions: [{ comune: SESTO, radiusKm: 9 }] });
      expectFiltered(wide, offer({ comune: MILANO }), 'exclusion_area'); // 8.5 km
      expect(verdict(p, offer({ comune: MILANO })).passed).toBe(true);
    });
    it('drops a remote offer located in the excluded area too (safety first)', () => {
      expectFiltered(
        p,
        offer({ comune: SESTO, remote: true }),
        'exclusion_area',
      );
    });
    it('drops everything when an exclusion comune cannot be located', () => {
      const lost = profile({ exclusions: [{ comune: '999999', radiusKm: 1 }] });
      expectFiltered(
        lost,
        offer({ comune: MILANO, remote: true }),
        'exclusion_area',
      );
    });
    it('applies to courses as well', () => {
      const result = rankForProfile(
        p,
        { courses: [course({ comune: SESTO })] },
        context(),
      );
      expect(result.courses).toEqual([]);
      expect(result.filteredCourses.exclusion_area).toBe(1);
    });
  });

  it('unknown_location: drops an offer whose comune is not in the index', () => {
    expectFiltered(profile(), offer({ comune: '999999' }), 'unknown_location');
    expectFiltered(
      profile(),
      offer({ comune: '999999', remote: true }),
      'unknown_location',
    );
  });

  describe('beyond_commute', () => {
    it('drops an offer farther than her maximum commute', () => {
      expectFiltered(
        profile({ maxCommuteKm: 7 }),
        offer({ comune: SESTO }),
        'beyond_commute',
      );
      expect(
        verdict(profile({ maxCommuteKm: 9 }), offer({ comune: SESTO })).passed,
      ).toBe(true);
    });
    it('keeps a remote offer wherever it is', () => {
      expect(
        verdict(
          profile({ maxCommuteKm: 5 }),
          offer({ comune: NOSATE, remote: true }),
        ).passed,
      ).toBe(true);
    });
  });

  it('schedule: drops an offer without a shift she can work', () => {
    expectFiltered(
      profile({ shifts: ['morning'] }),
      offer({ shifts: ['night', 'weekend'] }),
      'schedule',
    );
    expect(
      verdict(
        profile({ shifts: ['morning'] }),
        offer({ shifts: ['night', 'morning'] }),
      ).passed,
    ).toBe(true);
  });

  describe('language', () => {
    const o = offer({ languages: [{ code: 'it', cefr: 'B1' }] });
    it('drops an offer requiring a level above hers', () => {
      expectFiltered(
        profile({ languages: [{ code: 'it', cefr: 'A2' }] }),
        o,
        'language',
      );
    });
    it('drops an offer requiring a language she does not speak', () => {
      expectFiltered(
        profile({ languages: [{ code: 'en', cefr: 'C2' }] }),
        o,
        'language',
      );
    });
    it('keeps it at or above the level', () => {
      expect(
        verdict(profile({ languages: [{ code: 'it', cefr: 'B1' }] }), o).passed,
      ).toBe(true);
      expect(
        verdict(profile({ languages: [{ code: 'it', cefr: 'C1' }] }), o).passed,
      ).toBe(true);
    });
  });

  it('eqf: drops an offer whose minimum EQF level is above hers (unknown counts as none)', () => {
    expectFiltered(profile({ eqf: 3 }), offer({ minEqf: 4 }), 'eqf');
    expectFiltered(profile(), offer({ minEqf: 1 }), 'eqf');
    expect(verdict(profile({ eqf: 4 }), offer({ minEqf: 4 })).passed).toBe(
      true,
    );
  });

  it('counts each dropped offer once, under the first failing reason in FILTER_REASONS order', () => {
    const p = profile({
      exclusions: [{ comune: SESTO, radiusKm: 1 }],
      maxCommuteKm: 5,
      blockedOrganisations: ['bad'],
    });
    const offers = [
      offer({ id: 'excluded-and-closed', comune: SESTO, status: 'closed' }),
      offer({
        id: 'far-and-blocked',
        comune: ABBIATEGRASSO,
        organisationId: 'bad',
      }),
      offer({
        id: 'blocked-and-unvetted',
        organisationId: 'bad',
        organisationStatus: 'pending',
      }),
      offer({
        id: 'unvetted-and-full',
        organisationStatus: 'pending',
        seats: 0,
      }),
      offer({ id: 'full-and-night', seats: 0, shifts: ['night'] }),
      offer({ id: 'ok', comune: MILANO }),
    ];
    const result = rankForProfile(p, { offers }, context());
    expect(result.offers.map((o) => o.id)).toEqual(['ok']);
    expect(result.filtered).toEqual({
      ...Object.fromEntries(FILTER_REASONS.map((r) => [r, 0])),
      exclusion_area: 1,
      beyond_commute: 1,
      organisation_blocked: 1,
      organisation_not_vetted: 1,
      no_seats: 1,
    });
    expect(result.passed).toEqual({ offers: 1, courses: 0 });
  });

  it('adds offer and course counts in `filtered`', () => {
    const result = rankForProfile(
      profile({ maxCommuteKm: 5 }),
      {
        offers: [offer({ comune: CORSICO })],
        courses: [course({ comune: CORSICO }), course({ id: 'c2', seats: 0 })],
      },
      context(),
    );
    expect(result.filteredOffers.beyond_commute).toBe(1);
    expect(result.filteredCourses.beyond_commute).toBe(1);
    expect(result.filteredCourses.no_seats).toBe(1);
    expect(result.filtered.beyond_commute).toBe(2);
  });
});
