// The catalogue: offers and courses compiled once into columns (typed arrays), ordered by
// location bucket (comune, remote flag) so that a profile scans contiguous memory and decides
// exclusion and commute once per bucket. The scan is memory-bound: objects per offer would cost a
// cache miss per field, columns do not.

import type { MatchContext } from './context';
import type { ComuneIndex } from './geo';
import type { Course, Offer } from './model';
import {
  prepareCourse,
  prepareOffer,
  type LanguageNeed,
  type PreparedCourse,
  type PreparedListing,
  type PreparedOffer,
} from './prepare';
import { skillWeight } from './score';
import type { ClockView } from './clock-view';
import type { Taxonomy } from './taxonomy';
import { occupationIndex, type OccupationIndex } from './by-occupation';
import { groupIndex, type GroupIndex } from './groups';

export interface ListingColumns {
  /**
   * Bucket b = comune * 2 + (remote ? 1 : 0) holds positions ranges[b] .. ranges[b + 1];
   * the last bucket (2 * comuni) holds listings whose comune is unknown.
   */
  ranges: Int32Array;
  /** Each listing's bucket (the index into ranges). */
  bucket: Int32Array;
  comune: Int32Array;
  remote: Uint8Array;
  organisation: Int32Array;
  /** Positions by interned organisation: byOrganisation[organisationStart[o] .. [o + 1]]. */
  organisationStart: Int32Array;
  byOrganisation: Int32Array;
  shiftMask: Uint8Array;
  shiftCount: Uint8Array;
  /** Interned language requirements (Catalogue.languageLists). */
  languageList: Int32Array;
  minEqf: Float64Array;
  vetted: Uint8Array;
  published: Uint8Array;
  seats: Float64Array;
  deadlineDay: Float64Array;
  deadlineMs: Float64Array;
  /** The finite date-time deadlines, sorted: the instants at which a static reason can change. */
  deadlines: Float64Array;
  /** Offers: essential skills then optional ones; courses: skills taught. */
  skillStart: Int32Array;
  skill: Int32Array;
  order: Int32Array;
  /** What the filters need at the last clock seen (tally.ts). */
  view: ClockView | null;
}

export interface OfferColumns extends ListingColumns {
  essentialCount: Int32Array;
  /*
   * What the skill loop reads of a skill is kept per concept, in tables small enough to stay in
   * cache, rather than per skill entry: per entry, they were megabytes read at random.
   */
  /** Per concept s: its weight as an offer's optional skill (2s) and as an essential one (2s + 1). */
  conceptWeight: Float64Array;
  /** Per concept: the interned language a language skill names; -1 for other skills. */
  conceptLanguage: Int16Array;
  /** Per concept s: its group keys, key[keyStart[s] .. keyStart[s + 1]]; per group key: its credit. */
  keyStart: Int32Array;
  key: Int32Array;
  keyCredit: Float64Array;
  /** 1 when the offer lists a language skill. */
  hasLanguageSkill: Uint8Array;
  /**
   * Offers that the bound of an offer sharing no skill with her does not cover: those listing no
   * skill (half the skill points) or a language skill (held through a language she has below B1).
   */
  unbounded: Int32Array;
  weightTotal: Float64Array;
  weeklyHours: Float64Array;
  occupation: Int32Array;
  isco: Int32Array;
  /** The offers by occupation and ISCO minor group (by-occupation.ts). */
  occupations: OccupationIndex;
  contract: Int8Array;
  accommodationMask: Uint8Array;
  /**
   * Inverted index: for concept id s, entries postingStart[s] .. postingStart[s + 1] are
   * position * 2 + 1 for offers listing s as essential, position * 2 for optional. It gives every
   * offer's exact matches from her few skills, before any per-offer work.
   */
  postingStart: Int32Array;
  posting: Int32Array;
  /** The offers by group key she may cover: the broader tier found from her side (groups.ts). */
  groups: GroupIndex;
  /**
   * What the first pass over her exact matches reads and writes, per position, side by side
   * (TOUCH fields, TOUCH.stride apart): her exact matches touch thousands of offers at random
   * positions, and a column per field cost a cache miss per field and offer. Three fields are
   * scratch (zero between scans; the engine is synchronous), the others copies of columns.
   */
  touch: Float64Array;
  /** Scratch bound per position of the credit her groups can add (groups.ts). */
  groupBound: Float64Array;
  done: Uint8Array;
}

