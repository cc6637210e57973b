// The straightforward implementation: every pair scored on the raw objects with strings and sets,
// a great-circle distance per pair, a full explanation per passing pair, one sort at the end.
// No interning, no buckets, no top-K heap. It is the benchmark's reference and the tests' oracle:
// the engine must return exactly what this returns.

import {
  isBeforeDeadline,
  parseDeadline,
  resolveClock,
  type Clock,
  type MatchContext,
} from './context';
import { haversineKm } from './geo';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACTS,
  FILTER_REASONS,
  SHIFTS,
  type Course,
  type FilterReason,
  type Offer,
  type Profile,
} from './model';
import type { RankOptions, RankResult } from './rank';
import {
  BROADER_CREDIT,
  ESSENTIAL_WEIGHT,
  OPTIONAL_WEIGHT,
  accommodationPoints,
  contractFit,
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
  total,
  type CourseMatch,
  type OccupationFit,
  type OfferExplanation,
  type OfferMatch,
  type SkillMatch,
} from './score';

type Listing = Offer | Course;

function km(ctx: MatchContext, from: string, to: string): number {
  const a = ctx.comuni.idOf(from);
  const b = ctx.comuni.idOf(to);
  if (a < 0 || b < 0) return NaN;
  return haversineKm(
    ctx.comuni.lat[a],
    ctx.comuni.lon[a],
    ctx.comuni.lat[b],
    ctx.comuni.lon[b],
  );
}

function reason(
  ctx: MatchContext,
  clock: Clock,
  profile: Profile,
  l: Listing,
): FilterReason | null {
  for (const area of profile.exclusions ?? []) {
    if (!ctx.comuni.has(area.comune)) return 'exclusion_area';
  }
  if (!ctx.comuni.has(l.comune)) return 'unknown_location';
  for (const area of profile.exclusions ?? []) {
    if (km(ctx, area.comune, l.comune) <= area.radiusKm)
      return 'exclusion_area';
  }
  if (l.remote !== true) {
    if (!ctx.comuni.has(profile.homeComune)) return 'unknown_location';
    if (km(ctx, profile.homeComune, l.comune) > profile.maxCommuteKm)
      return 'beyond_commute';
  }
  if (
    l.organisationId !== undefined &&
    (profile.blockedOrganisations ?? []).includes(l.organisationId)
  ) {
    return 'organisation_blocked';
  }
  if (l.organisationStatus !== 'vetted') return 'organisation_not_vetted';
  if (
    l.status !== 'published' ||
    !isBeforeDeadline(parseDeadline(l.deadline), clock)
  )
    return 'not_open';
  if (!(l.seats > 0)) return 'no_seats';
  if (!l.shifts.some((s) => profile.shifts.includes(s))) return 'schedule';
  for (const need of l.languages ?? []) {
    const levels = (profile.languages ?? []).filter(
      (x) => x.code === need.code,
    );
    const best = Math.max(
      -1,
      ...levels.map((x) => CEFR_LEVELS.indexOf(x.cefr)),
    );
    if (best < CEFR_LEVELS.indexOf(need.cefr)) return 'language';
  }
  return (l.minEqf ?? 0) > (profile.eqf ?? 0) ? 'eqf' : null;
}

function skillMatch(
  ctx: MatchContext,
  held: Set<string>,
  heldSorted: string[],
  uri: string,
  essential: boolean,
): SkillMatch {
  if (held.has(uri)) return { uri, essential, tier: 'exact' };
  const t = ctx.taxonomy;
  const id = t.conceptId(uri);
  const lineage = (h: string) => {
    const hid = t.conceptId(h);
    return hid === undefined ? [] : [hid, ...t.ancestors(hid)];
  };
  for (const group of id === undefined ? [] : t.groupKeys(id)) {
    const through = heldSorted.find((h) => lineage(h).includes(group));
    if (through !== undefined) {
      return {
        uri,
        essential,
        tier: 'broader',
        group: t.conceptUri(group),
        through,
      };
    }
  }
  return { uri, essential, tier: 'none' };
}

