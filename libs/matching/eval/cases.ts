// Offer cases: one woman, the offer she fits best (her source occupation's), 50+ eligible offers
// she fits clearly worse, and traps (excellent fits every one of which must be filtered).
// See README.md for the design; truth.ts for the rule "clearly better".

import type { FilterReason, Offer } from '../src/lib/model';
import { Draw } from './draw';
import {
  NOW,
  eligibleListing,
  makePersona,
  offerAttributes,
  possibleTraps,
  spring,
  type Persona,
  type Placement,
  type Variant,
} from './persona';
import { SkillIndex, type EvalSource, type SourceOccupation } from './source';
import { CLEAR_MARGIN, Geography, offerFit } from './truth';

export type OfferKind =
  | 'best'
  | 'hard' // same ISCO unit or minor group as her occupation
  | 'partial' // another occupation's offer sharing some of her skills
  | 'random' // any occupation
  | 'transversal' // a few transversal skills she holds, little else
  | 'wide' // skills she covers only through very wide ESCO groups
  | 'trap';

export interface OfferCase {
  id: string;
  variant: Variant;
  now: string;
  profile: Persona['profile'];
  offers: Offer[];
  bestId: string;
  kind: Record<string, OfferKind>;
  /** Trap id -> the one hard filter it fails. */
  traps: Record<string, FilterReason>;
  /** FIT (truth.ts) of every offer, by id. */
  fit: Record<string, number>;
}

type Skills = Pick<Offer, 'occupation' | 'essentialSkills' | 'optionalSkills'>;

/** Eligible offers per kind (hard negatives missing in her ISCO groups are replaced by partial ones). */
const MIX: Record<Variant, Partial<Record<OfferKind, number>>> = {
  core: { hard: 8, partial: 16, random: 25 },
  full: { hard: 8, partial: 13, random: 18, transversal: 5, wide: 5 },
};

/** Occupations that can be a source: 6+ essential skills, 4+ of them specific, 2+ ISCO neighbours. */
export function sourceOccupations(index: SkillIndex): SourceOccupation[] {
  const all = index.source.occupations;
  const minor = new Map<string, number>();
  for (const o of all)
    minor.set(o.isco.slice(0, 3), (minor.get(o.isco.slice(0, 3)) ?? 0) + 1);
  return all.filter(
    (o) =>
      o.essential.length >= 6 &&
      o.essential.filter((s) => !index.isTransversal(s)).length >= 4 &&
      (minor.get(o.isco.slice(0, 3)) ?? 0) >= 3,
  );
}

export function generateOfferCases(
  source: EvalSource,
  variant: Variant,
  count: number,
  seed: number,
): OfferCase[] {
  const index = new SkillIndex(source);
  const geo = new Geography(source.comuni);
  const sources = sourceOccupations(index);
  const d = new Draw(seed);
  return Array.from({ length: count }, (_, n) =>
    offerCase(d, index, geo, sources, variant, `${variant}-${seed}-${n}`),
  );
}