/** The fields of OfferColumns.touch, one offer's record being touch[i * stride ..]. */
export const TOUCH = {
  /** Her exact matches among its essential skills. */
  essential: 0,
  /** How many essential skills it lists. */
  essentials: 1,
  /** Weight of its skills she holds exactly (0: she holds none). */
  weight: 2,
  /** Specificity of her skills it lists. */
  used: 3,
  weightTotal: 4,
  occupation: 5,
  isco: 6,
  hasLanguageSkill: 7,
  /** Eight doubles: one 64-byte cache line (when aligned). */
  stride: 8,
} as const;

export interface CourseColumns extends ListingColumns {
  /** For concept id s, the positions of the courses teaching it: posting[postingStart[s] .. [s + 1]]. */
  postingStart: Int32Array;
  posting: Int32Array;
  /** Scratch mark per position (zero between scans). */
  done: Uint8Array;
}

export interface CatalogueInput {
  offers?: readonly Offer[];
  courses?: readonly Course[];
}

/** Build once with prepareCatalogue, then rank any number of profiles against it. */
export interface Catalogue {
  readonly taxonomy: Taxonomy;
  readonly comuni: ComuneIndex;
  /** Prepared offers and courses by position (bucket order), for explanations. */
  readonly offers: readonly PreparedOffer[];
  readonly courses: readonly PreparedCourse[];
  readonly offerColumns: OfferColumns;
  readonly courseColumns: CourseColumns;
  /** Organisation ids and language codes interned for the columns. */
  readonly organisationIds: ReadonlyMap<string, number>;
  readonly languageIds: ReadonlyMap<string, number>;
  readonly languageLists: LanguageLists;
}

/**
 * The distinct language requirements of the listings (languages and levels, as listed): list l
 * needs level[k] of language[k] for k in start[l] .. start[l + 1]. Listings share a few of them,
 * so her language reason is decided once per list.
 */
export interface LanguageLists {
  start: Int32Array;
  language: Int32Array;
  level: Int8Array;
}

class ListInterner {
  private readonly ids = new Map<string, number>();
  private readonly start = [0];
  private readonly language: number[] = [];
  private readonly level: number[] = [];

  constructor(private readonly languages: Map<string, number>) {}

  intern(needs: readonly LanguageNeed[]): number {
    const key = needs.map((n) => `${n.code} ${n.level}`).join(',');
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    this.ids.set(key, (id = this.start.length - 1));
    for (const need of needs) {
      this.language.push(intern(this.languages, need.code));
      this.level.push(need.level);
    }
    this.start.push(this.language.length);
    return id;
  }

  lists(): LanguageLists {
    return {
      start: Int32Array.from(this.start),
      language: Int32Array.from(this.language),
      level: Int8Array.from(this.level),
    };
  }
}

function bucketOf(l: PreparedListing, comuni: ComuneIndex): number {
  return l.comune < 0 ? 2 * comuni.size : l.comune * 2 + (l.remote ? 1 : 0);
}

/** Stable counting sort of the items by bucket; returns the bucket ranges. */
function byBucket<T extends PreparedListing>(
  items: T[],
  comuni: ComuneIndex,
): { sorted: T[]; ranges: Int32Array } {
  const ranges = new Int32Array(2 * comuni.size + 2);
  for (const item of items) ranges[bucketOf(item, comuni) + 1]++;
  for (let b = 1; b < ranges.length; b++) ranges[b] += ranges[b - 1];
  const next = ranges.slice(0, ranges.length - 1);
  const sorted: T[] = new Array(items.length);
  for (const item of items) sorted[next[bucketOf(item, comuni)]++] = item;
  return { sorted, ranges };
}

/** Rank of each id in code-point order (ties by input position): the deterministic tie-break. */
function assignOrders(items: PreparedListing[]): void {
  const byId = [...items].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index,
  );
  byId.forEach((item, rank) => (item.order = rank));
}

function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = map.size));
  return id;
}