function occupationFit(
  ctx: MatchContext,
  profile: Profile,
  offer: Offer,
): OccupationFit {
  const targets = profile.targetOccupations ?? [];
  if (targets.length === 0) return 'no_target';
  if (offer.occupation === undefined) return 'none';
  if (targets.includes(offer.occupation)) return 'target';
  const isco = (uri: string) => {
    const id = ctx.taxonomy.occupationId(uri);
    return id === undefined ? -1 : ctx.taxonomy.iscoGroup(id);
  };
  const code = isco(offer.occupation);
  if (code < 0) return 'none';
  const codes = targets.map(isco).filter((c) => c >= 0);
  if (codes.includes(code)) return 'isco_unit';
  return codes.some((c) => Math.floor(c / 10) === Math.floor(code / 10))
    ? 'isco_minor'
    : 'none';
}

const unique = (xs: readonly string[] | undefined) => [...new Set(xs ?? [])];
const byUri = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function explain(
  ctx: MatchContext,
  profile: Profile,
  offer: Offer,
): OfferExplanation {
  const held = new Set(profile.skills.map((s) => s.uri));
  const heldSorted = [...held].sort(byUri);
  const essential = unique(offer.essentialSkills);
  const optional = unique(offer.optionalSkills).filter(
    (u) => !essential.includes(u),
  );
  const skills = [
    ...essential.map((u) => skillMatch(ctx, held, heldSorted, u, true)),
    ...optional.map((u) => skillMatch(ctx, held, heldSorted, u, false)),
  ];
  let credit = 0;
  for (const m of skills) {
    const w = m.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
    credit +=
      m.tier === 'exact' ? w : m.tier === 'broader' ? w * BROADER_CREDIT : 0;
  }
  const exact = skills.filter((m) => m.essential && m.tier === 'exact').length;
  const distance = km(ctx, profile.homeComune, offer.comune);
  const offerShifts = SHIFTS.filter((s) => offer.shifts.includes(s));
  const shared = offerShifts.filter((s) => profile.shifts.includes(s));
  const fit = occupationFit(ctx, profile, offer);
  const preferred = CONTRACTS.filter((c) =>
    (profile.contracts ?? []).includes(c),
  );
  const cFit = contractFit(
    offer.contract,
    preferred.length ? new Set(preferred) : null,
  );
  const requested = ACCOMMODATIONS.filter((a) =>
    (profile.accommodations ?? []).includes(a),
  );
  const met = requested.filter((a) => (offer.accommodations ?? []).includes(a));
  return {
    points: {
      skills: skillPoints(
        credit,
        ESSENTIAL_WEIGHT * essential.length + OPTIONAL_WEIGHT * optional.length,
      ),
      occupation: occupationPoints(fit),
      distance: distancePoints(
        distance,
        profile.maxCommuteKm,
        offer.remote === true,
      ),
      schedule: schedulePoints(
        shared.length,
        offerShifts.length,
        offer.weeklyHours,
        profile.weeklyHours,
      ),
      contract: contractPoints(cFit),
      accommodations: accommodationPoints(met.length, requested.length),
    },
    skills,
    missingEssential: skills
      .filter((m) => m.essential && m.tier === 'none')
      .map((m) => m.uri),
    essentialCoverage:
      Math.round(essentialCoverage(exact, essential.length) * 1000) / 1000,
    occupation: fit,
    km: Number.isFinite(distance) ? Math.round(distance * 10) / 10 : null,
    remote: offer.remote === true,
    schedule: {
      sharedShifts: shared,
      offerHours: offer.weeklyHours,
      profileHours: profile.weeklyHours,
      hoursFit:
        Math.round(hoursFit(offer.weeklyHours, profile.weeklyHours) * 1000) /
        1000,
    },
    contract: { offered: offer.contract ?? null, fit: cFit },
    accommodations: { met, unmet: requested.filter((a) => !met.includes(a)) },
  };
}

