// Safety rule 2 (SECURITY.md, "She can block him"), in one place: a profile's exclusion areas (a comune and a radius) and
// blocked organisations. Nothing located in an excluded area, and nothing of a blocked
// organisation, is ever ranked, proposed, shown or counted for her. The engine's inner loop, the
// stored-match reads, the shortlist, proposal creation and the safety withdrawals all decide
// with the functions below; SQL that filters on the same rule is tested against them.

import type { ComuneIndex } from './geo';
import type { ExclusionArea, FilterReason } from './model';

/** What rule 2 reads of her: nothing else of the profile. */
export interface SafetyConstraints {
  exclusions?: readonly ExclusionArea[];
  blockedOrganisations?: readonly string[];
}

/** What rule 2 reads of an offer or course: its organisation and its comune (ISTAT code). */
export interface SafetyPlace {
  organisationId?: string | null;
  /** Null or unknown: outside every resolved area (the engine drops it as unknown_location). */
  comune: string | null;
}

/** The reason codes of rule 2, in the order they are reported when both apply. */
export const SAFETY_REASONS = [
  'organisation_blocked',
  'exclusion_area',
] as const satisfies readonly FilterReason[];
export type SafetyReason = (typeof SAFETY_REASONS)[number];

/** Her exclusion areas aggregated over the comune index: the comuni inside one of them. */
export interface ExclusionZone {
  /** 1 for each comune (by dense id) within the radius of one of her areas. */
  inside: Uint8Array;
  /** An area's centre is unknown: no place can be proven outside it, so every place is excluded. */
  unresolved: boolean;
}

/** The one geometric test: a place lies in an area when within its radius (edge included). */
function withinArea(
  comuni: ComuneIndex,
  centre: number,
  radiusKm: number,
  place: number,
): boolean {
  return comuni.distanceKm(centre, place) <= radiusKm;
}

export function exclusionZone(
  exclusions: readonly ExclusionArea[] | undefined,
  comuni: ComuneIndex,
): ExclusionZone {
  const inside = new Uint8Array(comuni.size);
  let unresolved = false;
  for (const area of exclusions ?? []) {
    const centre = comuni.idOf(area.comune);
    if (centre < 0) {
      unresolved = true;
      continue;
    }
    for (let c = 0; c < inside.length; c++)
      if (withinArea(comuni, centre, area.radiusKm, c)) inside[c] = 1;
  }
  return { inside, unresolved };
}

/** Whether the comune (dense id, -1 when unknown) is excluded. */
export function zoneExcludes(zone: ExclusionZone, comune: number): boolean {
  return zone.unresolved || (comune >= 0 && zone.inside[comune] === 1);
}

export function blocks(
  constraints: SafetyConstraints,
  organisationId: string | null | undefined,
): boolean {
  return (
    organisationId != null &&
    (constraints.blockedOrganisations ?? []).includes(organisationId)
  );
}

/**
 * Her rule-2 check, aggregated once for many places (a list, a shortlist): the reason a place
 * is forbidden to her, or null. A remote listing is checked too: its organisation is there.
 */
export function safetyCheck(
  constraints: SafetyConstraints,
  comuni: ComuneIndex,
): (place: SafetyPlace) => SafetyReason | null {
  const zone = exclusionZone(constraints.exclusions, comuni);
  return (place) => {
    if (blocks(constraints, place.organisationId))
      return 'organisation_blocked';
    return zoneExcludes(zone, place.comune ? comuni.idOf(place.comune) : -1)
      ? 'exclusion_area'
      : null;
  };
}

/** The reason one place is forbidden to her, or null. */
export function safetyReason(
  constraints: SafetyConstraints,
  place: SafetyPlace,
  comuni: ComuneIndex,
): SafetyReason | null {
  return safetyCheck(constraints, comuni)(place);
}