function listingColumns(
  items: readonly PreparedListing[],
  ranges: Int32Array,
  skillsOf: (item: PreparedListing) => ArrayLike<number>,
  organisations: Map<string, number>,
  lists: ListInterner,
): ListingColumns {
  const n = items.length;
  const skillStart = new Int32Array(n + 1);
  items.forEach((l, i) => (skillStart[i + 1] = skillStart[i] + skillsOf(l).length));
  const skill = new Int32Array(skillStart[n]);
  items.forEach((l, i) => skill.set(skillsOf(l), skillStart[i]));
  const organisation = Int32Array.from(items, (l) =>
    l.organisationId === undefined ? -1 : intern(organisations, l.organisationId),
  );
  const organisationStart = new Int32Array(organisations.size + 1);
  for (const o of organisation) if (o >= 0) organisationStart[o + 1]++;
  for (let o = 0; o < organisations.size; o++) organisationStart[o + 1] += organisationStart[o];
  const byOrganisation = new Int32Array(organisationStart[organisations.size]);
  const next = organisationStart.slice(0, organisations.size);
  organisation.forEach((o, i) => {
    if (o >= 0) byOrganisation[next[o]++] = i;
  });
  const bucket = new Int32Array(n);
  for (let b = 0; b < ranges.length - 1; b++) bucket.fill(b, ranges[b], ranges[b + 1]);
  return {
    ranges,
    bucket,
    comune: Int32Array.from(items, (l) => l.comune),
    remote: Uint8Array.from(items, (l) => (l.remote ? 1 : 0)),
    organisation,
    organisationStart,
    byOrganisation,
    shiftMask: Uint8Array.from(items, (l) => l.shiftMask),
    shiftCount: Uint8Array.from(items, (l) => l.shiftCount),
    languageList: Int32Array.from(items, (l) => lists.intern(l.languages)),
    minEqf: Float64Array.from(items, (l) => l.minEqf),
    vetted: Uint8Array.from(items, (l) => (l.vetted ? 1 : 0)),
    published: Uint8Array.from(items, (l) => (l.published ? 1 : 0)),
    seats: Float64Array.from(items, (l) => l.seats),
    deadlineDay: Float64Array.from(items, (l) => l.deadline.day),
    deadlineMs: Float64Array.from(items, (l) => l.deadline.ms),
    deadlines: Float64Array.from(
      items.map((l) => l.deadline.ms).filter((ms) => Number.isFinite(ms)),
    ).sort(),
    skillStart,
    skill,
    order: Int32Array.from(items, (l) => l.order),
    view: null,
  };
}

/**
 * Inverted index of the listings by skill (skills interned: ids below conceptCount), positions
 * ascending: `entry(i, k)` is what listing i's k-th skill entry posts (by default i itself).
 */
function postings(
  skillStart: Int32Array,
  skill: Int32Array,
  conceptCount: number,
  entry: (i: number, k: number) => number = (i) => i,
): { postingStart: Int32Array; posting: Int32Array } {
  const postingStart = new Int32Array(conceptCount + 1);
  for (const s of skill) postingStart[s + 1]++;
  for (let s = 0; s < conceptCount; s++) postingStart[s + 1] += postingStart[s];
  const posting = new Int32Array(skill.length);
  const next = postingStart.slice(0, conceptCount);
  for (let i = 0; i + 1 < skillStart.length; i++)
    for (let k = skillStart[i]; k < skillStart[i + 1]; k++) posting[next[skill[k]]++] = entry(i, k);
  return { postingStart, posting };
}

