import fc from 'fast-check';
import { baselineRankForProfile } from '../../test/baseline';
import { explainOfferMatch, rankForProfile } from './rank';
import { rankProfilesForOffer } from './reverse';
import { haversineKm } from './geo';
import { CEFR_LEVELS, type Profile } from './model';
import { catalogueArb, PLACES, profileArb } from '../../test/arbitraries';
import { context, richTaxonomy } from '../../test/fixtures';
import { clearlyBetterFit, type OfferExplanation } from './score';

const ctx = context({ taxonomy: richTaxonomy() });
const fitOf = (e: OfferExplanation) => (e.points.skills + e.points.use + e.points.occupation) / 90;
const comuni = ctx.comuni;
const km = (a: string, b: string) => {
  const i = comuni.idOf(a);
  const j = comuni.idOf(b);
  return haversineKm(
    comuni.lat[i],
    comuni.lon[i],
    comuni.lat[j],
    comuni.lon[j],
  );
};
describe('metamorphic properties', () => {
  it('the indexed engine returns exactly what the naive baseline returns', () => {
    fc.assert(
      fc.property(
        profileArb,
        catalogueArb,
        fc.constantFrom(1, 3, Infinity),
        (p, cat, limit) => {
          const engine = rankForProfile(p, cat, ctx, { limit });
          const baseline = baselineRankForProfile(p, cat, ctx, { limit });
          expect(engine).toEqual(baseline);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reordering or duplicating her skills never changes the ranking', () => {
    fc.assert(
      fc.property(
        profileArb.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.shuffledSubarray([...p.skills], { minLength: p.skills.length }),
          ),
        ),
        catalogueArb,
        fc.array(fc.nat(), { maxLength: 5 }),
        ([p, permuted], cat, picks) => {
          const before = rankForProfile(p, cat, ctx, { limit: Infinity });
          const duplicates =
            p.skills.length > 0
              ? picks.map((k) => ({ ...p.skills[k % p.skills.length] }))
              : [];
          const after = rankForProfile(
            { ...p, skills: [...permuted, ...duplicates] },
            cat,
            ctx,
            { limit: Infinity },
          );
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('adding a skill an offer asks for never lowers that offer score', () => {
    fc.assert(
      fc.property(
        profileArb,
        catalogueArb,
        fc.nat(),
        fc.nat(),
        (p, cat, pickOffer, pickSkill) => {
          fc.pre(cat.offers.length > 0);
          const o = cat.offers[pickOffer % cat.offers.length];
          const asked = [...o.essentialSkills, ...(o.optionalSkills ?? [])];
          fc.pre(asked.length > 0);
          const skill = asked[pickSkill % asked.length];
          const before = explainOfferMatch(p, o, ctx);
          const after = explainOfferMatch(
            { ...p, skills: [...p.skills, { uri: skill }] },
            o,
            ctx,
          );
          expect(after.passed).toBe(before.passed);
          if (before.passed && after.passed)
            expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('moving an offer farther from her never raises its score', () => {
    fc.assert(
      fc.property(
        profileArb,
        catalogueArb,
        fc.nat(),
        fc.constantFrom(...PLACES),
        fc.constantFrom(...PLACES),
        (p, cat, pick, x, y) => {
          fc.pre(cat.offers.length > 0);
          const [near, far] =
            km(p.homeComune, x) <= km(p.homeComune, y) ? [x, y] : [y, x];
          const o = cat.offers[pick % cat.offers.length];
          const atNear = explainOfferMatch(p, { ...o, comune: near }, ctx);
          const atFar = explainOfferMatch(p, { ...o, comune: far }, ctx);
          if (atNear.passed && atFar.passed)
            expect(atFar.score).toBeLessThanOrEqual(atNear.score);
        },
      ),
    );
  });

  it('an offer whose essential skills she holds a strict superset of (same place, schedule and all) never ranks below the other', () => {
    fc.assert(
      fc.property(profileArb, catalogueArb, fc.nat(), fc.nat(), (p, cat, pickOffer, pickSkill) => {
        fc.pre(cat.offers.length > 0);
        const o = cat.offers[pickOffer % cat.offers.length];
        const mine = o.essentialSkills.filter((u) => p.skills.some((s) => s.uri === u));
        fc.pre(mine.length > 0);
        const dropped = mine[pickSkill % mine.length];
        const optionalSkills = (o.optionalSkills ?? []).filter((u) => u !== dropped);
        // B asks for a skill she lacks where A asks for one she holds: she holds more of A's.
        const a = { ...o, id: 'A', optionalSkills };
        const b = { ...a, id: 'B', essentialSkills: o.essentialSkills.map((u) => (u === dropped ? 'unheld' : u)) };
        const ids = rankForProfile(p, { offers: [b, a] }, ctx, { limit: Infinity }).offers.map((m) => m.id);
        if (ids.length > 0) expect(ids).toEqual(['A', 'B']);
      }),
      { numRuns: 300 },
    );
  });

  it('moving an offer nearer inside her commute never lowers it, nor lifts it above an offer she fits clearly better', () => {
    fc.assert(
      fc.property(profileArb, catalogueArb, fc.nat(), fc.nat(), fc.constantFrom(...PLACES), (p, cat, i, j, place) => {
        fc.pre(cat.offers.length > 1);
        const x = { ...cat.offers[i % cat.offers.length], id: 'X' };
        const y = { ...cat.offers[(i + 1 + (j % (cat.offers.length - 1))) % cat.offers.length], id: 'Y' };
        const there = explainOfferMatch(p, { ...y, comune: place }, ctx);
        const home = explainOfferMatch(p, { ...y, comune: p.homeComune, remote: false }, ctx);
        const vx = explainOfferMatch(p, x, ctx);
        if (!there.passed || !home.passed) return;
        expect(home.score).toBeGreaterThanOrEqual(there.score);
        if (vx.passed && clearlyBetterFit(fitOf(vx.explanation), fitOf(home.explanation)))
          expect(vx.score).toBeGreaterThan(home.score);
      }),
      { numRuns: 500 },
    );
  });

  it('holding the language an offer language skill names, at B1 or at the level the offer states, makes the skill held', () => {
    fc.assert(
      fc.property(profileArb, catalogueArb, fc.nat(), fc.constantFrom('speak-it', 'write-it', 'speak-en'), (p, cat, pick, skill) => {
        fc.pre(cat.offers.length > 0);
        const o = cat.offers[pick % cat.offers.length];
        const v = explainOfferMatch(p, { ...o, essentialSkills: [skill, ...o.essentialSkills.filter((u) => u !== skill)] }, ctx);
        if (!v.passed) return;
        const code = skill.endsWith('-it') ? 'it' : 'en';
        const level = Math.max(-1, ...(p.languages ?? []).filter((l) => l.code === code).map((l) => CEFR_LEVELS.indexOf(l.cefr)));
        const stated = (o.languages ?? []).some((l) => l.code === code);
        const listed = p.skills.some((s) => s.uri === skill);
        const expected = listed || level >= CEFR_LEVELS.indexOf('B1') || (level >= 0 && stated);
        expect(v.explanation.skills[0].tier === 'exact').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never returns an offer or course inside an exclusion area or of a blocked organisation', () => {
    fc.assert(
      fc.property(profileArb, catalogueArb, (p, cat) => {
        const result = rankForProfile(p, cat, ctx, { limit: Infinity });
        const returned = [
          ...result.offers.map((m) => cat.offers.find((o) => o.id === m.id)),
          ...result.courses.map((m) => cat.courses.find((c) => c.id === m.id)),
        ];
        for (const listing of returned) {
          if (!listing)
            throw new Error('returned an id that was not in the input');
          for (const area of p.exclusions ?? []) {
            expect(km(area.comune, listing.comune)).toBeGreaterThan(
              area.radiusKm,
            );
          }
          expect(p.blockedOrganisations ?? []).not.toContain(
            listing.organisationId,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the reverse ranking agrees with the pairwise verdicts and never returns an excluded profile', () => {
    fc.assert(
      fc.property(
        fc.array(profileArb, { maxLength: 8 }),
        catalogueArb,
        (ps, cat) => {
          fc.pre(cat.offers.length > 0);
          const o = cat.offers[0];
          const profiles = ps.map((p, i) => ({ ...p, id: `p${i}` }));
          const result = rankProfilesForOffer(o, profiles, ctx, {
            limit: Infinity,
          });
          const expected = profiles
            .map((p) => ({ id: p.id, v: explainOfferMatch(p, o, ctx) }))
            .flatMap(({ id, v }) =>
              v.passed
                ? [{ id, score: v.score, explanation: v.explanation }]
                : [],
            )
            .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
          expect(result.profiles).toEqual(expected);
          for (const m of result.profiles) {
            const p = profiles.find((x) => x.id === m.id) as Profile;
            for (const area of p.exclusions ?? [])
              expect(km(area.comune, o.comune)).toBeGreaterThan(area.radiusKm);
          }
        },
      ),
    );
  });
});
