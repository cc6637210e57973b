import type { ContractType, ProposalKind } from '@ponte/domain';
import {
  ACCOMMODATIONS as ENGINE_ACCOMMODATIONS,
  buildTaxonomy,
  builtInComuni,
  createContext,
  type Accommodation as EngineAccommodation,
  type CefrLevel as EngineCefr,
  type Contract as EngineContract,
  type Course as EngineCourse,
  type MatchContext,
  type Offer as EngineOffer,
  type Profile as EngineProfile,
  type Shift as EngineShift,
} from '@ponte/matching';
import type { EntityManager } from 'typeorm';
import { loadConceptFacts, loadLanguageSkills, loadTransversalSkills } from '../matching/taxonomy-facts';
import { safetyConstraintsSql } from '../profiles/safety-constraints.sql';

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

/** The profile columns the engine and the candidate card need (no notes, no comments). */
export interface ProfileForMatch {
  id: string;
  pseudonymCode: string;
  networkId: string;
  counsellorId: string;
  homeComune: string;
  eqfLevel: number | null;
  targetOccupations: string[];
  weeklyHours: number;
  shifts: EngineShift[];
  earliestStart: string | null;
  maxCommuteKm: number;
  contractPreferences: string[];
  accommodations: string[];
  skills: { uri: string; level: string }[];
  languages: { code: string; cefr: string }[];
  exclusions: { comune: string; radiusKm: number }[];
  blockedOrganisations: string[];
}

/** The target's columns, with its organisation's status. */
export interface TargetForMatch {
  kind: ProposalKind;
  id: string;
  organisationId: string;
  organisationStatus: string;
  status: string;
  title: string;
  comune: string | null;
  workMode: string;
  shifts: EngineShift[];
  seats: number;
  seatsFilled: number;
  deadline: string;
  languages: { code: string; cefr: string }[];
  minEqf: number | null;
  /** Offer only. */
  occupationUri?: string | null;
  essentialSkills?: string[];
  optionalSkills?: string[];
  weeklyHours?: number | null;
  contract?: string | null;
  accommodations?: string[];
  startDate?: string | null;
  /** Course only. */
  skillsTaught?: string[];
  courseTargets?: string[];
  totalHours?: number;
}

export interface MatchInputs {
  profile: ProfileForMatch;
  target: TargetForMatch;
  engineProfile: EngineProfile;
  engineOffer?: EngineOffer;
  engineCourse?: EngineCourse;
  context: MatchContext;
}

export async function loadProfileForMatch(manager: EntityManager, profileId: string): Promise<ProfileForMatch | null> {
  const [row] = await manager.query(
    `SELECT p.id, p.pseudonym_code AS "pseudonymCode", p.network_id AS "networkId", p.counsellor_id AS "counsellorId",
            p.home_comune AS "homeComune", p.eqf_level AS "eqfLevel", p.target_occupations AS "targetOccupations",
            p.weekly_hours AS "weeklyHours", p.shifts, to_char(p.earliest_start, 'YYYY-MM-DD') AS "earliestStart",
            p.max_commute_km AS "maxCommuteKm", p.contract_preferences AS "contractPreferences", p.accommodations,
            coalesce((SELECT json_agg(json_build_object('uri', s.skill_uri, 'level', s.level) ORDER BY s.position)
                      FROM profile_skills s WHERE s.profile_id = p.id), '[]') AS skills,
            coalesce((SELECT json_agg(json_build_object('code', l.language, 'cefr', l.cefr) ORDER BY l.language)
                      FROM profile_languages l WHERE l.profile_id = p.id), '[]') AS languages,
            ${safetyConstraintsSql('p.id')}
     FROM profiles p WHERE p.id = $1`,
    [profileId],
  );
  return (row as ProfileForMatch) ?? null;
}

