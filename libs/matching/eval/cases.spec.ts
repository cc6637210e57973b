// Invariants of the evaluation's case generators, on a small synthetic ESCO-like source (fast).

import { createContext } from '../src/lib/context';
import { buildComuneIndex } from '../src/lib/geo';
import { FILTER_REASONS } from '../src/lib/model';
import { rankForProfile } from '../src/lib/rank';
import { buildTaxonomy } from '../src/lib/taxonomy';
import { generateOfferCases, type OfferCase } from './cases';
import { COURSE_MARGIN, generateCourseCases } from './courses';
import { TODAY } from './persona';
import { pessimisticRank, shareScorer } from './references';
import { SkillIndex, type EvalSource, type SourceOccupation } from './source';
import { CLEAR_MARGIN, Geography, failedFilters, offerFit } from './truth';

/** 30 narrow groups of 10 skills, each skill also in one of 2 wide groups; 36 occupations. */
function synthetic(): { source: EvalSource; groups: [string, string][] } {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const link = (skill: string, group: string) => {
    parents.set(skill, [...(parents.get(skill) ?? []), group]);
    children.set(group, [...(children.get(group) ?? []), skill]);
  };
  const groupRows: [string, string][] = [['L1', 'root']];
  for (let g = 0; g < 30; g++) {
    groupRows.push([`g${g}`, 'L1']);
    for (let k = 0; k < 10; k++) {
      link(`s${g}-${k}`, `g${g}`);
      link(`s${g}-${k}`, `w${g % 2}`);
    }
  }
  groupRows.push(['w0', 'L1'], ['w1', 'L1'], ['gt', 'L1'], ['glang', 'L1']);
  const transversal = Array.from({ length: 8 }, (_, k) => `t${k}`);
  transversal.forEach((t) => link(t, 'gt'));
  const italian = ['it-speak', 'it-write'];
  italian.forEach((s) => link(s, 'glang'));
  const occupations: SourceOccupation[] = Array.from({ length: 36 }, (_, n) => {
    const base = (n * 5) % 30;
    const skills = (g: number, from: number, count: number) =>
      Array.from(
        { length: count },
        (_, k) => `s${(base + g) % 30}-${(from + k) % 10}`,
      );
    return {
      uri: `occ${n}`,
      isco: `${4 + Math.floor(n / 12)}${Math.floor(n / 4) % 3}1${n % 2}`,
      essential: [
        ...skills(0, n % 3, 4),
        ...skills(1, n % 5, 3),
        ...skills(2 + (n % 2), 0, 3),
        `t${n % 8}`,
      ],
      optional: skills(3, 5, 4),
    };
  });
  const comuni = Array.from({ length: 64 }, (_, i) => ({
    code: String(900000 + i),
    lat: 45.3 + Math.floor(i / 8) * 0.027,
    lon: 9.0 + (i % 8) * 0.038,
  }));
  const source = {
    occupations,
    parents,
    children,
    transversal,
    languageSkills: new Set(italian),
    italian,
    comuni,
  };
  return { source, groups: groupRows };
}

const { source, groups } = synthetic();
const index = new SkillIndex(source);
const geo = new Geography(source.comuni);
const taxonomy = buildTaxonomy({
  broaderRelations: [
    ...[...source.parents].flatMap(([c, ps]) =>
      ps.map((p) => ({ conceptUri: c, broaderUri: p })),
    ),
    ...groups.map(([c, p]) => ({ conceptUri: c, broaderUri: p })),
  ],
  occupations: source.occupations.map((o) => ({
    conceptUri: o.uri,
    iscoGroup: o.isco,
  })),
});
const comuni = buildComuneIndex(
  source.comuni.map((c) => ({ istatCode: c.code, lat: c.lat, lon: c.lon })),
);
const variants = ['core', 'full'] as const;
const cases = variants.flatMap((v) => generateOfferCases(source, v, 6, 7));
const eligible = (c: OfferCase) =>
  c.offers.filter((o) => c.traps[o.id] === undefined);

