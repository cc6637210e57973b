import { explainOfferMatch, rankForProfile } from './rank';
import type { Offer, Profile } from './model';
import { OFFER_WEIGHTS, type OfferExplanation } from './score';
import {
  MILANO,
  NOSATE,
  SESTO,
  context,
  offer,
  profile,
} from '../test/fixtures';
import { builtInComuni } from './geo';

function explain(p: Profile, o: Offer): { score: number; e: OfferExplanation } {
  const v = explainOfferMatch(p, o, context());
  if (!v.passed) throw new Error(`unexpectedly filtered: ${v.reason}`);
  return { score: v.score, e: v.explanation };
}

describe('score components', () => {
  it('weights add up to 100', () => {
    expect(Object.values(OFFER_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  describe('skills', () => {
    it('counts essential skills twice optional ones', () => {
      // holds a (essential, 2) of a, c (essential) and d (optional): 2 of 5
      const { e } = explain(
        profile(),
        offer({ essentialSkills: ['a', 'c'], optionalSkills: ['d'] }),
      );
      expect(e.points.skills).toBe(18);
      const optionalHeld = explain(
        profile({ skills: [{ uri: 'd' }] }),
        offer({ essentialSkills: ['a', 'c'], optionalSkills: ['d'] }),
      );
      expect(optionalHeld.e.points.skills).toBe(9); // 1 of 5
    });
    it('counts half a skill she lacks whose broader group she covers, and says through what', () => {
      const { e } = explain(profile(), offer({ essentialSkills: ['b'] }));
      expect(e.points.skills).toBe(22.5);
      expect(e.skills).toEqual([
        {
          uri: 'b',
          essential: true,
          tier: 'broader',
          group: 'g11',
          through: 'a',
        },
      ]);
      expect(e.missingEssential).toEqual([]);
      expect(e.essentialCoverage).toBe(0);
    });
    it('treats a held broader skill as covering its narrower skills', () => {
      const { e } = explain(profile(), offer({ essentialSkills: ['e'] }));
      expect(e.skills[0]).toEqual({
        uri: 'e',
        essential: true,
        tier: 'broader',
        group: 'a',
        through: 'a',
      });
    });
    it('ignores groups near the pillar root (sharing only depth-1 g1 earns nothing)', () => {
      const { e } = explain(
        profile({ skills: [{ uri: 'c' }] }),
        offer({ essentialSkills: ['b'] }),
      );
      expect(e.skills[0].tier).toBe('none');
      expect(e.points.skills).toBe(0);
      expect(e.missingEssential).toEqual(['b']);
    });
    it('lists every offer skill with its tier, essential first, and the exact essential coverage', () => {
      const { e } = explain(
        profile({ skills: [{ uri: 'a' }, { uri: 'c' }] }),
        offer({
          essentialSkills: ['a', 'b', 'd', 'a'],
          optionalSkills: ['c', 'a'],
        }),
      );
      expect(e.skills.map((s) => [s.uri, s.essential, s.tier])).toEqual([
        ['a', true, 'exact'],
        ['b', true, 'broader'],
        ['d', true, 'none'],
        ['c', false, 'exact'],
      ]);
      expect(e.missingEssential).toEqual(['d']);
      expect(e.essentialCoverage).toBe(0.333);
      expect(e.points.skills).toBe(25.71); // credit a 2 + b 1 + d 0 + c 1 = 4 of weight 7, x 45
    });
    it('gives half the skill points to an offer that lists no skill', () => {
      expect(
        explain(profile(), offer({ essentialSkills: [] })).e.points.skills,
      ).toBe(22.5);
    });
  });

  describe('occupation', () => {
    const targeted = profile({ targetOccupations: ['occ-dev'] });
    it.each([
      ['occ-dev', 'target', 15],
      ['occ-tester', 'isco_unit', 9],
      ['occ-web', 'isco_minor', 4.5],
      ['occ-cook', 'none', 0],
      [undefined, 'none', 0],
    ] as const)(
      'offer occupation %s is %s: %d points',
      (occupation, fit, points) => {
        const { e } = explain(targeted, offer({ occupation }));
        expect(e.occupation).toBe(fit);
        expect(e.points.occupation).toBe(points);
      },
    );
    it('is neutral (half points for every offer) for a profile without targets', () => {
      const { e } = explain(profile(), offer({ occupation: 'occ-cook' }));
      expect([e.occupation, e.points.occupation]).toEqual(['no_target', 7.5]);
    });
  });

  describe('distance', () => {
    const km = builtInComuni().distanceKm(
      builtInComuni().idOf(MILANO),
      builtInComuni().idOf(SESTO),
    );
    it('decays linearly from full points at 0 km to none at the maximum commute', () => {
      expect(
        explain(profile(), offer({ comune: MILANO })).e.points.distance,
      ).toBe(15);
      const { e } = explain(
        profile({ maxCommuteKm: 17 }),
        offer({ comune: SESTO }),
      );
      expect(e.km).toBe(Math.round(km * 10) / 10);
      expect(e.points.distance).toBe(
        Math.round(15 * (1 - km / 17) * 100) / 100,
      );
      expect(e.points.distance).toBeCloseTo(7.5, 0);
    });
    it('gives full points to a remote offer, still reporting the km', () => {
      const { e } = explain(
        profile({ maxCommuteKm: 5 }),
        offer({ comune: NOSATE, remote: true }),
      );
      expect(e.points.distance).toBe(15);
      expect(e.remote).toBe(true);
      expect(e.km).toBeGreaterThan(30);
    });
  });

  describe('schedule', () => {
    it('weighs the share of the offer shifts she covers (60%) and the hours fit (40%)', () => {
      const { e } = explain(
        profile({ shifts: ['morning'] }),
        offer({ shifts: ['morning', 'night'] }),
      );
      expect(e.points.schedule).toBe(7);
      expect(e.schedule).toEqual({
        sharedShifts: ['morning'],
        offerHours: 30,
        profileHours: 30,
        hoursFit: 1,
      });
    });
    it('lowers the fit as the weekly hours diverge, either way', () => {
      const more = explain(
        profile({ weeklyHours: 20 }),
        offer({ weeklyHours: 40 }),
      ).e;
      const fewer = explain(
        profile({ weeklyHours: 40 }),
        offer({ weeklyHours: 20 }),
      ).e;
      expect(more.schedule.hoursFit).toBe(0.5);
      expect(fewer.points.schedule).toBe(8);
      expect(more.points.schedule).toBe(8);
    });
  });

  describe('contract', () => {
    it.each([
      [['permanent'], 'permanent', 'preferred', 5],
      [['permanent'], 'internship', 'other', 0],
      [['permanent'], undefined, 'unspecified', 2.5],
      [undefined, 'internship', 'no_preference', 5],
    ] as const)(
      'preferences %j, offered %s: %s, %d points',
      (contracts, contract, fit, points) => {
        const { e } = explain(profile({ contracts }), offer({ contract }));
        expect(e.contract).toEqual({ offered: contract ?? null, fit });
        expect(e.points.contract).toBe(points);
      },
    );
  });

  describe('accommodations', () => {
    it('scores the share of requested accommodations the offer grants', () => {
      const { e } = explain(
        profile({ accommodations: ['childcare', 'flexible_hours'] }),
        offer({ accommodations: ['childcare', 'part_time'] }),
      );
      expect(e.points.accommodations).toBe(5);
      expect(e.accommodations).toEqual({
        met: ['childcare'],
        unmet: ['flexible_hours'],
      });
    });
    it('gives full points when she requests none', () => {
      expect(explain(profile(), offer()).e.points.accommodations).toBe(10);
    });
  });

  it('sums the component points into the score', () => {
    const { score, e } = explain(
      profile({ targetOccupations: ['occ-web'] }),
      offer({ occupation: 'occ-dev', comune: SESTO }),
    );
    const sum = Object.values(e.points).reduce((a, b) => a + b, 0);
    expect(score).toBeCloseTo(sum, 9);
  });
});

describe('ranking', () => {
  it('ranks best first and breaks ties by id', () => {
    const offers = [
      offer({ id: 'c' }),
      offer({ id: 'a' }),
      offer({ id: 'top', contract: 'permanent' }),
      offer({ id: 'b' }),
      offer({ id: 'low', essentialSkills: ['c'] }),
    ];
    const result = rankForProfile(
      profile({ contracts: ['permanent'] }),
      { offers },
      context(),
    );
    expect(result.offers.map((o) => o.id)).toEqual([
      'top',
      'a',
      'b',
      'c',
      'low',
    ]);
  });
  it('returns at most `limit` offers, the best ones, with explanations', () => {
    const offers = Array.from({ length: 30 }, (_, i) =>
      offer({ id: `o${String(i).padStart(2, '0')}`, weeklyHours: 10 + i }),
    );
    const result = rankForProfile(
      profile({ weeklyHours: 30 }),
      { offers },
      context(),
      { limit: 3 },
    );
    expect(result.offers.map((o) => o.id)).toEqual(['o20', 'o19', 'o21']);
    expect(result.passed.offers).toBe(30);
    expect(result.offers.every((o) => o.explanation.points.skills === 45)).toBe(
      true,
    );
  });
});
