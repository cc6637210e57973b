// Full explanations, built only for the results that are returned (the top K).

import { contractFitOf, occupationFitOf } from './evaluate';
import {
  ACCOMMODATIONS,
  SHIFTS,
  type Accommodation,
  type Shift,
} from './model';
import {
  hasBit,
  type PreparedCourse,
  type PreparedOffer,
  type PreparedProfile,
} from './prepare';
import type { ProgressTarget } from './course-progress';
import type { Unlocked } from './open-offers';
import {
  COURSE_MAX_POINTS,
  OFFER_MAX_POINTS,
  accommodationShare,
  contractCreditOf,
  coursePoints,
  courseScheduleShare,
  distanceShare,
  essentialCoverage,
  evidenceOf,
  fitOf,
  hoursFit,
  occupationPoints,
  offerPoints,
  round3,
  scheduleShare,
  skillPoints,
  usePoints,
  type CourseExplanation,
  type OfferExplanation,
  type SkillMatch,
} from './score';
import type { Taxonomy } from './taxonomy';

export function shiftsOf(mask: number): Shift[] {
  return SHIFTS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

function accommodationsOf(mask: number): Accommodation[] {
  return ACCOMMODATIONS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export function roundKm(km: number): number | null {
  return Number.isFinite(km) ? Math.round(km * 10) / 10 : null;
}

function skillMatch(
  taxonomy: Taxonomy,
  p: PreparedProfile,
  o: PreparedOffer,
  skill: number,
  essential: boolean,
  weight: number,
): SkillMatch {
  const uri = taxonomy.conceptUri(skill);
  const language = taxonomy.languageOf(skill);
  const exact = { uri, essential, tier: 'exact', weight, credit: 1 } as const;
  if (hasBit(p.held, skill)) {
    return language !== undefined && !p.skills.includes(skill)
      ? { ...exact, language }
      : exact;
  }
  if (
    language !== undefined &&
    p.weakLanguageSkills.has(skill) &&
    o.languages.some((l) => l.code === language)
  )
    return { ...exact, language };
  let best: SkillMatch | null = null;
  for (const group of taxonomy.groupKeys(skill)) {
    const through = p.coveredBy.get(group);
    const credit = taxonomy.keyCredit(group);
    if (through === undefined || credit <= (best?.credit ?? 0)) continue;
    best = {
      uri,
      essential,
      tier: 'broader',
      weight,
      credit,
      group: taxonomy.conceptUri(group),
      through: taxonomy.conceptUri(through),
    };
  }
  return best ?? { uri, essential, tier: 'none', weight, credit: 0 };
}

export function explainOffer(
  taxonomy: Taxonomy,
  p: PreparedProfile,
  o: PreparedOffer,
  km: number,
): OfferExplanation {
  const essentials = o.essential.length;
  const skills = [...o.essential, ...o.optional].map((s, k) =>
    skillMatch(taxonomy, p, o, s, k < essentials, o.weights[k]),
  );
  let credit = 0;
  let exactWeight = 0;
  for (const m of skills) {
    credit += m.tier === 'exact' ? m.weight : m.weight * m.credit;
    if (m.tier === 'exact') exactWeight += m.weight;
  }
  let used = 0;
  let usedCount = 0;
  p.skills.forEach((s, j) => {
    if (o.essential.includes(s) || o.optional.includes(s)) {
      used += p.skillSpecificity[j];
      usedCount++;
    }
  });
  const exact = skills.filter((m) => m.essential && m.tier === 'exact').length;
  const shared = o.shiftMask & p.shiftMask;
  const fit = occupationFitOf(p, o.occupation, o.isco);
  const cFit = contractFitOf(p.contractMask, o.contract);
  const metMask = o.accommodationMask & p.accommodationMask;
  const points = offerPoints(
    skillPoints(credit, o.weightTotal),
    usePoints(used, p.specificityTotal),
    occupationPoints(fit),
    distanceShare(km, p.maxCommuteKm, o.remote),
    scheduleShare(
      shiftsOf(shared).length,
      o.shiftCount,
      o.weeklyHours,
      p.weeklyHours,
    ),
    accommodationShare(
      accommodationsOf(metMask).length,
      accommodationsOf(p.accommodationMask).length,
    ),
    contractCreditOf(cFit),
  );
  return {
    points,
    maxPoints: { ...OFFER_MAX_POINTS },
    fit: round3(fitOf(points.skills, points.use, points.occupation)),
    evidence: evidenceOf(exactWeight, o.weightTotal),
    skills: skills.map(rounded),
    missingEssential: skills
      .filter((m) => m.essential && m.tier === 'none')
      .map((m) => m.uri),
    essentialCoverage: round3(essentialCoverage(exact, essentials)),
    usedSkills: { used: usedCount, of: p.skills.length },
    occupation: fit,
    km: roundKm(km),
    remote: o.remote,
    schedule: {
      sharedShifts: shiftsOf(shared),
      offerHours: o.weeklyHours,
      profileHours: p.weeklyHours,
      hoursFit: round3(hoursFit(o.weeklyHours, p.weeklyHours)),
    },
    contract: { offered: o.source.contract ?? null, fit: cFit },
    accommodations: {
      met: accommodationsOf(metMask),
      unmet: accommodationsOf(p.accommodationMask & ~o.accommodationMask),
    },
  };
}

/** Weights and credits as shown: three decimals. */
export function rounded(m: SkillMatch): SkillMatch {
  return { ...m, weight: round3(m.weight), credit: round3(m.credit) };
}

export interface CourseContext {
  /** Every gap a course can close (see CourseProgress). */
  gaps: Uint32Array;
  towards: ProgressTarget | null;
  progress: number;
  /** The offers the course makes reachable: how many, and the first ids, best first. */
  unlocked: Unlocked;
}

export function explainCourse(
  taxonomy: Taxonomy,
  p: PreparedProfile,
  c: PreparedCourse,
  km: number,
  course: CourseContext,
): CourseExplanation {
  const closes = Array.from(c.taught)
    .filter((s) => hasBit(course.gaps, s))
    .map((s) => taxonomy.conceptUri(s));
  const shared = shiftsOf(c.shiftMask & p.shiftMask);
  const towards = course.towards;
  return {
    points: coursePoints(
      course.progress,
      distanceShare(km, p.maxCommuteKm, c.remote),
      courseScheduleShare(shared.length, c.shiftCount),
    ),
    maxPoints: { ...COURSE_MAX_POINTS },
    progress: round3(course.progress),
    towards:
      towards === null
        ? null
        : towards.kind === 'offer'
          ? { offer: towards.id }
          : { occupation: towards.id },
    closes,
    km: roundKm(km),
    remote: c.remote,
    sharedShifts: shared,
    startDate: c.source.startDate ?? null,
    seats: c.seats,
    unlocksOffers: course.unlocked.ids,
    unlocksCount: course.unlocked.count,
  };
}
