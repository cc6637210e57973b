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
} from '../src/lib/context';
import { haversineKm } from '../src/lib/geo';
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
} from '../src/lib/model';
import type { RankOptions, RankResult } from '../src/lib/rank';
import {
  PROGRESS_OFFERS,
  COURSE_MAX_POINTS,
  LANGUAGE_SKILL_LEVEL,
  OFFER_MAX_POINTS,
  accommodationShare,
  contractCreditOf,
  contractFit,
  coursePoints,
  courseScheduleShare,
  distanceShare,
  essentialCoverage,
  evidenceOf,
  fitOf,
  gapProgress,
  hoursFit,
  occupationPoints,
  offerPoints,
  round3,
  scheduleShare,
  skillPoints,
  skillWeight,
  total,
  usePoints,
  type CourseMatch,
  type CourseTowards,
  type OccupationFit,
  type OfferExplanation,
  type OfferMatch,
  type SkillMatch,
} from '../src/lib/score';

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

/** Her skills, her languages, and what they hold, as plain strings. */
interface Holder {
  /** Sorted by URI: the first covering a group is named in the explanation. */
  skills: string[];
  levels: Map<string, number>;
  /** Her skills and the language skills of her languages at B1 or above. */
  held: Set<string>;
}

function holderOf(ctx: MatchContext, profile: Profile): Holder {
  const skills = unique(profile.skills.map((s) => s.uri)).sort(byUri);
  const levels = new Map<string, number>();
  for (const l of profile.languages ?? [])
    levels.set(l.code, Math.max(levels.get(l.code) ?? -1, CEFR_LEVELS.indexOf(l.cefr)));
  const held = new Set(skills);
  for (const [code, ids] of ctx.taxonomy.languageSkillsByCode()) {
    if ((levels.get(code) ?? -1) < LANGUAGE_SKILL_LEVEL) continue;
    for (const id of ids) held.add(ctx.taxonomy.conceptUri(id));
  }
  return { skills, levels, held };
}

function specificity(ctx: MatchContext, uri: string): number {
  const id = ctx.taxonomy.conceptId(uri);
  return id === undefined ? 1 : ctx.taxonomy.specificityOf(id);
}