function offerCase(
  d: Draw,
  index: SkillIndex,
  geo: Geography,
  sources: readonly SourceOccupation[],
  variant: Variant,
  id: string,
): OfferCase {
  const persona = makePersona(
    d,
    index,
    geo,
    `MI-${id}`,
    d.pick(sources),
    variant,
  );
  const { held, source } = persona;
  const occupations = index.withEssentials;
  const listing = (placement: Placement) => ({
    ...eligibleListing(d, persona, placement),
    ...offerAttributes(d),
  });
  const fromOccupation = (o: SourceOccupation): Skills => ({
    occupation: o.uri,
    essentialSkills: d.sample(o.essential, Math.min(20, o.essential.length)),
    optionalSkills: d.sample(o.optional, d.int(0, 4)),
  });

  const essential = [...persona.essential];
  if (variant === 'full' && d.chance(0.4))
    essential.push(d.pick(index.source.italian));
  const bestSkills = {
    occupation: source.uri,
    essentialSkills: essential,
    optionalSkills: persona.optional,
  };
  // The best offer is often farther than the hard negatives: distance must not overturn fit.
  const best: Offer = {
    id: '',
    ...listing(d.chance(0.6) ? 'far' : 'any'),
    ...bestSkills,
  };
  const ceiling = offerFit(index, held, best) - CLEAR_MARGIN;
  const entries: { offer: Offer; kind: OfferKind; trap?: FilterReason }[] = [
    { offer: best, kind: 'best' },
  ];
  const accept = (kind: OfferKind, skills: Skills, placement: Placement) => {
    if (skills.essentialSkills.length === 0) return false;
    const offer: Offer = { id: '', ...listing(placement), ...skills };
    if (offerFit(index, held, offer) > ceiling) return false;
    entries.push({ offer, kind });
    return true;
  };
  const mix = MIX[variant];
  const fill = (kind: OfferKind, n: number, make: () => Skills | undefined) => {
    let made = 0;
    for (let tries = 0; made < n && tries < n * 20; tries++) {
      const skills = make();
      if (skills && accept(kind, skills, 'any')) made++;
    }
  };

  // Hard negatives: her ISCO unit group, then minor group, each sharing the most skills with her
  // occupation first (the hardest to tell apart); nearer than the best more often.
  const own = new Set([...source.essential, ...source.optional]);
  const shared = (o: SourceOccupation) =>
    o.essential.filter((s) => own.has(s)).length;
  const closest = (group: (o: SourceOccupation) => boolean) =>
    d
      .shuffle(occupations.filter((o) => o.uri !== source.uri && group(o)))
      .sort((a, b) => shared(b) - shared(a));
  const unit = closest((o) => o.isco === source.isco);
  const minor = closest(
    (o) =>
      o.isco !== source.isco && o.isco.slice(0, 3) === source.isco.slice(0, 3),
  );
  let hard = 0;
  for (const o of [...unit, ...minor]) {
    if (hard >= (mix.hard ?? 0)) break;
    if (accept('hard', fromOccupation(o), d.chance(0.6) ? 'near' : 'any'))
      hard++;
  }
  const heldSpecific = [...held].filter((s) => !index.isTransversal(s));
  fill('partial', (mix.partial ?? 0) + (mix.hard ?? 0) - hard, () => {
    const o = d.pick(occupations);
    const size = d.int(6, 12);
    const share = d.uniform(0.15, Math.max(0.2, ceiling - 0.05));
    const mine = d.sample(heldSpecific, Math.round(size * share));
    const theirs = d.sample(
      o.essential.filter((s) => !held.has(s)),
      size - mine.length,
    );
    return {
      occupation: o.uri,
      essentialSkills: d.shuffle([...mine, ...theirs]),
      optionalSkills: d.sample(o.optional, d.int(0, 2)),
    };
  });
  fill('random', mix.random ?? 0, () => fromOccupation(d.pick(occupations)));
  const heldTransversal = [...held].filter((s) => index.isTransversal(s));
  fill('transversal', mix.transversal ?? 0, () => {
    const o = d.pick(occupations);
    if (heldTransversal.length < 2) return undefined;
    const extra = d.sample(
      o.essential.filter((s) => !held.has(s) && !index.isTransversal(s)),
      d.int(0, 2),
    );
    return {
      occupation: o.uri,
      essentialSkills: [
        ...d.sample(
          heldTransversal,
          d.int(2, Math.min(4, heldTransversal.length)),
        ),
        ...extra,
      ],
    };
  });
  const widePool = [
    ...new Set(
      [...held]
        .flatMap((s) => index.wideGroups(s))
        .flatMap((g) => index.source.children.get(g) ?? []),
    ),
  ].filter(
    (s) =>
      !held.has(s) &&
      !index.isTransversal(s) &&
      !index.coveredNarrowly(s, held),
  );
  fill('wide', mix.wide ?? 0, () =>
    widePool.length < 3
      ? undefined
      : {
          occupation: d.pick(occupations).uri,
          essentialSkills: [...new Set(d.sample(widePool, d.int(3, 6)))],
        },
  );
  // Whatever a category could not supply (rare) is made up with random offers: 50 eligible always.
  fill('random', 50 - entries.length, () =>
    fromOccupation(d.pick(occupations)),
  );

  for (const reason of possibleTraps(persona)) {
    entries.push({
      offer: spring(
        d,
        persona,
        { id: '', ...listing('any'), ...bestSkills },
        reason,
      ),
      kind: 'trap',
      trap: reason,
    });
  }

  // Ids in shuffled order, so that no ranker can profit from an id tie-break.
  const shuffled = d.shuffle(entries);
  const out: OfferCase = {
    id,
    variant,
    now: NOW,
    profile: persona.profile,
    offers: [],
    bestId: '',
    kind: {},
    traps: {},
    fit: {},
  };
  shuffled.forEach((e, i) => {
    const offer = { ...e.offer, id: `${id}-o${String(i).padStart(2, '0')}` };
    out.offers.push(offer);
    out.kind[offer.id] = e.kind;
    out.fit[offer.id] = offerFit(index, held, offer);
    if (e.kind === 'best') out.bestId = offer.id;
    if (e.trap) out.traps[offer.id] = e.trap;
  });
  return out;
}