describe('offer cases', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateOfferCases(source, 'full', 3, 7)).toEqual(
      cases.filter((c) => c.variant === 'full').slice(0, 3),
    );
    expect(generateOfferCases(source, 'full', 3, 8)[0].offers).not.toEqual(
      cases.find((c) => c.variant === 'full')?.offers,
    );
  });

  it('hold one profile, 50 or more eligible offers and traps', () => {
    for (const c of cases) {
      expect(eligible(c).length).toBeGreaterThanOrEqual(50);
      expect(Object.keys(c.traps).length).toBeGreaterThanOrEqual(5);
      expect(c.offers.filter((o) => o.id === c.bestId)).toHaveLength(1);
    }
  });

  it('make the best offer clearly better than every other eligible offer', () => {
    for (const c of cases) {
      const held = new Set(c.profile.skills.map((s) => s.uri));
      const [best] = c.offers
        .filter((o) => o.id === c.bestId)
        .map((o) => offerFit(index, held, o));
      for (const o of eligible(c))
        if (o.id !== c.bestId)
          expect(offerFit(index, held, o)).toBeLessThanOrEqual(
            best - CLEAR_MARGIN + 1e-9,
          );
    }
  });

  it('include the harder categories only in the full variant', () => {
    const kinds = (v: string) =>
      new Set(
        cases
          .filter((c) => c.variant === v)
          .flatMap((c) => Object.values(c.kind)),
      );
    expect([...kinds('core')].sort()).toEqual([
      'best',
      'hard',
      'partial',
      'random',
      'trap',
    ]);
    expect(kinds('full')).toEqual(
      new Set([
        'best',
        'hard',
        'partial',
        'random',
        'transversal',
        'wide',
        'trap',
      ]),
    );
  });

  it('let every eligible offer through every hard filter, and make each trap fail exactly one', () => {
    for (const c of cases) {
      for (const o of c.offers) {
        const reason = c.traps[o.id];
        expect(failedFilters(geo, c.profile, o, TODAY)).toEqual(
          reason ? [reason] : [],
        );
      }
      // The engine agrees: it returns exactly the eligible offers and counts each trap's reason.
      const ctx = createContext(c.now, { taxonomy, comuni });
      const result = rankForProfile(c.profile, { offers: c.offers }, ctx, {
        limit: Infinity,
      });
      expect(result.offers.map((o) => o.id).sort()).toEqual(
        eligible(c)
          .map((o) => o.id)
          .sort(),
      );
      const expected = Object.fromEntries(
        FILTER_REASONS.map((r) => [
          r,
          Object.values(c.traps).filter((t) => t === r).length,
        ]),
      );
      expect(result.filteredOffers).toEqual(expected);
    }
  });
});

describe('course cases', () => {
  const courseCases = generateCourseCases(source, 6, 7);

  it('make the best course close clearly more target gaps, and traps fail exactly one filter', () => {
    expect(generateCourseCases(source, 2, 7)).toEqual(courseCases.slice(0, 2));
    for (const c of courseCases) {
      expect(failedFilters(geo, c.profile, c.target, TODAY)).toEqual([]);
      for (const course of c.courses) {
        const reason = c.traps[course.id];
        expect(failedFilters(geo, c.profile, course, TODAY)).toEqual(
          reason ? [reason] : [],
        );
        if (!reason && course.id !== c.bestId)
          expect(c.closes[course.id]).toBeLessThanOrEqual(
            c.closes[c.bestId] - COURSE_MARGIN,
          );
      }
    }
  });
});

describe('metrics', () => {
  it('count a tie with the best offer against the ranker', () => {
    expect(
      pessimisticRank(
        new Map([
          ['best', 0.8],
          ['other', 0.8],
        ]),
        'best',
      ),
    ).toBe(2);
    expect(
      pessimisticRank(
        new Map([
          ['best', 0.8],
          ['other', 0.7],
        ]),
        'best',
      ),
    ).toBe(1);
    expect(pessimisticRank(new Map([['other', 0.7]]), 'best')).toBe(Infinity);
  });

  it('give half credit through a direct broader concept only in reference (b)', () => {
    const held = new Set(['s0-0']);
    const offer = {
      essentialSkills: ['s0-0', 's0-1'],
      optionalSkills: ['s5-0'],
    } as never;
    expect(shareScorer(index, held, false)(offer)).toBeCloseTo(2 / 5);
    // s0-1 shares g0 (and w0) with s0-0; s5-0 sits in g5 and w1, neither of which she covers.
    expect(shareScorer(index, held, true)(offer)).toBeCloseTo(3 / 5);
  });
});