function skillMatch(
  ctx: MatchContext,
  her: Holder,
  offer: Offer,
  uri: string,
  essential: boolean,
): SkillMatch {
  const t = ctx.taxonomy;
  const id = t.conceptId(uri);
  const weight = skillWeight(essential, specificity(ctx, uri));
  const exact = { uri, essential, tier: 'exact', weight, credit: 1 } as const;
  if (her.skills.includes(uri)) return exact;
  const language = id === undefined ? undefined : t.languageOf(id);
  if (language !== undefined) {
    const level = her.levels.get(language) ?? -1;
    const stated = (offer.languages ?? []).some((l) => l.code === language);
    if (level >= LANGUAGE_SKILL_LEVEL || (level >= 0 && stated))
      return { ...exact, language };
  }
  const lineage = (h: string) => {
    const hid = t.conceptId(h);
    return hid === undefined ? [] : [hid, ...t.ancestors(hid)];
  };
  let best: SkillMatch | null = null;
  for (const group of id === undefined ? [] : t.groupKeys(id)) {
    const credit = t.keyCredit(group);
    if (credit <= (best?.credit ?? 0)) continue;
    const through = her.skills.find((h) => lineage(h).includes(group));
    if (through === undefined) continue;
    best = { uri, essential, tier: 'broader', weight, credit, group: t.conceptUri(group), through };
  }
  return best ?? { uri, essential, tier: 'none', weight, credit: 0 };
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
  her: Holder,
  offer: Offer,
): { explanation: OfferExplanation; evidence: number } {
  const essential = unique(offer.essentialSkills);
  const optional = unique(offer.optionalSkills).filter(
    (u) => !essential.includes(u),
  );
  const skills = [
    ...essential.map((u) => skillMatch(ctx, her, offer, u, true)),
    ...optional.map((u) => skillMatch(ctx, her, offer, u, false)),
  ];
  let weightTotal = 0;
  let credit = 0;
  let exactWeight = 0;
  for (const m of skills) {
    weightTotal += m.weight;
    credit += m.tier === 'exact' ? m.weight : m.weight * m.credit;
    if (m.tier === 'exact') exactWeight += m.weight;
  }
  let hers = 0;
  let used = 0;
  let usedCount = 0;
  for (const h of her.skills) {
    hers += specificity(ctx, h);
    if (essential.includes(h) || optional.includes(h)) {
      used += specificity(ctx, h);
      usedCount++;
    }
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
  const points = offerPoints(
    skillPoints(credit, weightTotal),
    usePoints(used, hers),
    occupationPoints(fit),
    distanceShare(distance, profile.maxCommuteKm, offer.remote === true),
    scheduleShare(shared.length, offerShifts.length, offer.weeklyHours, profile.weeklyHours),
    accommodationShare(met.length, requested.length),
    contractCreditOf(cFit),
  );
  const explanation: OfferExplanation = {
    points,
    maxPoints: { ...OFFER_MAX_POINTS },
    fit: round3(fitOf(points.skills, points.use, points.occupation)),
    evidence: evidenceOf(exactWeight, weightTotal),
    skills: skills.map((m) => ({ ...m, weight: round3(m.weight), credit: round3(m.credit) })),
    missingEssential: skills
      .filter((m) => m.essential && m.tier === 'none')
      .map((m) => m.uri),
    essentialCoverage: round3(essentialCoverage(exact, essential.length)),
    usedSkills: { used: usedCount, of: her.skills.length },
    occupation: fit,
    km: Number.isFinite(distance) ? Math.round(distance * 10) / 10 : null,
    remote: offer.remote === true,
    schedule: {
      sharedShifts: shared,
      offerHours: offer.weeklyHours,
      profileHours: profile.weeklyHours,
      hoursFit: round3(hoursFit(offer.weeklyHours, profile.weeklyHours)),
    },
    contract: { offered: offer.contract ?? null, fit: cFit },
    accommodations: { met, unmet: requested.filter((a) => !met.includes(a)) },
  };
  return { explanation, evidence: evidenceOf(exactWeight, weightTotal) };
}

interface Ranked extends OfferMatch {
  evidence: number;
  offer: Offer;
}

const byScoreEvidenceId = (a: Ranked, b: Ranked) =>
  b.score - a.score || b.evidence - a.evidence || byUri(a.id, b.id);

interface Target {
  towards: CourseTowards;
  weight: number;
  gaps: string[];
}

/** Her target occupations, then her best offers best first, with the gaps of each. */
function targetsOf(
  ctx: MatchContext,
  profile: Profile,
  her: Holder,
  offers: Ranked[],
): Target[] {
  const lacking = (skills: readonly string[]) =>
    unique(skills.filter((u) => !her.held.has(u)));
  const targets: Target[] = [];
  for (const occupation of unique(profile.targetOccupations)) {
    const gaps = lacking(ctx.taxonomy.essentialSkills(occupation));
    if (gaps.length > 0) targets.push({ towards: { occupation }, weight: 1, gaps });
  }
  for (const o of [...offers].sort(byScoreEvidenceId)) {
    const gaps = lacking(unique(o.offer.essentialSkills));
    if (gaps.length > 0)
      targets.push({ towards: { offer: o.id }, weight: o.score / 100, gaps });
  }
  return targets;
}

export function baselineRankForProfile(
  profile: Profile,
  input: { offers?: readonly Offer[]; courses?: readonly Course[] },
  ctx: MatchContext,
  options: RankOptions = {},
): RankResult {
  const clock = resolveClock(ctx);
  const limit = options.limit ?? 50;
  const her = holderOf(ctx, profile);
  const count = () =>
    Object.fromEntries(
      FILTER_REASONS.map((r) => [r, 0]),
    ) as RankResult['filtered'];
  const filteredOffers = count();
  const passedOffers: Ranked[] = [];
  const near: Ranked[] = [];
  for (const offer of input.offers ?? []) {
    const r = reason(ctx, clock, profile, offer);
    if (r !== null) {
      filteredOffers[r]++;
      continue;
    }
    const { explanation, evidence } = explain(ctx, profile, her, offer);
    const ranked = { id: offer.id, score: total(explanation.points), explanation, evidence, offer };
    passedOffers.push(ranked);
    const essential = unique(offer.essentialSkills);
    const coverage = essentialCoverage(
      essential.filter((u) => her.held.has(u)).length,
      essential.length,
    );
    if (coverage < clock.reach && coverage >= clock.near) near.push(ranked);
  }
  passedOffers.sort(byScoreEvidenceId);
  const best = passedOffers.slice(0, limit);
  const targets = targetsOf(ctx, profile, her, passedOffers.slice(0, PROGRESS_OFFERS));
  const gaps = new Set(targets.flatMap((t) => t.gaps));

  const filteredCourses = count();
  const passedCourses: CourseMatch[] = [];
  for (const course of input.courses ?? []) {
    const r = reason(ctx, clock, profile, course);
    if (r !== null) {
      filteredCourses[r]++;
      continue;
    }
    const taught = unique(course.skillsTaught);
    let progress = 0;
    let towards: CourseTowards = null;
    for (const t of targets) {
      const closed = t.gaps.filter((u) => taught.includes(u)).length;
      const value = gapProgress(t.weight, closed, t.gaps.length);
      if (value > progress) {
        progress = value;
        towards = t.towards;
      }
    }
    const shared = SHIFTS.filter(
      (s) => course.shifts.includes(s) && profile.shifts.includes(s),
    );
    const distance = km(ctx, profile.homeComune, course.comune);
    const unlocked = near
      .filter(({ offer }) => {
        const essential = unique(offer.essentialSkills);
        const exact = essential.filter(
          (u) => her.held.has(u) || taught.includes(u),
        ).length;
        return essentialCoverage(exact, essential.length) >= clock.reach;
      })
      .sort(byScoreEvidenceId)
      .map((o) => o.id);
    const points = coursePoints(
      progress,
      distanceShare(distance, profile.maxCommuteKm, course.remote === true),
      courseScheduleShare(
        shared.length,
        SHIFTS.filter((s) => course.shifts.includes(s)).length,
      ),
    );
    passedCourses.push({
      id: course.id,
      score: total(points),
      explanation: {
        points,
        maxPoints: { ...COURSE_MAX_POINTS },
        progress: round3(progress),
        towards,
        closes: taught.filter((u) => gaps.has(u)),
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
  const byScoreThenId = (a: CourseMatch, b: CourseMatch) =>
    b.score - a.score || byUri(a.id, b.id);
  return {
    profileId: profile.id,
    offers: best.map(({ id, score, explanation }) => ({ id, score, explanation })),
    courses: passedCourses
      .sort(byScoreThenId)
      .slice(0, options.courseLimit ?? limit),
    filtered,
    filteredOffers,
    filteredCourses,
    passed: { offers: passedOffers.length, courses: passedCourses.length },
  };
}
