import { pathwaysForTarget, skillGapsUnlockingOffers } from './pathways';
import { rankForProfile } from './rank';
import { COURSE_WEIGHTS } from './score';
import {
  CORSICO,
  MILANO,
  NOSATE,
  SESTO,
  context,
  course,
  offer,
  profile,
} from '../../test/fixtures';

const offers = [
  offer({ id: 'o1', essentialSkills: ['a', 'b'] }),
  offer({ id: 'o2', essentialSkills: ['a', 'c'] }),
  offer({ id: 'o3', essentialSkills: ['a'] }),
  offer({ id: 'o4', essentialSkills: ['b', 'c', 'd'] }),
  offer({ id: 'o5', essentialSkills: ['a', 'b'], comune: SESTO }),
  offer({ id: 'o6', essentialSkills: ['a', 'b'], comune: NOSATE }),
];
const courses = [
  course({ id: 'b-milano', skillsTaught: ['b'], startDate: '2027-01-15' }),
  course({ id: 'bc-sesto', skillsTaught: ['b', 'c'], comune: SESTO }),
  course({
    id: 'c-remote',
    skillsTaught: ['c'],
    remote: true,
    comune: CORSICO,
  }),
  course({
    id: 'b-corsico-few',
    skillsTaught: ['b'],
    comune: CORSICO,
    seats: 2,
    startDate: '2027-01-15',
  }),
  course({
    id: 'b-corsico-many',
    skillsTaught: ['b'],
    comune: CORSICO,
    seats: 9,
    startDate: '2027-01-15',
  }),
  course({ id: 'd-only', skillsTaught: ['d'] }),
  course({ id: 'bc-far', skillsTaught: ['b', 'c'], comune: NOSATE }),
];
const her = profile({ exclusions: [{ comune: SESTO, radiusKm: 1 }] });

describe('pathwaysForTarget', () => {
  const result = pathwaysForTarget(
    her,
    { offer: offer({ id: 'target', essentialSkills: ['a', 'b', 'c'] }) },
    { offers, courses },
    context(),
  );

  it('lists her gaps for the target', () => {
    expect(result.target).toEqual({ offer: 'target', filteredBy: null });
    expect(result.gaps).toEqual(['b', 'c']);
  });

  it('ranks the courses that pass her filters by gaps closed, then distance, start date, seats, id', () => {
    expect(result.pathways.map((p) => p.courseId)).toEqual([
      'b-milano',
      'c-remote',
      'b-corsico-many',
      'b-corsico-few',
    ]);
    expect(result.filteredCourses.exclusion_area).toBe(1); // bc-sesto
    expect(result.filteredCourses.beyond_commute).toBe(1); // bc-far
  });

  it('tells what each course closes, what remains and whether the target becomes reachable', () => {
    const first = result.pathways[0];
    expect(first).toMatchObject({
      closes: ['b'],
      remainingGaps: ['c'],
      targetReachable: false,
      km: 0,
      seats: 10,
      startDate: '2027-01-15',
    });
  });

  it('lists the offers that become reachable after the course, never filtered ones', () => {
    const byId = Object.fromEntries(
      result.pathways.map((p) => [p.courseId, p.reachableOffers]),
    );
    expect(byId['b-milano']).toEqual(['o1']); // o5 is in her exclusion area, o6 beyond her commute
    expect(byId['c-remote']).toEqual(['o2']);
  });

  it('marks the target reachable when the course closes enough of its gaps', () => {
    const near = pathwaysForTarget(
      profile(),
      { offer: offer({ id: 't', essentialSkills: ['a', 'b', 'c'] }) },
      { courses: [course({ skillsTaught: ['b', 'c'] })] },
      context(),
    );
    expect(near.pathways[0]).toMatchObject({
      closes: ['b', 'c'],
      remainingGaps: [],
      targetReachable: true,
    });
  });

  it('offers no pathway to a target that fails her hard filters', () => {
    const blocked = pathwaysForTarget(
      her,
      { offer: offer({ comune: SESTO, essentialSkills: ['b'] }) },
      { courses },
      context(),
    );
    expect(blocked.target).toEqual({
      offer: 'offer-1',
      filteredBy: 'exclusion_area',
    });
    expect(blocked.pathways).toEqual([]);
  });

  it('takes an occupation as the target, with its ESCO essential skills or given ones', () => {
    const byEsco = pathwaysForTarget(
      her,
      { occupation: 'occ-dev' },
      { courses },
      context(),
    );
    expect(byEsco.gaps).toEqual(['b', 'c']);
    expect(byEsco.target).toEqual({ occupation: 'occ-dev' });
    const given = pathwaysForTarget(
      her,
      { occupation: 'occ-x', essentialSkills: ['a', 'd'] },
      { courses },
      context(),
    );
    expect(given.pathways.map((p) => p.courseId)).toEqual(['d-only']);
  });
});

