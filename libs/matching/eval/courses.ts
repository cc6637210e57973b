// Course cases (pathways): one woman, a target offer (her source occupation's, which she can
// see), and courses; the best course closes at least COURSE_MARGIN more of the target's essential
// gaps than any other eligible course. Traps: copies of the best course that must be filtered.

import type { Course, FilterReason, Offer } from '../src/lib/model';
import { sourceOccupations } from './cases';
import { Draw } from './draw';
import {
  NOW,
  day,
  eligibleListing,
  makePersona,
  offerAttributes,
  possibleTraps,
  spring,
  type Persona,
  type Placement,
} from './persona';
import { SkillIndex, type EvalSource } from './source';
import { Geography } from './truth';

/** "Clearly better" for courses: closes at least this many more of the target's gaps. */
export const COURSE_MARGIN = 2;

export type CourseKind =
  | 'best'
  | 'fewer'
  | 'held'
  | 'sibling'
  | 'other'
  | 'trap';

export interface CourseCase {
  id: string;
  now: string;
  profile: Persona['profile'];
  target: Offer;
  /** Essential skills of the target she does not hold exactly. */
  gaps: string[];
  courses: Course[];
  bestId: string;
  kind: Record<string, CourseKind>;
  traps: Record<string, FilterReason>;
  /** Target gaps each course teaches, by id. */
  closes: Record<string, number>;
}

const MIX: Record<Exclude<CourseKind, 'best' | 'trap'>, number> = {
  fewer: 10,
  held: 5,
  sibling: 5,
  other: 10,
};

export function generateCourseCases(
  source: EvalSource,
  count: number,
  seed: number,
): CourseCase[] {
  const index = new SkillIndex(source);
  const geo = new Geography(source.comuni);
  const sources = sourceOccupations(index).filter(
    (o) => o.essential.length >= 8,
  );
  const d = new Draw(seed);
  const out: CourseCase[] = [];
  while (out.length < count) {
    const made = courseCase(
      d,
      index,
      geo,
      sources,
      `course-${seed}-${out.length}`,
    );
    if (made) out.push(made);
  }
  return out;
}

function courseCase(
  d: Draw,
  index: SkillIndex,
  geo: Geography,
  sources: EvalSource['occupations'],
  id: string,
): CourseCase | undefined {
  const persona = makePersona(
    d,
    index,
    geo,
    `MI-${id}`,
    d.pick(sources),
    'full',
  );
  const { held, source } = persona;
  const gaps = persona.essential.filter((s) => !held.has(s));
  if (gaps.length < 3) return undefined; // she needs no pathway: draw another woman
  const target: Offer = {
    id: `${id}-target`,
    ...eligibleListing(d, persona, 'any'),
    ...offerAttributes(d),
    occupation: source.uri,
    essentialSkills: persona.essential,
    optionalSkills: persona.optional,
  };
  const occupations = index.withEssentials;
  const gapSet = new Set(gaps);
  const closing = (skills: string[]) =>
    skills.filter((s) => gapSet.has(s)).length;
  const listing = (placement: Placement) => ({
    ...eligibleListing(d, persona, placement),
    targetOccupations: [source.uri],
    hours: d.pick([40, 80, 120, 200]),
    startDate: day(d.int(7, 120)),
    seats: d.int(1, 20),
  });
  const kb = Math.min(gaps.length, d.int(3, 5));
  const bestTaught = d.shuffle([
    ...d.sample(gaps, kb),
    ...d.sample([...held], d.int(0, 2)),
  ]);
  const ceiling = kb - COURSE_MARGIN;
  const entries: { course: Course; kind: CourseKind; trap?: FilterReason }[] = [
    {
      course: {
        id: '',
        ...listing(d.chance(0.6) ? 'far' : 'any'),
        skillsTaught: bestTaught,
      },
      kind: 'best',
    },
  ];
  const other = () =>
    d.pick(occupations).essential.filter((s) => !gapSet.has(s));
  // Skills next to her gaps (same narrow ESCO group) that are not gaps: they close nothing.
  const siblings = [
    ...new Set(gaps.flatMap((g) => index.narrowSiblings(g))),
  ].filter((s) => !gapSet.has(s) && !held.has(s));
  const makers: Record<keyof typeof MIX, () => string[]> = {
    fewer: () => [
      ...d.sample(gaps, d.int(1, Math.max(1, ceiling))),
      ...d.sample(other(), d.int(0, 3)),
    ],
    held: () => d.sample([...held], d.int(2, 4)),
    sibling: () => d.sample(siblings, d.int(2, 4)),
    other: () => d.sample(d.pick(occupations).essential, d.int(2, 6)),
  };
  for (const kind of Object.keys(MIX) as (keyof typeof MIX)[]) {
    for (let made = 0, tries = 0; made < MIX[kind] && tries < 100; tries++) {
      const taught = [...new Set(makers[kind]())];
      if (taught.length === 0 || closing(taught) > ceiling) continue;
      const placement: Placement =
        kind === 'fewer' && d.chance(0.6) ? 'near' : 'any';
      entries.push({
        course: { id: '', ...listing(placement), skillsTaught: taught },
        kind,
      });
      made++;
    }
  }
  for (const reason of possibleTraps(persona)) {
    const trap = spring(
      d,
      persona,
      { id: '', ...listing('any'), skillsTaught: bestTaught },
      reason,
    );
    entries.push({ course: trap, kind: 'trap', trap: reason });
  }

  const out: CourseCase = {
    id,
    now: NOW,
    profile: persona.profile,
    target,
    gaps,
    courses: [],
    bestId: '',
    kind: {},
    traps: {},
    closes: {},
  };
  d.shuffle(entries).forEach((e, i) => {
    const course = { ...e.course, id: `${id}-c${String(i).padStart(2, '0')}` };
    out.courses.push(course);
    out.kind[course.id] = e.kind;
    out.closes[course.id] = closing([...course.skillsTaught]);
    if (e.kind === 'best') out.bestId = course.id;
    if (e.trap) out.traps[course.id] = e.trap;
  });
  return out;
}