function offerColumns(
  offers: readonly PreparedOffer[],
  ranges: Int32Array,
  taxonomy: Taxonomy,
  organisations: Map<string, number>,
  languages: Map<string, number>,
  lists: ListInterner,
): OfferColumns {
  const base = listingColumns(
    offers,
    ranges,
    (l) => {
      const o = l as PreparedOffer;
      return [...o.essential, ...o.optional];
    },
    organisations,
    lists,
  );
  const concepts = taxonomy.conceptCount;
  const keyStart = new Int32Array(concepts + 1);
  for (let s = 0; s < concepts; s++) keyStart[s + 1] = keyStart[s] + taxonomy.groupKeys(s).length;
  const key = new Int32Array(keyStart[concepts]);
  for (let s = 0; s < concepts; s++) key.set(taxonomy.groupKeys(s), keyStart[s]);
  const keyCredit = Float64Array.from({ length: concepts }, (_, g) => taxonomy.keyCredit(g));
  const conceptWeight = new Float64Array(2 * concepts);
  for (let s = 0; s < concepts; s++) {
    conceptWeight[2 * s] = skillWeight(false, taxonomy.specificityOf(s));
    conceptWeight[2 * s + 1] = skillWeight(true, taxonomy.specificityOf(s));
  }
  // Languages interned in the order the offers' skills name them.
  const conceptLanguage = new Int16Array(concepts).fill(-1);
  for (const s of base.skill) {
    const code = taxonomy.languageOf(s);
    if (code !== undefined) conceptLanguage[s] = intern(languages, code);
  }
  const skillWeights = new Float64Array(base.skill.length);
  offers.forEach((o, i) => skillWeights.set(o.weights, base.skillStart[i]));
  const hasLanguageSkill = Uint8Array.from(offers, (_, i) => {
    for (let k = base.skillStart[i]; k < base.skillStart[i + 1]; k++)
      if (conceptLanguage[base.skill[k]] >= 0) return 1;
    return 0;
  });
  const weightTotal = Float64Array.from(offers, (o) => o.weightTotal);
  const occupation = Int32Array.from(offers, (o) => o.occupation);
  const isco = Int32Array.from(offers, (o) => o.isco);
  // An offer's skills are its essential ones, then its optional ones: the low bit marks essential.
  const { postingStart, posting } = postings(base.skillStart, base.skill, taxonomy.conceptCount, (i, k) =>
    i * 2 + (k - base.skillStart[i] < offers[i].essential.length ? 1 : 0),
  );
  return {
    ...base,
    postingStart,
    posting,
    groups: groupIndex(taxonomy, base.skillStart, base.skill, skillWeights),
    groupBound: new Float64Array(offers.length),
    touch: touchRecords(offers, hasLanguageSkill),
    conceptWeight,
    conceptLanguage,
    keyCredit,
    hasLanguageSkill,
    unbounded: Int32Array.from(
      offers.flatMap((o, i) => (o.weightTotal === 0 || hasLanguageSkill[i] === 1 ? [i] : [])),
    ),
    done: new Uint8Array(offers.length),
    essentialCount: Int32Array.from(offers, (o) => o.essential.length),
    keyStart,
    key,
    weightTotal,
    weeklyHours: Float64Array.from(offers, (o) => o.weeklyHours),
    occupation,
    isco,
    occupations: occupationIndex(occupation, isco),
    contract: Int8Array.from(offers, (o) => o.contract),
    accommodationMask: Uint8Array.from(offers, (o) => o.accommodationMask),
  };
}

function touchRecords(offers: readonly PreparedOffer[], hasLanguageSkill: Uint8Array): Float64Array {
  const touch = new Float64Array(offers.length * TOUCH.stride);
  offers.forEach((o, i) => {
    const at = i * TOUCH.stride;
    touch[at + TOUCH.essentials] = o.essential.length;
    touch[at + TOUCH.weightTotal] = o.weightTotal;
    touch[at + TOUCH.occupation] = o.occupation;
    touch[at + TOUCH.isco] = o.isco;
    touch[at + TOUCH.hasLanguageSkill] = hasLanguageSkill[i];
  });
  return touch;
}

export function prepareCatalogue(
  input: CatalogueInput,
  ctx: MatchContext,
): Catalogue {
  const preparedOffers = (input.offers ?? []).map((o, i) =>
    prepareOffer(o, i, ctx),
  );
  const preparedCourses = (input.courses ?? []).map((c, i) =>
    prepareCourse(c, i, ctx),
  );
  assignOrders(preparedOffers);
  assignOrders(preparedCourses);
  const offers = byBucket(preparedOffers, ctx.comuni);
  const courses = byBucket(preparedCourses, ctx.comuni);
  const organisationIds = new Map<string, number>();
  const languageIds = new Map<string, number>();
  const lists = new ListInterner(languageIds);
  const offerColumnsOf = offerColumns(
    offers.sorted,
    offers.ranges,
    ctx.taxonomy,
    organisationIds,
    languageIds,
    lists,
  );
  const courseBase = listingColumns(
    courses.sorted,
    courses.ranges,
    (l) => (l as PreparedCourse).taught,
    organisationIds,
    lists,
  );
  const courseColumns: CourseColumns = {
    ...courseBase,
    ...postings(courseBase.skillStart, courseBase.skill, ctx.taxonomy.conceptCount),
    done: new Uint8Array(courses.sorted.length),
  };
  return {
    taxonomy: ctx.taxonomy,
    comuni: ctx.comuni,
    offers: offers.sorted,
    courses: courses.sorted,
    offerColumns: offerColumnsOf,
    courseColumns,
    organisationIds,
    languageIds,
    languageLists: lists.lists(),
  };
}

function isCatalogue(x: Catalogue | CatalogueInput): x is Catalogue {
  return 'offerColumns' in x;
}

export function catalogueFor(
  x: Catalogue | CatalogueInput,
  ctx: MatchContext,
): Catalogue {
  if (!isCatalogue(x)) return prepareCatalogue(x, ctx);
  if (x.taxonomy !== ctx.taxonomy || x.comuni !== ctx.comuni) {
    throw new Error(
      'catalogue was prepared with another taxonomy or comune index',
    );
  }
  return x;
}
