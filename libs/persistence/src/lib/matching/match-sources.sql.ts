import type { ProposalKind } from '@ponte/domain';
import type { Shift as EngineShift, TaxonomyRows } from '@ponte/matching';
import type { EntityManager } from 'typeorm';
import { safetyConstraintsSql } from '../profiles/safety-constraints.sql';
import { ELIGIBLE_PROFILE_SQL, OPEN_TARGET_SQL } from '../scopes.sql';
import type { MatchKind } from '@ponte/contracts';
import { loadConceptFacts, loadLanguageSkills, loadTransversalSkills } from './taxonomy-facts';

/**
 * SQL loaders of what the engine needs, in bulk: the ESCO taxonomy, the open catalogue, the
 * profiles that may be matched. Only ids, versions and matching fields: never notes, comments
 * or pseudonym codes.
 */

const TABLE: Record<MatchKind, string> = { offer: 'offers', course: 'courses' };

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

/*
 * Text arrays come as JSON (to_json): the driver parses a text[] literal character by character in
 * JavaScript, a json column with JSON.parse. Worker CPU per 1,000 listings loaded: offers 39-46 ms
 * -> 17-21, courses 27 -> 14 (PostgreSQL's a little less too): ~4 s less of a region's catalogue
 * (160,000 offers and 40,000 courses) in each worker.
 */
const COMMON = `t.id, t.version, t.organisation_id AS "organisationId", o.status AS "organisationStatus", t.status, t.title, t.comune,
  t.work_mode AS "workMode", to_json(t.shifts) AS shifts, t.seats, t.seats_filled AS "seatsFilled", to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
  t.languages, t.min_eqf AS "minEqf"`;
const SELECT: Record<MatchKind, string> = {
  offer: `SELECT ${COMMON}, t.occupation_uri AS "occupationUri", to_json(t.essential_skills) AS "essentialSkills",
            to_json(t.optional_skills) AS "optionalSkills", t.weekly_hours AS "weeklyHours", t.contract, to_json(t.accommodations) AS accommodations,
            to_char(t.start_date, 'YYYY-MM-DD') AS "startDate"
          FROM offers t JOIN organisations o ON o.id = t.organisation_id`,
  course: `SELECT ${COMMON}, to_json(t.skills_taught) AS "skillsTaught", to_json(t.target_occupations) AS "courseTargets",
             t.weekly_hours AS "weeklyHours", t.total_hours AS "totalHours", to_char(t.start_date, 'YYYY-MM-DD') AS "startDate"
           FROM courses t JOIN organisations o ON o.id = t.organisation_id`,
};

export type VersionedTarget = TargetForMatch & { version: number };