const byScoreThenId = (
  a: { score: number; id: string },
  b: { score: number; id: string },
) => b.score - a.score || byUri(a.id, b.id);

export function baselineRankForProfile(
  profile: Profile,
  input: { offers?: readonly Offer[]; courses?: readonly Course[] },
  ctx: MatchContext,
  options: RankOptions = {},
): RankResult {
  const clock = resolveClock(ctx);
  const limit = options.limit ?? 50;
  const held = new Set(profile.skills.map((s) => s.uri));
  const count = () =>
    Object.fromEntries(
      FILTER_REASONS.map((r) => [r, 0]),
    ) as RankResult['filtered'];
  const filteredOffers = count();
  const passedOffers: OfferMatch[] = [];
  const near: { offer: Offer; score: number }[] = [];
  for (const offer of input.offers ?? []) {
    const r = reason(ctx, clock, profile, offer);
    if (r !== null) {
      filteredOffers[r]++;
      continue;
    }
    const explanation = explain(ctx, profile, offer);
    const score = total(explanation.points);
    passedOffers.push({ id: offer.id, score, explanation });
    const essential = unique(offer.essentialSkills);
    const coverage = essentialCoverage(
      essential.filter((u) => held.has(u)).length,
      essential.length,
    );
    if (coverage < clock.reach && coverage >= clock.near)
      near.push({ offer, score });
  }

  const gaps = new Set<string>();
  for (const target of profile.targetOccupations ?? []) {
    for (const u of ctx.taxonomy.essentialSkills(target))
      if (!held.has(u)) gaps.add(u);
  }
  for (const { offer } of near)
    for (const u of offer.essentialSkills) if (!held.has(u)) gaps.add(u);

  const filteredCourses = count();
  const passedCourses: CourseMatch[] = [];
  for (const course of input.courses ?? []) {
    const r = reason(ctx, clock, profile, course);
    if (r !== null) {
      filteredCourses[r]++;
      continue;
    }
    const taught = unique(course.skillsTaught);
    const closes = taught.filter((u) => gaps.has(u));
    const shared = SHIFTS.filter(
      (s) => course.shifts.includes(s) && profile.shifts.includes(s),
    );
    const distance = km(ctx, profile.homeComune, course.comune);
    const unlocked = near
      .filter(({ offer }) => {
        const essential = unique(offer.essentialSkills);
        const exact = essential.filter(
          (u) => held.has(u) || taught.includes(u),
        ).length;
        return essentialCoverage(exact, essential.length) >= clock.reach;
      })
      .map(({ offer, score }) => ({ id: offer.id, score }))
      .sort(byScoreThenId)
      .map((o) => o.id);
    const points = {
      gaps: courseGapPoints(closes.length, gaps.size),
      distance: courseDistancePoints(
        distance,
        profile.maxCommuteKm,
        course.remote === true,
      ),
      schedule: courseSchedulePoints(
        shared.length,
        SHIFTS.filter((s) => course.shifts.includes(s)).length,
      ),
    };
    passedCourses.push({
      id: course.id,
      score: total(points),
      explanation: {
        points,
        closes,
        km: Number.isFinite(distance) ? Math.round(distance * 10) / 10 : null,
        remote: course.remote === true,
        sharedShifts: shared,
        startDate: course.startDate ?? null,
        seats: course.seats,
        unlocksOffers: unlocked.slice(0, options.unlockCap ?? 10),
        unlocksCount: unlocked.length,
      },
    });
  }
  const filtered = count();
  for (const r of FILTER_REASONS)
    filtered[r] = filteredOffers[r] + filteredCourses[r];
  return {
    profileId: profile.id,
    offers: passedOffers.sort(byScoreThenId).slice(0, limit),
    courses: passedCourses
      .sort(byScoreThenId)
      .slice(0, options.courseLimit ?? limit),
    filtered,
    filteredOffers,
    filteredCourses,
    passed: { offers: passedOffers.length, courses: passedCourses.length },
  };
}
