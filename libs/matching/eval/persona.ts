// The woman of one case and the ordinary attributes of the listings shown to her: where they are,
// who publishes them, when, for how many hours. Shared by the offer and the course cases.

import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACTS,
  SHIFTS,
  type CefrLevel,
  type Course,
  type FilterReason,
  type Offer,
  type Profile,
  type Shift,
} from '../src/lib/model';
import type { Draw } from './draw';
import type { SkillIndex, SourceOccupation } from './source';
import { Geography } from './truth';

/** The instant every case is evaluated at (deadlines are drawn days away from it). */
export const NOW = '2026-12-07T09:00:00Z';
export const TODAY = '2026-12-07';

export type Variant = 'core' | 'full';

export interface Persona {
  profile: Profile;
  /** Her skill URIs. */
  held: Set<string>;
  source: SourceOccupation;
  /** The source occupation's offer skills (up to 20 essential, 0–4 optional). */
  essential: string[];
  optional: string[];
  /** Comuni for eligible listings: inside 95% of her commute and clear of her exclusion areas. */
  near: string[];
  far: string[];
  /** Inside an exclusion area (and her commute); beyond 110% of her commute (clear of exclusions). */
  excluded: string[];
  beyond: string[];
}

export function day(offset: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function herShifts(d: Draw): Shift[] {
  const p: Record<Shift, number> = {
    morning: 0.7,
    afternoon: 0.6,
    evening: 0.3,
    night: 0.1,
    weekend: 0.25,
  };
  const s = SHIFTS.filter((x) => d.chance(p[x]));
  if (s.length === 0) return [d.pick(['morning', 'afternoon'] as const)];
  return s.length === SHIFTS.length ? s.slice(0, 3) : s;
}

/** Her holdings of the source occupation's skills, and noise (other and transversal skills). */
function holdings(
  d: Draw,
  index: SkillIndex,
  essential: string[],
  optional: string[],
  variant: Variant,
): Set<string> {
  const held = new Set<string>();
  const listed = new Set([...essential, ...optional]);
  const specific = d.shuffle(essential.filter((s) => !index.isTransversal(s)));
  const exact = Math.round(specific.length * d.uniform(0.55, 0.85));
  specific.slice(0, exact).forEach((s) => held.add(s));
  for (const s of specific.slice(exact)) {
    // Partly held: another skill of its narrow group, so only broader credit.
    const siblings = index.narrowSiblings(s).filter((x) => !listed.has(x));
    if (siblings.length > 0 && d.chance(0.5)) held.add(d.pick(siblings));
  }
  for (const s of essential)
    if (index.isTransversal(s) && d.chance(0.7)) held.add(s);
  for (const s of optional) if (d.chance(0.4)) held.add(s);
  const occupations = index.withEssentials;
  for (let n = d.int(2, 5); n > 0; ) {
    const s = d.pick(d.pick(occupations).essential);
    if (!listed.has(s) && !index.isTransversal(s) && !held.has(s)) {
      held.add(s);
      n--;
    }
  }
  const [lo, hi] = variant === 'core' ? [1, 3] : [2, 4];
  d.sample(index.source.transversal, d.int(lo, hi)).forEach((s) => held.add(s));
  return held;
}

export function makePersona(
  d: Draw,
  index: SkillIndex,
  geo: Geography,
  id: string,
  source: SourceOccupation,
  variant: Variant,
): Persona {
  const essential = d.sample(
    source.essential,
    Math.min(20, source.essential.length),
  );
  const optional = d.sample(source.optional, d.int(0, 4));
  const held = holdings(d, index, essential, optional, variant);
  const comuni = index.source.comuni.map((c) => c.code);
  for (;;) {
    const home = d.pick(comuni);
    const maxCommuteKm = d.pick([10, 15, 20, 25, 30]);
    const km = (c: string) => geo.km(home, c);
    const radiusKm = d.int(2, 5);
    const exclusionAt = d.chance(0.4)
      ? d
          .shuffle(comuni)
          .find((c) => km(c) >= radiusKm + 1 && km(c) <= 0.8 * maxCommuteKm)
      : undefined;
    const clear = (c: string) =>
      exclusionAt === undefined || geo.km(exclusionAt, c) > radiusKm + 0.5;
    const inside = comuni.filter(
      (c) => km(c) <= 0.95 * maxCommuteKm && clear(c),
    );
    const near = inside.filter((c) => km(c) <= 0.5 * maxCommuteKm);
    const far = inside.filter((c) => km(c) > 0.5 * maxCommuteKm);
    if (near.length < 2 || far.length < 3) continue;
    const italian = d.pick(['B1', 'B1', 'B2', 'B2', 'C1', 'C2'] as const);
    const profile: Profile = {
      id,
      homeComune: home,
      maxCommuteKm,
      skills: [...held].map((uri) => ({ uri })),
      languages: [
        { code: 'it', cefr: italian },
        ...(d.chance(0.3)
          ? [{ code: 'en', cefr: d.pick(['A2', 'B1', 'B2'] as const) }]
          : []),
      ],
      eqf: d.int(2, 6),
      targetOccupations: d.chance(0.5) ? [source.uri] : [],
      shifts: herShifts(d),
      weeklyHours: d.pick([20, 24, 25, 30, 36, 40]),
      exclusions: exclusionAt ? [{ comune: exclusionAt, radiusKm }] : [],
      blockedOrganisations: d.chance(0.3) ? [`org-${d.int(0, 999)}`] : [],
      contracts: d.chance(0.5) ? d.sample(CONTRACTS, d.int(1, 2)) : [],
      accommodations: d.subset(ACCOMMODATIONS, 0.25),
    };
    return {
      profile,
      held,
      source,
      essential,
      optional,
      near,
      far,
      excluded: exclusionAt
        ? comuni.filter(
            (c) =>
              geo.km(exclusionAt, c) <= radiusKm &&
              km(c) <= 0.95 * maxCommuteKm,
          )
        : [],
      beyond: comuni.filter((c) => km(c) > 1.1 * maxCommuteKm && clear(c)),
    };
  }
}

export type Placement = 'near' | 'far' | 'any';

/** Fields every listing shares, drawn so that it passes every hard filter of hers. */
export function eligibleListing(
  d: Draw,
  persona: Persona,
  placement: Placement,
) {
  const p = persona.profile;
  const pool =
    placement === 'any'
      ? [...persona.near, ...persona.far]
      : persona[placement];
  const mine = p.languages?.find((l) => l.code === 'it')?.cefr ?? 'A2';
  const levels = CEFR_LEVELS.slice(1, CEFR_LEVELS.indexOf(mine) + 1);
  let organisationId = `org-${d.int(0, 999)}`;
  while (p.blockedOrganisations?.includes(organisationId))
    organisationId = `org-${d.int(0, 999)}`;
  return {
    organisationId,
    organisationStatus: 'vetted' as const,
    comune: d.pick(pool),
    remote: d.chance(0.05),
    shifts: [d.pick(p.shifts), ...d.subset(SHIFTS, 0.25)].filter(
      (s, i, a) => a.indexOf(s) === i,
    ),
    seats: d.int(1, 3),
    status: 'published' as const,
    deadline: d.chance(0.6) ? day(d.int(3, 90)) : undefined,
    languages: d.chance(0.5)
      ? [{ code: 'it', cefr: d.pick(levels) as CefrLevel }]
      : [],
    minEqf: d.chance(0.3) ? d.int(1, p.eqf ?? 1) : undefined,
  };
}

export function offerAttributes(d: Draw) {
  return {
    weeklyHours: d.pick([15, 20, 24, 30, 36, 40]),
    contract: d.chance(0.9) ? d.pick(CONTRACTS) : undefined,
    accommodations: d.subset(ACCOMMODATIONS, 0.3),
  };
}

/** The trap reasons this woman's situation allows (an exclusion area needs one, etc.). */
export function possibleTraps(persona: Persona): FilterReason[] {
  const p = persona.profile;
  const out: FilterReason[] = [];
  if (persona.excluded.length > 0) out.push('exclusion_area');
  if (persona.beyond.length > 0) out.push('beyond_commute');
  if ((p.blockedOrganisations ?? []).length > 0)
    out.push('organisation_blocked');
  out.push('organisation_not_vetted', 'not_open', 'no_seats');
  if (p.shifts.length < SHIFTS.length) out.push('schedule');
  out.push('language');
  return out;
}

/** Breaks exactly one of her hard filters on an otherwise eligible listing. */
export function spring<T extends Offer | Course>(
  d: Draw,
  persona: Persona,
  l: T,
  reason: FilterReason,
): T {
  const p = persona.profile;
  switch (reason) {
    case 'exclusion_area':
      return { ...l, comune: d.pick(persona.excluded), remote: false };
    case 'beyond_commute':
      return { ...l, comune: d.pick(persona.beyond), remote: false };
    case 'organisation_blocked':
      return { ...l, organisationId: d.pick(p.blockedOrganisations ?? []) };
    case 'organisation_not_vetted':
      return {
        ...l,
        organisationStatus: d.pick([
          'pending',
          'suspended',
          'rejected',
        ] as const),
      };
    case 'not_open':
      return d.chance(0.5)
        ? {
            ...l,
            status: d.pick(['closed', 'filled', 'withdrawn', 'draft'] as const),
          }
        : { ...l, deadline: day(-d.int(2, 60)) };
    case 'no_seats':
      return { ...l, seats: 0 };
    case 'schedule': {
      const others = SHIFTS.filter((s) => !p.shifts.includes(s));
      return {
        ...l,
        shifts: [d.pick(others), ...d.subset(others, 0.3)].filter(
          (s, i, a) => a.indexOf(s) === i,
        ),
      };
    }
    case 'language': {
      const mine = CEFR_LEVELS.indexOf(
        p.languages?.find((x) => x.code === 'it')?.cefr ?? 'A1',
      );
      const need =
        mine < CEFR_LEVELS.length - 1
          ? {
              code: 'it',
              cefr: CEFR_LEVELS[d.int(mine + 1, CEFR_LEVELS.length - 1)],
            }
          : { code: 'de', cefr: 'B1' as const };
      return { ...l, languages: [need] };
    }
    default:
      throw new Error(`no trap for ${reason}`);
  }
}
