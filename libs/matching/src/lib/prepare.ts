// Precomputation: offers, courses and profiles compiled once into integer form (interned skill
// and occupation ids, shift and accommodation bitmasks, comune ids, buckets per comune), so that
// ranking touches no strings in its inner loop.

import type { MatchContext } from './context';
import { parseDeadline } from './context';
import type { ComuneIndex } from './geo';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACTS,
  SHIFTS,
  type Course,
  type LanguageLevel,
  type Offer,
  type Profile,
} from './model';
import { exclusionZone, type ExclusionZone } from './safety';
import { LANGUAGE_SKILL_LEVEL, skillWeight } from './score';
import type { Taxonomy } from './taxonomy';

export function maskOf<T extends string>(
  all: readonly T[],
  values: readonly T[] | undefined,
): number {
  let mask = 0;
  for (const v of values ?? []) {
    const bit = all.indexOf(v);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

export function bitset(size: number): Uint32Array {
  return new Uint32Array((size + 31) >>> 5);
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] |= 1 << (i & 31);
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  const w = i >>> 5;
  return w < bits.length && (bits[w] & (1 << (i & 31))) !== 0;
}

export interface LanguageNeed {
  code: string;
  level: number;
}

function languageNeeds(
  languages: readonly LanguageLevel[] | undefined,
): LanguageNeed[] {
  return (languages ?? []).map((l) => ({
    code: l.code,
    level: CEFR_LEVELS.indexOf(l.cefr),
  }));
}

/** What offers and courses share: where, who, when, and whether they are open. */
export interface PreparedListing {
  /** Position in the input array. */
  index: number;
  id: string;
  /** Rank of the id in code-point order: the deterministic tie-break. */
  order: number;
  comune: number;
  remote: boolean;
  organisationId: string | undefined;
  vetted: boolean;
  published: boolean;
  deadline: { day: number; ms: number };
  seats: number;
  shiftMask: number;
  shiftCount: number;
  languages: LanguageNeed[];
  minEqf: number;
}

export interface PreparedOffer extends PreparedListing {
  source: Offer;
  /** Concept ids, deduplicated; a skill listed as both essential and optional is essential. */
  essential: Int32Array;
  optional: Int32Array;
  /** Weight of each skill (essential then optional): 2 or 1 times its specificity. */
  weights: Float64Array;
  weightTotal: number;
  occupation: number;
  isco: number;
  weeklyHours: number;
  /** Index in CONTRACTS, -1 when unspecified. */
  contract: number;
  accommodationMask: number;
}

export interface PreparedCourse extends PreparedListing {
  source: Course;
  taught: Int32Array;
  startDay: number;
}

function listing(
  l: Offer | Course,
  index: number,
  comuni: ComuneIndex,
): Omit<PreparedListing, 'order'> {
  const shiftMask = maskOf(SHIFTS, l.shifts);
  return {
    index,
    id: l.id,
    comune: comuni.idOf(l.comune),
    remote: l.remote === true,
    organisationId: l.organisationId,
    vetted: l.organisationStatus === 'vetted',
    published: l.status === 'published',
    deadline: parseDeadline(l.deadline),
    seats: l.seats,
    shiftMask,
    shiftCount: popcount(shiftMask),
    languages: languageNeeds(l.languages),
    minEqf: l.minEqf ?? 0,
  };
}

function internAll(
  taxonomy: Taxonomy,
  uris: readonly string[] | undefined,
  skip?: Set<number>,
) {
  const ids: number[] = [];
  for (const uri of uris ?? []) {
    const id = taxonomy.internConcept(uri);
    if (!skip?.has(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function prepareOffer(
  offer: Offer,
  index: number,
  ctx: MatchContext,
): PreparedOffer {
  const { taxonomy } = ctx;
  const essential = internAll(taxonomy, offer.essentialSkills);
  const optional = internAll(
    taxonomy,
    offer.optionalSkills,
    new Set(essential),
  );
  const occupation =
    offer.occupation === undefined
      ? -1
      : taxonomy.internOccupation(offer.occupation);
  const weights = Float64Array.from([...essential, ...optional], (s, k) =>
    skillWeight(k < essential.length, taxonomy.specificityOf(s)),
  );
  let weightTotal = 0;
  for (const w of weights) weightTotal += w;
  return {
    ...listing(offer, index, ctx.comuni),
    order: index,
    source: offer,
    essential: Int32Array.from(essential),
    optional: Int32Array.from(optional),
    weights,
    weightTotal,
    occupation,
    isco: occupation < 0 ? -1 : taxonomy.iscoGroup(occupation),
    weeklyHours: offer.weeklyHours,
    contract:
      offer.contract === undefined ? -1 : CONTRACTS.indexOf(offer.contract),
    accommodationMask: maskOf(ACCOMMODATIONS, offer.accommodations),
  };
}

export function prepareCourse(
  course: Course,
  index: number,
  ctx: MatchContext,
): PreparedCourse {
  const startDay = course.startDate
    ? Number(course.startDate.slice(0, 10).replace(/-/g, ''))
    : NaN;
  return {
    ...listing(course, index, ctx.comuni),
    order: index,
    source: course,
    taught: Int32Array.from(internAll(ctx.taxonomy, course.skillsTaught)),
    startDay: Number.isFinite(startDay) ? startDay : Infinity,
  };
}

export interface PreparedProfile {
  source: Profile;
  id: string;
  /** Skills she holds, and every group at depth >= broaderMinDepth above them (plus the skills). */
  held: Uint32Array;
  covered: Uint32Array;
  /** For each covered concept, the first of her skills (by URI) that covers it: the explanation. */
  coveredBy: Map<number, number>;
  /** The best credit of a group she covers: no skill she lacks earns more (the engine's bound). */
  broaderCredit: number;
  /** Her skills as concept ids (unique), in URI order. */
  skills: Int32Array;
  /** Specificity of each of her skills, and their sum: what the use component is shared over. */
  skillSpecificity: Float64Array;
  specificityTotal: number;
  /** Language skills she holds through her languages (at B1 or above), not among `skills`. */
  languageSkills: Int32Array;
  /** Language skills of the languages she has below B1: held where an offer states that language. */
  weakLanguageSkills: Set<number>;
  shiftMask: number;
  weeklyHours: number;
  languages: Map<string, number>;
  eqf: number;
  targets: Int32Array;
  targetIsco: Int32Array;
  /** Essential skills of her target occupations that she lacks. */
  targetGaps: Int32Array;
  blocked: Set<string> | null;
  contracts: Set<string> | null;
  /** Bits of CONTRACTS she prefers; 0 = no preference. */
  contractMask: number;
  accommodationMask: number;
  accommodationCount: number;
  maxCommuteKm: number;
  home: number;
  /** km from home to each comune (NaN when home is unknown). */
  distances: Float64Array;
  /** Her exclusion areas over the comune index (safety rule 2: safety.ts). */
  exclusion: ExclusionZone;
}

export function prepareProfile(
  profile: Profile,
  ctx: MatchContext,
): PreparedProfile {
  const { taxonomy, comuni } = ctx;
  const heldList = internAll(
    taxonomy,
    profile.skills.map((s) => s.uri),
  );
  const held = bitset(taxonomy.conceptCount);
  const covered = bitset(taxonomy.conceptCount);
  for (const id of heldList) {
    setBit(held, id);
    setBit(covered, id);
    for (const a of taxonomy.ancestors(id)) setBit(covered, a);
  }
  const coveredBy = new Map<number, number>();
  const byUri = heldList
    .map((id) => [taxonomy.conceptUri(id), id] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [, id] of byUri) {
    for (const c of [id, ...taxonomy.ancestors(id)])
      if (!coveredBy.has(c)) coveredBy.set(c, id);
  }
  const languages = new Map<string, number>();
  for (const l of profile.languages ?? []) {
    languages.set(
      l.code,
      Math.max(languages.get(l.code) ?? -1, CEFR_LEVELS.indexOf(l.cefr)),
    );
  }
  const languageSkills: number[] = [];
  const weakLanguageSkills = new Set<number>();
  for (const [code, ids] of taxonomy.languageSkillsByCode()) {
    const level = languages.get(code) ?? -1;
    if (level < 0) continue;
    if (level < LANGUAGE_SKILL_LEVEL) {
      for (const id of ids) if (!hasBit(held, id)) weakLanguageSkills.add(id);
      continue;
    }
    for (const id of ids) {
      if (hasBit(held, id)) continue;
      setBit(held, id);
      languageSkills.push(id);
    }
  }
  languageSkills.sort((a, b) => a - b);
  // Summed in URI order, so that the order she lists her skills in changes nothing.
  const mine = byUri.map(([, id]) => id);
  const skillSpecificity = Float64Array.from(mine, (id) => taxonomy.specificityOf(id));
  let specificityTotal = 0;
  for (const x of skillSpecificity) specificityTotal += x;
  const targets = [
    ...new Set(
      (profile.targetOccupations ?? []).map((u) =>
        taxonomy.internOccupation(u),
      ),
    ),
  ];
  const targetIsco = targets
    .map((t) => taxonomy.iscoGroup(t))
    .filter((c) => c >= 0);
  const gaps = new Set<number>();
  for (const t of targets) {
    for (const s of taxonomy.essentialSkillIds(t))
      if (!hasBit(held, s)) gaps.add(s);
  }
  const home = comuni.idOf(profile.homeComune);
  const distances =
    home >= 0
      ? comuni.distancesFrom(home)
      : new Float64Array(comuni.size).fill(NaN);
  const accommodationMask = maskOf(ACCOMMODATIONS, profile.accommodations);
  const contractMask = maskOf(CONTRACTS, profile.contracts);
  return {
    source: profile,
    id: profile.id,
    held,
    covered,
    coveredBy,
    broaderCredit: Math.max(0, ...[...coveredBy.keys()].map((c) => taxonomy.keyCredit(c))),
    skills: Int32Array.from(mine),
    skillSpecificity,
    specificityTotal,
    languageSkills: Int32Array.from(languageSkills),
    weakLanguageSkills,
    shiftMask: maskOf(SHIFTS, profile.shifts),
    weeklyHours: profile.weeklyHours,
    languages,
    eqf: profile.eqf ?? 0,
    targets: Int32Array.from(targets),
    targetIsco: Int32Array.from(targetIsco),
    targetGaps: Int32Array.from([...gaps].sort((a, b) => a - b)),
    blocked: profile.blockedOrganisations?.length
      ? new Set(profile.blockedOrganisations)
      : null,
    contracts:
      contractMask === 0
        ? null
        : new Set(CONTRACTS.filter((_, bit) => contractMask & (1 << bit))),
    contractMask,
    accommodationMask,
    accommodationCount: popcount(accommodationMask),
    maxCommuteKm: profile.maxCommuteKm,
    home,
    distances,
    exclusion: exclusionZone(profile.exclusions, comuni),
  };
}