describe('skillGapsUnlockingOffers', () => {
  it('ranks missing skills by the offers they would unlock, then the offers they help', () => {
    const result = skillGapsUnlockingOffers(
      her,
      { offers, courses },
      context(),
    );
    expect(result.reachThreshold).toBe(0.8);
    expect(result.passed).toBe(4); // o5 excluded, o6 too far
    expect(result.reachable).toBe(1); // o3
    expect(result.gaps.map((g) => [g.uri, g.unlocks, g.helps])).toEqual([
      ['b', 1, 2],
      ['c', 1, 2],
      ['d', 0, 1],
    ]);
    expect(result.gaps[0].offers).toEqual(['o1']);
    expect(result.gaps[0].courses).toEqual([
      'b-milano',
      'b-corsico-few',
      'b-corsico-many',
    ]);
  });

  it('uses the reach threshold of the context', () => {
    const result = skillGapsUnlockingOffers(
      her,
      { offers },
      context({ reachThreshold: 0.3 }),
    );
    expect(result.reachThreshold).toBe(0.3);
    expect(result.reachable).toBe(3); // o1, o2 (half their essential skills) and o3; o4 needs 1 of 3
    expect(result.gaps.map((g) => [g.uri, g.unlocks])).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 1],
    ]);
  });
});

describe('course scores in rankForProfile', () => {
  it('scores the gaps of her target occupations that a course teaches', () => {
    const result = rankForProfile(
      profile({ targetOccupations: ['occ-dev'] }),
      {
        courses: [
          course({ id: 'bc', skillsTaught: ['b', 'c'] }),
          course({ id: 'b', skillsTaught: ['b'] }),
          course({ id: 'd', skillsTaught: ['d'] }),
        ],
      },
      context(),
    );
    expect(
      result.courses.map((c) => [
        c.id,
        c.explanation.points.gaps,
        c.explanation.closes,
      ]),
    ).toEqual([
      ['bc', COURSE_WEIGHTS.gaps, ['b', 'c']],
      ['b', COURSE_WEIGHTS.gaps / 2, ['b']],
      ['d', 0, []],
    ]);
    expect(result.courses[0].score).toBe(100);
  });

  it('adds the gaps of near offers and lists the offers a course unlocks', () => {
    const result = rankForProfile(
      profile({ targetOccupations: ['occ-dev'] }),
      {
        offers: [offer({ id: 'near', essentialSkills: ['a', 'd'] })],
        courses: [course({ id: 'd', skillsTaught: ['d'], comune: MILANO })],
      },
      context(),
    );
    // Closes none of occ-dev's gaps (b, c) and the one gap (d) of the near offer: its progress
    // is that offer's worth to her, score / 100.
    const near = result.offers[0];
    const e = result.courses[0].explanation;
    expect(e.progress).toBe(Math.round(near.score * 10) / 1000);
    expect(e.points.gaps).toBe(Math.round(90 * near.score) / 100);
    expect(e.maxPoints).toEqual({ gaps: 90, distance: 6, schedule: 4 });
    expect(e).toMatchObject({
      towards: { offer: 'near' },
      closes: ['d'],
      unlocksOffers: ['near'],
      unlocksCount: 1,
    });
  });
});
