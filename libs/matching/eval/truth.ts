// The ground truth of the evaluation, stated independently of the engine: how well a woman fits
// an offer (the rule that decides which offer is "clearly better") and which hard filters a
// listing fails (so the generator can prove each trap fails exactly one).

import { haversineKm } from '../src/lib/geo';
import {
  CEFR_LEVELS,
  type Course,
  type FilterReason,
  type Offer,
  type Profile,
} from '../src/lib/model';
import type { SkillIndex, SourceComune } from './source';

/**
 * "Clearly better": the best offer's FIT exceeds every other eligible offer's by at least this.
 *
 * FIT of an offer = weighted share of its occupation-specific skills she covers:
 *   - only skills that are not transversal count (ESCO reuse level "transversal", languages
 *     included): "work in teams" or "Italian" say nothing about fitness for one job rather than
 *     another; an offer listing no other skill has FIT 0;
 *   - essential skills weigh 2, optional 1;
 *   - held exactly: credit 1; held only through a NARROW group (she holds another skill of a
 *     group of at most 30 skills the skill sits directly in, or the group itself): credit 0.5;
 *     otherwise 0 (a wide group shared, 100+ skills, earns nothing).
 */
export const CLEAR_MARGIN = 0.2;

export function weightedFit(
  index: SkillIndex,
  held: ReadonlySet<string>,
  essential: readonly string[],
  optional: readonly string[] = [],
): number {
  let weight = 0;
  let credit = 0;
  const seen = new Set<string>();
  const add = (skills: readonly string[], w: number) => {
    for (const s of skills) {
      if (seen.has(s) || index.isTransversal(s)) continue;
      seen.add(s);
      weight += w;
      if (held.has(s)) credit += w;
      else if (index.coveredNarrowly(s, held)) credit += w / 2;
    }
  };
  add(essential, 2);
  add(optional, 1);
  return weight === 0 ? 0 : credit / weight;
}

export function offerFit(
  index: SkillIndex,
  held: ReadonlySet<string>,
  o: Offer,
): number {
  return weightedFit(index, held, o.essentialSkills, o.optionalSkills ?? []);
}

export class Geography {
  private readonly byCode: Map<string, SourceComune>;

  constructor(readonly comuni: readonly SourceComune[]) {
    this.byCode = new Map(comuni.map((c) => [c.code, c]));
  }

  km(a: string, b: string): number {
    const x = this.byCode.get(a);
    const y = this.byCode.get(b);
    if (!x || !y) return NaN;
    return haversineKm(x.lat, x.lon, y.lat, y.lon);
  }
}

/** Every hard filter a listing fails for her (README.md "Hard filters"), in no particular order. */
export function failedFilters(
  geo: Geography,
  p: Profile,
  l: Offer | Course,
  today: string,
): FilterReason[] {
  const out: FilterReason[] = [];
  if (
    (p.exclusions ?? []).some((e) => geo.km(e.comune, l.comune) <= e.radiusKm)
  )
    out.push('exclusion_area');
  if (!l.remote && !(geo.km(p.homeComune, l.comune) <= p.maxCommuteKm))
    out.push('beyond_commute');
  if (
    l.organisationId &&
    (p.blockedOrganisations ?? []).includes(l.organisationId)
  )
    out.push('organisation_blocked');
  if (l.organisationStatus !== 'vetted') out.push('organisation_not_vetted');
  if (
    l.status !== 'published' ||
    (l.deadline !== undefined && l.deadline < today)
  )
    out.push('not_open');
  if (!(l.seats > 0)) out.push('no_seats');
  if (!l.shifts.some((s) => p.shifts.includes(s))) out.push('schedule');
  const level = (code: string) =>
    Math.max(
      -1,
      ...(p.languages ?? [])
        .filter((x) => x.code === code)
        .map((x) => CEFR_LEVELS.indexOf(x.cefr)),
    );
  if (
    (l.languages ?? []).some((n) => level(n.code) < CEFR_LEVELS.indexOf(n.cefr))
  )
    out.push('language');
  if ((l.minEqf ?? 0) > (p.eqf ?? 0)) out.push('eqf');
  return out;
}
