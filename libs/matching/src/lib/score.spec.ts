import { explainOfferMatch, rankForProfile } from './rank';
import type { Offer, Profile } from './model';
import { MIN_SKILL_WEIGHT, OFFER_WEIGHTS, groupCreditOf, specificityOf, type OfferExplanation } from './score';
import { createContext } from './context';
import { languageOfSkillLabel, languageSkillRows } from './languages';
import { buildTaxonomy } from './taxonomy';
import {
  MILANO,
  NOW,
  NOSATE,
  SESTO,
  context,
  offer,
  profile,
} from '../../test/fixtures';
import { builtInComuni } from './geo';

function explain(p: Profile, o: Offer): { score: number; e: OfferExplanation } {
  const v = explainOfferMatch(p, o, context());
  if (!v.passed) throw new Error(`unexpectedly filtered: ${v.reason}`);
  return { score: v.score, e: v.explanation };
}

/** A condition's points as the model defines them: share of its maximum, times her fit. */
function condition(e: OfferExplanation, max: number, share: number): number {
  const fit = (e.points.skills + e.points.use + e.points.occupation) / 90;
  return Math.round(max * share * fit * 100) / 100;
}

const rel = (conceptUri: string, broaderUri: string) => ({ conceptUri, broaderUri });

describe('score components', () => {
  it('maxima add up to 100, and every explanation shows them next to the points', () => {
    expect(Object.values(OFFER_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const { e } = explain(profile(), offer());
    expect(e.maxPoints).toEqual(OFFER_WEIGHTS);
    for (const [k, v] of Object.entries(e.points))
      expect(v).toBeLessThanOrEqual(e.maxPoints[k as keyof typeof e.points]);
  });

  describe('skills', () => {
    it('counts essential skills twice optional ones', () => {
      // holds a (essential, 2) of a, c (essential) and d (optional): 2 of 5
      const { e } = explain(
        profile(),
        offer({ essentialSkills: ['a', 'c'], optionalSkills: ['d'] }),
      );
      expect(e.points.skills).toBe(22);
      const optionalHeld = explain(
        profile({ skills: [{ uri: 'd' }] }),
        offer({ essentialSkills: ['a', 'c'], optionalSkills: ['d'] }),
      );
      expect(optionalHeld.e.points.skills).toBe(11); // 1 of 5
    });
    it('counts half a skill she lacks whose narrow broader group she covers, and says through what', () => {
      const { e } = explain(profile(), offer({ essentialSkills: ['b', 'd'] }));
      expect(e.points.skills).toBe(13.75); // b: 0.5 x 2 of weight 4 (b 2 + d 2)
      expect(e.skills[0]).toEqual(
        { uri: 'b', essential: true, tier: 'broader', weight: 2, credit: 0.5, group: 'g11', through: 'a' },
      );
      expect(e.missingEssential).toEqual(['d']);
      expect(e.essentialCoverage).toBe(0);
    });
    it('treats a held broader skill as covering its narrower skills', () => {
      const { e } = explain(profile(), offer({ essentialSkills: ['e'] }));
      expect(e.skills[0]).toEqual({
        uri: 'e', essential: true, tier: 'broader', weight: 2, credit: 0.5, group: 'a', through: 'a',
      });
    });
    it('credits a skill through its own narrower skill she holds', () => {
      const { e } = explain(profile({ skills: [{ uri: 'e' }] }), offer({ essentialSkills: ['a'] }));
      expect(e.skills[0]).toMatchObject({ tier: 'broader', through: 'e', credit: 0.5 });
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
      expect(e.points.skills).toBe(31.43); // credit a 2 + b 1 + d 0 + c 1 = 4 of weight 7, x 55
    });
    it('gives half the skill points to an offer that lists no skill', () => {
      expect(
        explain(profile(), offer({ essentialSkills: [] })).e.points.skills,
      ).toBe(27.5);
    });
    it('weighs a skill by how specific it is: a transversal one listed by most occupations counts less', () => {
      const taxonomy = buildTaxonomy({
        broaderRelations: [],
        conceptFacts: [
          { conceptUri: 'rare', occupations: 1, descendants: 0 },
          { conceptUri: 'transversal', occupations: 1500, descendants: 0 },
        ],
      });
      const ctx = createContext(NOW, { taxonomy });
      const both = offer({ essentialSkills: ['rare', 'transversal'] });
      const score = (skill: string) => {
        const v = explainOfferMatch(profile({ skills: [{ uri: skill }] }), both, ctx);
        if (!v.passed) throw new Error(v.reason);
        return v.explanation;
      };
      const spec = specificityOf(1500);
      expect(spec).toBeLessThan(0.25);
      expect(score('transversal').skills[1].weight).toBe(Math.round(2 * spec * 1000) / 1000);
      // The offer asks for little (weight 2.4): its share is taken over MIN_SKILL_WEIGHT.
      expect(score('rare').points.skills).toBe(Math.round(55 * (2 / MIN_SKILL_WEIGHT) * 100) / 100);
      expect(score('rare').points.skills).toBeGreaterThan(score('transversal').points.skills * 3);
    });
    it('gives less credit through a wide group than through a narrow one, none through a very wide one', () => {
      expect(groupCreditOf(2)).toBe(0.5);
      expect(groupCreditOf(8)).toBe(0.5);
      expect(groupCreditOf(60)).toBeLessThan(0.5);
      expect(groupCreditOf(300)).toBeLessThan(groupCreditOf(60));
      expect(groupCreditOf(1000)).toBe(0);
      const wide = Array.from({ length: 400 }, (_, i) => rel(`w${i}`, 'wide'));
      const taxonomy = buildTaxonomy({
        broaderRelations: [rel('top', 'root'), rel('field', 'top'), rel('wide', 'field'), rel('narrow', 'field'), rel('n1', 'narrow'), rel('n2', 'narrow'), ...wide],
      });
      const ctx = createContext(NOW, { taxonomy });
      const credit = (held: string, asked: string) => {
        const v = explainOfferMatch(profile({ skills: [{ uri: held }] }), offer({ essentialSkills: [asked] }), ctx);
        if (!v.passed) throw new Error(v.reason);
        return v.explanation.skills[0].credit;
      };
      expect(credit('n1', 'n2')).toBe(0.5);
      expect(credit('w1', 'w2')).toBe(groupCreditOf(401));
      expect(credit('w1', 'w2')).toBeLessThan(0.2);
    });
  });

  it('takes the share of an offer that asks for little over a minimum weight', () => {
    const two = profile({ skills: [{ uri: 'a' }, { uri: 'b' }] });
    expect(explain(two, offer({ essentialSkills: ['a'] })).e.points.skills).toBe(27.5); // 2 of 4
    expect(explain(two, offer({ essentialSkills: ['a', 'b'] })).e.points.skills).toBe(55); // 4 of 4
  });

  describe('language skills', () => {
    const taxonomy = () =>
      buildTaxonomy({
        broaderRelations: [],
        languageSkills: languageSkillRows([
          { uri: 'speak-italian', label: 'speak Italian' },
          { uri: 'italian', label: 'Italian' },
          { uri: 'cook', label: 'cook pasta' },
        ]),
      });
    const held = (languages: Profile['languages'], o: Partial<Offer> = {}) => {
      const v = explainOfferMatch(
        profile({ languages }),
        offer({ essentialSkills: ['speak-italian'], ...o }),
        createContext(NOW, { taxonomy: taxonomy() }),
      );
      if (!v.passed) throw new Error(v.reason);
      return v.explanation.skills[0];
    };
    it('holds the language skills of a language she has at B1 or above', () => {
      expect(held([{ code: 'it', cefr: 'B1' }])).toMatchObject({ tier: 'exact', language: 'it', credit: 1 });
      expect(held([{ code: 'it', cefr: 'C2' }]).tier).toBe('exact');
    });
    it('below B1 holds them only where the offer states that level', () => {
      expect(held([{ code: 'it', cefr: 'A2' }]).tier).toBe('none');
      expect(held([{ code: 'it', cefr: 'A2' }], { languages: [{ code: 'it', cefr: 'A2' }] })).toMatchObject({ tier: 'exact', language: 'it' });
      expect(held([{ code: 'en', cefr: 'C2' }]).tier).toBe('none');
    });
    it('reads only language labels', () => {
      expect(languageOfSkillLabel('understand written Italian')).toBe('it');
      expect(languageOfSkillLabel('interact verbally in German')).toBe('de');
      expect(languageOfSkillLabel('cook pasta')).toBeNull();
      expect(languageOfSkillLabel('Italian cuisine')).toBeNull();
    });
  });

  describe('use of her skills', () => {
    it('scores the share of her skills the offer lists, up to eight specific ones', () => {
      const two = profile({ skills: [{ uri: 'a' }, { uri: 'c' }] });
      expect(explain(two, offer({ essentialSkills: ['a'] })).e.points.use).toBe(12.5);
      expect(explain(two, offer({ essentialSkills: ['a', 'c'] })).e).toMatchObject({
        points: { use: 25 },
        usedSkills: { used: 2, of: 2 },
      });
      const many = profile({ skills: Array.from({ length: 16 }, (_, i) => ({ uri: `s${i}` })) });
      const eight = offer({ essentialSkills: Array.from({ length: 8 }, (_, i) => `s${i}`) });
      expect(explain(many, eight).e.points.use).toBe(25);
    });
  });

  describe('occupation', () => {
    const targeted = profile({ targetOccupations: ['occ-dev'] });
    it.each([
      ['occ-dev', 'target', 10],
      ['occ-tester', 'isco_unit', 6],
      ['occ-web', 'isco_minor', 3],
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
      expect([e.occupation, e.points.occupation]).toEqual(['no_target', 5]);
    });
  });

  describe('conditions, scaled by her fit', () => {
    const km = builtInComuni().distanceKm(
      builtInComuni().idOf(MILANO),
      builtInComuni().idOf(SESTO),
    );
    it('distance decays linearly from its maximum at 0 km to none at the maximum commute', () => {
      const here = explain(profile(), offer({ comune: MILANO })).e;
      expect(here.points.distance).toBe(condition(here, 4, 1));
      const { e } = explain(profile({ maxCommuteKm: 17 }), offer({ comune: SESTO }));
      expect(e.km).toBe(Math.round(km * 10) / 10);
      expect(e.points.distance).toBe(condition(e, 4, 1 - km / 17));
      expect(e.points.distance).toBeLessThan(here.points.distance);
    });
    it('gives a remote offer the full distance share, still reporting the km', () => {
      const { e } = explain(profile({ maxCommuteKm: 5 }), offer({ comune: NOSATE, remote: true }));
      expect(e.points.distance).toBe(condition(e, 4, 1));
      expect(e.remote).toBe(true);
      expect(e.km).toBeGreaterThan(30);
    });
    it('schedule weighs the share of the offer shifts she covers (60%) and the hours fit (40%)', () => {
      const { e } = explain(profile({ shifts: ['morning'] }), offer({ shifts: ['morning', 'night'] }));
      expect(e.points.schedule).toBe(condition(e, 3, 0.7));
      expect(e.schedule).toEqual({ sharedShifts: ['morning'], offerHours: 30, profileHours: 30, hoursFit: 1 });
      const more = explain(profile({ weeklyHours: 20 }), offer({ weeklyHours: 40 })).e;
      expect(more.schedule.hoursFit).toBe(0.5);
      expect(more.points.schedule).toBe(condition(more, 3, 0.8));
    });
    it.each([
      [['permanent'], 'permanent', 'preferred', 1],
      [['permanent'], 'internship', 'other', 0],
      [['permanent'], undefined, 'unspecified', 0.5],
      [undefined, 'internship', 'no_preference', 1],
    ] as const)('contract: preferences %j, offered %s: %s, share %d', (contracts, contract, fit, share) => {
      const { e } = explain(profile({ contracts }), offer({ contract }));
      expect(e.contract).toEqual({ offered: contract ?? null, fit });
      expect(e.points.contract).toBe(condition(e, 1, share));
    });
    it('accommodations: the share of requested ones the offer grants; all when she requests none', () => {
      const { e } = explain(
        profile({ accommodations: ['childcare', 'flexible_hours'] }),
        offer({ accommodations: ['childcare', 'part_time'] }),
      );
      expect(e.points.accommodations).toBe(condition(e, 2, 0.5));
      expect(e.accommodations).toEqual({ met: ['childcare'], unmet: ['flexible_hours'] });
      const none = explain(profile(), offer()).e;
      expect(none.points.accommodations).toBe(condition(none, 2, 1));
    });
    it('are worth nothing to an offer she does not fit at all', () => {
      const { e } = explain(profile({ skills: [{ uri: 'c' }], targetOccupations: ['occ-dev'] }), offer({ essentialSkills: ['d'], occupation: 'occ-cook' }));
      expect(e.fit).toBe(0);
      expect([e.points.distance, e.points.schedule, e.points.accommodations, e.points.contract]).toEqual([0, 0, 0, 0]);
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
    expect(result.offers.every((o) => o.explanation.points.skills === 27.5)).toBe(
      true,
    );
  });
});