/** Offers or courses by id, whatever their state (the engine's filters say what fails). */
export async function loadTargets(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<VersionedTarget[]> {
  if (!ids.length) return [];
  const rows: Omit<VersionedTarget, 'kind'>[] = await manager.query(`${SELECT[kind]} WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`, [ids]);
  return rows.map((row) => ({ ...row, kind }));
}

/** One offer or course (proposals, shortlists, safety checks). */
export async function loadTargetForMatch(manager: EntityManager, kind: ProposalKind, id: string): Promise<VersionedTarget | null> {
  const [target] = await loadTargets(manager, kind, [id]);
  return target ?? null;
}

/** id → version of every open listing of a kind: what the catalogue cache compares itself with. */
export async function openTargetVersions(manager: EntityManager, kind: MatchKind): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await manager.query(
    `SELECT t.id, t.version FROM ${TABLE[kind]} t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL}`,
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}

/**
 * The current version of listings (open or not); a missing id is not in the map. An index-only
 * scan of (id, version) (migration 1765830000000): a recomputation checks ~9,000 per batch.
 */
export async function targetVersions(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows: { id: string; version: number }[] = await manager.query(`SELECT id, version FROM ${TABLE[kind]} WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.version]));
}

export type VersionedProfile = ProfileForMatch & { version: number; status: string; eligible: boolean };

/** Profiles with their skills, languages and constraints (no notes, no comments), by id. */
export async function loadProfiles(manager: EntityManager, ids: readonly string[]): Promise<VersionedProfile[]> {
  if (!ids.length) return [];
  return manager.query(
    `SELECT p.id, p.pseudonym_code AS "pseudonymCode", p.network_id AS "networkId", p.counsellor_id AS "counsellorId",
            p.home_comune AS "homeComune", p.eqf_level AS "eqfLevel", p.target_occupations AS "targetOccupations",
            p.weekly_hours AS "weeklyHours", p.shifts, to_char(p.earliest_start, 'YYYY-MM-DD') AS "earliestStart",
            p.max_commute_km AS "maxCommuteKm", p.contract_preferences AS "contractPreferences", p.accommodations,
            p.version, p.status, (${ELIGIBLE_PROFILE_SQL}) AS eligible,
            coalesce((SELECT json_agg(json_build_object('uri', s.skill_uri, 'level', s.level) ORDER BY s.position)
                      FROM profile_skills s WHERE s.profile_id = p.id), '[]') AS skills,
            coalesce((SELECT json_agg(json_build_object('code', l.language, 'cefr', l.cefr) ORDER BY l.language)
                      FROM profile_languages l WHERE l.profile_id = p.id), '[]') AS languages,
            ${safetyConstraintsSql('p.id')}
     FROM profiles p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`,
    [ids],
  );
}

/** One profile (proposals, shortlists, safety checks). */
export async function loadProfileForMatch(manager: EntityManager, profileId: string): Promise<VersionedProfile | null> {
  const [profile] = await loadProfiles(manager, [profileId]);
  return profile ?? null;
}

/** id → version of every profile that may be matched. */
export async function eligibleProfileVersions(manager: EntityManager): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await manager.query(`SELECT p.id, p.version FROM profiles p WHERE ${ELIGIBLE_PROFILE_SQL}`);
  return new Map(rows.map((r) => [r.id, r.version]));
}

/**
 * The whole ESCO skill hierarchy, the ISCO groups of occupations and their essential skills, the
 * skills' specificity and group sizes, the language skills, in a stable order (interned ids,
 * hence explanations, do not depend on the physical row order).
 */
export async function loadTaxonomyRows(manager: EntityManager): Promise<Required<TaxonomyRows>> {
  return {
    broaderRelations: await manager.query(
      `SELECT skill_uri AS "conceptUri", broader_uri AS "broaderUri" FROM esco_skill_broader ORDER BY skill_uri, broader_uri`,
    ),
    occupations: await manager.query(
      `SELECT uri AS "conceptUri", isco_group AS "iscoGroup" FROM esco_concepts
       WHERE kind = 'occupation' AND isco_group IS NOT NULL ORDER BY uri`,
    ),
    occupationSkills: await manager.query(
      `SELECT occupation_uri AS "occupationUri", relation AS "relationType", skill_uri AS "skillUri"
       FROM esco_occupation_skills WHERE relation = 'essential' ORDER BY occupation_uri, skill_uri`,
    ),
    conceptFacts: await loadConceptFacts(manager),
    languageSkills: await loadLanguageSkills(manager),
    transversalSkills: await loadTransversalSkills(manager),
  };
}

/**
 * The part of ESCO the engine needs for this pair: the broader chains of every skill involved,
 * the ISCO groups of the occupations, and the essential skills of her target occupations.
 */
export async function loadPairTaxonomyRows(manager: EntityManager, profile: ProfileForMatch, target: TargetForMatch): Promise<TaxonomyRows> {
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
  return {
    broaderRelations,
    occupations: occupationRows,
    occupationSkills,
    conceptFacts: await loadConceptFacts(manager, concepts),
    languageSkills: await loadLanguageSkills(manager, concepts),
    transversalSkills: await loadTransversalSkills(manager, concepts),
  };
}

/** Changes whenever the reference tables the taxonomy is built from change (an import, a test seed). */
export async function taxonomyFingerprint(manager: EntityManager): Promise<string> {
  const [row]: { imported: string | null; broader: number; essentials: number; occupations: number }[] = await manager.query(
    `SELECT (SELECT max(finished_at)::text FROM reference_imports) AS imported,
            (SELECT count(*)::int FROM esco_skill_broader) AS broader,
            (SELECT count(*)::int FROM esco_occupation_skills WHERE relation = 'essential') AS essentials,
            (SELECT count(*)::int FROM esco_concepts WHERE kind = 'occupation' AND isco_group IS NOT NULL) AS occupations`,
  );
  return `${row.imported ?? '-'}:${row.broader}:${row.essentials}:${row.occupations}`;
}