export async function loadTargetForMatch(manager: EntityManager, kind: ProposalKind, id: string): Promise<TargetForMatch | null> {
  const common = `t.id, t.organisation_id AS "organisationId", o.status AS "organisationStatus", t.status, t.title, t.comune,
    t.work_mode AS "workMode", t.shifts, t.seats, t.seats_filled AS "seatsFilled", to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
    t.languages, t.min_eqf AS "minEqf"`;
  const [row] =
    kind === 'offer'
      ? await manager.query(
          `SELECT ${common}, t.occupation_uri AS "occupationUri", t.essential_skills AS "essentialSkills",
                  t.optional_skills AS "optionalSkills", t.weekly_hours AS "weeklyHours", t.contract, t.accommodations,
                  to_char(t.start_date, 'YYYY-MM-DD') AS "startDate"
           FROM offers t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = $1`,
          [id],
        )
      : await manager.query(
          `SELECT ${common}, t.skills_taught AS "skillsTaught", t.target_occupations AS "courseTargets",
                  t.weekly_hours AS "weeklyHours", t.total_hours AS "totalHours", to_char(t.start_date, 'YYYY-MM-DD') AS "startDate"
           FROM courses t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = $1`,
          [id],
        );
  return row ? ({ ...row, kind } as TargetForMatch) : null;
}

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

/**
 * The part of ESCO the engine needs for this pair: the broader chains of every skill involved,
 * the ISCO groups of the occupations, and the essential skills of her target occupations.
 */
async function loadTaxonomy(manager: EntityManager, profile: ProfileForMatch, target: TargetForMatch) {
  const occupations = [...profile.targetOccupations, ...(target.occupationUri ? [target.occupationUri] : [])];
  const occupationSkills: { occupationUri: string; relationType: string; skillUri: string }[] = await manager.query(
    `SELECT occupation_uri AS "occupationUri", relation AS "relationType", skill_uri AS "skillUri"
     FROM esco_occupation_skills WHERE occupation_uri = ANY($1::text[]) AND relation = 'essential'`,
    [profile.targetOccupations],
  );
  const skills = [
    ...profile.skills.map((s) => s.uri),
    ...(target.essentialSkills ?? []),
    ...(target.optionalSkills ?? []),
    ...(target.skillsTaught ?? []),
    ...occupationSkills.map((r) => r.skillUri),
  ];
  const broaderRelations: { conceptUri: string; broaderUri: string }[] = await manager.query(
    `SELECT skill_uri AS "conceptUri", broader_uri AS "broaderUri" FROM esco_skill_broader
     WHERE skill_uri = ANY($1::text[])
        OR skill_uri IN (SELECT ancestor_uri FROM esco_skill_ancestors WHERE skill_uri = ANY($1::text[]))
     ORDER BY skill_uri, broader_uri`,
    [skills],
  );
  const occupationRows: { conceptUri: string; iscoGroup: string }[] = await manager.query(
    `SELECT uri AS "conceptUri", isco_group AS "iscoGroup" FROM esco_concepts
     WHERE uri = ANY($1::text[]) AND kind = 'occupation' AND isco_group IS NOT NULL ORDER BY uri`,
    [occupations],
  );
  const concepts = [...new Set([...skills, ...broaderRelations.map((r) => r.broaderUri)])];
  return buildTaxonomy({
    broaderRelations,
    occupations: occupationRows,
    occupationSkills,
    conceptFacts: await loadConceptFacts(manager, concepts),
    languageSkills: await loadLanguageSkills(manager, concepts),
    transversalSkills: await loadTransversalSkills(manager, concepts),
  });
}

/** Everything to run the engine on one profile and one offer or course, as of `now`. */
export async function loadMatchInputs(
  manager: EntityManager,
  profileId: string,
  kind: ProposalKind,
  targetId: string,
  now: Date = new Date(),
): Promise<MatchInputs | null> {
  const profile = await loadProfileForMatch(manager, profileId);
  const target = await loadTargetForMatch(manager, kind, targetId);
  if (!profile || !target) return null;
  const context = createContext(now, { taxonomy: await loadTaxonomy(manager, profile, target), comuni: builtInComuni() });
  return {
    profile,
    target,
    engineProfile: toEngineProfile(profile),
    ...(kind === 'offer' ? { engineOffer: toEngineOffer(target) } : { engineCourse: toEngineCourse(target) }),
    context,
  };
}
