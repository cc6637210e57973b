import type { ContractType } from '@ponte/domain';
import {
  ACCOMMODATIONS as ENGINE_ACCOMMODATIONS,
  type Accommodation as EngineAccommodation,
  type CefrLevel as EngineCefr,
  type Contract as EngineContract,
  type Course as EngineCourse,
  type Offer as EngineOffer,
  type Profile as EngineProfile,
} from '@ponte/matching';
import type { ProfileForMatch, TargetForMatch } from '@ponte/persistence';

/**
 * Stored rows in the engine's terms: the one translation between the database's vocabulary
 * (Italian contract names, seats filled, work mode) and @ponte/matching's.
 */

/** Ponte's contract vocabulary (Italian law) in the engine's; `other` says nothing the engine can use. */
const ENGINE_CONTRACT: Record<ContractType, EngineContract | undefined> = {
  tirocinio: 'internship',
  apprendistato: 'apprenticeship',
  tempo_determinato: 'fixed_term',
  tempo_indeterminato: 'permanent',
  other: undefined,
};

const engineContract = (c: string | null | undefined): EngineContract | undefined => (c ? ENGINE_CONTRACT[c as ContractType] : undefined);
const engineAccommodations = (list: readonly string[]): EngineAccommodation[] =>
  list.filter((a): a is EngineAccommodation => (ENGINE_ACCOMMODATIONS as readonly string[]).includes(a));

export function toEngineProfile(p: ProfileForMatch): EngineProfile {
  return {
    id: p.id,
    homeComune: p.homeComune,
    maxCommuteKm: p.maxCommuteKm,
    skills: p.skills.map((s) => ({ uri: s.uri, level: s.level })),
    languages: p.languages.map((l) => ({ code: l.code, cefr: l.cefr as EngineCefr })),
    eqf: p.eqfLevel ?? undefined,
    targetOccupations: p.targetOccupations,
    shifts: p.shifts,
    weeklyHours: p.weeklyHours,
    exclusions: p.exclusions,
    blockedOrganisations: p.blockedOrganisations,
    contracts: p.contractPreferences.map(engineContract).filter((c): c is EngineContract => c !== undefined),
    accommodations: engineAccommodations(p.accommodations),
  };
}

function listing(t: TargetForMatch) {
  return {
    id: t.id,
    organisationId: t.organisationId,
    organisationStatus: t.organisationStatus as EngineOffer['organisationStatus'],
    comune: t.comune ?? '',
    remote: t.workMode === 'remote',
    shifts: t.shifts,
    // What is left: a full record fails the engine's no_seats filter.
    seats: t.seats - t.seatsFilled,
    status: t.status as EngineOffer['status'],
    languages: t.languages as EngineOffer['languages'],
    minEqf: t.minEqf ?? undefined,
    deadline: t.deadline,
  };
}

export function toEngineOffer(t: TargetForMatch): EngineOffer {
  return {
    ...listing(t),
    occupation: t.occupationUri ?? undefined,
    essentialSkills: t.essentialSkills ?? [],
    optionalSkills: t.optionalSkills ?? [],
    weeklyHours: t.weeklyHours ?? 0,
    contract: engineContract(t.contract),
    accommodations: engineAccommodations(t.accommodations ?? []),
  };
}

export function toEngineCourse(t: TargetForMatch): EngineCourse {
  return {
    ...listing(t),
    skillsTaught: t.skillsTaught ?? [],
    targetOccupations: t.courseTargets ?? [],
    hours: t.totalHours,
    startDate: t.startDate ?? undefined,
  };
}


export function toEngineTarget(target: TargetForMatch): EngineOffer | EngineCourse {
  return target.kind === 'offer' ? toEngineOffer(target) : toEngineCourse(target);
}
