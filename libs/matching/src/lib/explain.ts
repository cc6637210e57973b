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
import {
  accommodationPoints,
  contractPoints,
  courseDistancePoints,
  courseGapPoints,
  courseSchedulePoints,
  distancePoints,
  essentialCoverage,
  hoursFit,
  occupationPoints,
  schedulePoints,
  skillPoints,
  BROADER_CREDIT,
  ESSENTIAL_WEIGHT,
  OPTIONAL_WEIGHT,
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
  skill: number,
  essential: boolean,
): SkillMatch {
  const uri = taxonomy.conceptUri(skill);
  if (hasBit(p.held, skill)) return { uri, essential, tier: 'exact' };
  for (const group of taxonomy.groupKeys(skill)) {
    const through = p.coveredBy.get(group);
    if (through === undefined) continue;
    return {
      uri,
      essential,
      tier: 'broader',
      group: taxonomy.conceptUri(group),
      through: taxonomy.conceptUri(through),
    };
  }
  return { uri, essential, tier: 'none' };
}

export function explainOffer(
  taxonomy: Taxonomy,
  p: PreparedProfile,
  o: PreparedOffer,
  km: number,
): OfferExplanation {
  const skills = [
    ...Array.from(o.essential, (s) => skillMatch(taxonomy, p, s, true)),
    ...Array.from(o.optional, (s) => skillMatch(taxonomy, p, s, false)),
  ];
  let credit = 0;
  for (const m of skills) {
    const weight = m.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
    credit +=
      m.tier === 'exact'
        ? weight
        : m.tier === 'broader'
          ? weight * BROADER_CREDIT
          : 0;
  }
  const exact = skills.filter((m) => m.essential && m.tier === 'exact').length;
  const shared = o.shiftMask & p.shiftMask;
  const fit = occupationFitOf(p, o.occupation, o.isco);
  const cFit = contractFitOf(p.contractMask, o.contract);
  const metMask = o.accommodationMask & p.accommodationMask;
  const points = {
    skills: skillPoints(credit, o.weightTotal),
    occupation: occupationPoints(fit),
    distance: distancePoints(km, p.maxCommuteKm, o.remote),
    schedule: schedulePoints(
      shiftsOf(shared).length,
      o.shiftCount,
      o.weeklyHours,
      p.weeklyHours,
    ),
    contract: contractPoints(cFit),
    accommodations: accommodationPoints(
      accommodationsOf(metMask).length,
      accommodationsOf(p.accommodationMask).length,
    ),
  };
  return {
    points,
    skills,
    missingEssential: skills
      .filter((m) => m.essential && m.tier === 'none')
      .map((m) => m.uri),
    essentialCoverage:
      Math.round(essentialCoverage(exact, o.essential.length) * 1000) / 1000,
    occupation: fit,
    km: roundKm(km),
    remote: o.remote,
    schedule: {
      sharedShifts: shiftsOf(shared),
      offerHours: o.weeklyHours,
      profileHours: p.weeklyHours,
      hoursFit:
        Math.round(hoursFit(o.weeklyHours, p.weeklyHours) * 1000) / 1000,
    },
    contract: { offered: o.source.contract ?? null, fit: cFit },
    accommodations: {
      met: accommodationsOf(metMask),
      unmet: accommodationsOf(p.accommodationMask & ~o.accommodationMask),
    },
  };
}

export function explainCourse(
  taxonomy: Taxonomy,
  p: PreparedProfile,
  c: PreparedCourse,
  km: number,
  gaps: Uint32Array,
  gapCount: number,
  unlocked: readonly string[],
  unlockCap: number,
): CourseExplanation {
  const closes = Array.from(c.taught)
    .filter((s) => hasBit(gaps, s))
    .map((s) => taxonomy.conceptUri(s));
  const shared = shiftsOf(c.shiftMask & p.shiftMask);
  return {
    points: {
      gaps: courseGapPoints(closes.length, gapCount),
      distance: courseDistancePoints(km, p.maxCommuteKm, c.remote),
      schedule: courseSchedulePoints(shared.length, c.shiftCount),
    },
    closes,
    km: roundKm(km),
    remote: c.remote,
    sharedShifts: shared,
    startDate: c.source.startDate ?? null,
    seats: c.seats,
    unlocksOffers: unlocked.slice(0, unlockCap),
    unlocksCount: unlocked.length,
  };
}
