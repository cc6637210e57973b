import type { Course as EngineCourse, Offer as EngineOffer, TaxonomyRows } from '@ponte/matching';
import type { EntityManager } from 'typeorm';
import { toEngineCourse, toEngineOffer, type ProfileForMatch, type TargetForMatch } from '../proposals/match-inputs';
import { safetyConstraintsSql } from '../profiles/safety-constraints.sql';
import type { MatchKind } from './match.entity';
import { loadConceptFacts, loadLanguageSkills, loadTransversalSkills } from './taxonomy-facts';

/**
 * SQL loaders of what the engine needs, in bulk: the ESCO taxonomy, the open catalogue, the
 * profiles that may be matched. Only ids, versions and matching fields: never notes, comments
 * or pseudonym codes.
 */

const TABLE: Record<MatchKind, string> = { offer: 'offers', course: 'courses' };

/** A listing may be matched: published, of a vetted organisation, deadline day not over in Milan, a seat left. */
export const OPEN_TARGET_SQL = `t.status = 'published' AND o.status = 'vetted'
  AND t.deadline >= (now() AT TIME ZONE 'Europe/Rome')::date AND t.seats_filled < t.seats`;

/** A profile may be matched: active, with an active matching consent. */
export const ELIGIBLE_PROFILE_SQL = `p.status = 'active'
  AND EXISTS (SELECT 1 FROM consents c WHERE c.profile_id = p.id AND c.kind = 'matching' AND c.revoked_at IS NULL)`;

const COMMON = `t.id, t.version, t.organisation_id AS "organisationId", o.status AS "organisationStatus", t.status, t.title, t.comune,
  t.work_mode AS "workMode", t.shifts, t.seats, t.seats_filled AS "seatsFilled", to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
  t.languages, t.min_eqf AS "minEqf"`;
const SELECT: Record<MatchKind, string> = {
  offer: `SELECT ${COMMON}, t.occupation_uri AS "occupationUri", t.essential_skills AS "essentialSkills",
            t.optional_skills AS "optionalSkills", t.weekly_hours AS "weeklyHours", t.contract, t.accommodations,
            to_char(t.start_date, 'YYYY-MM-DD') AS "startDate"
          FROM offers t JOIN organisations o ON o.id = t.organisation_id`,
  course: `SELECT ${COMMON}, t.skills_taught AS "skillsTaught", t.target_occupations AS "courseTargets",
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

/** id → version of every open listing of a kind: what the catalogue cache compares itself with. */
export async function openTargetVersions(manager: EntityManager, kind: MatchKind): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await manager.query(
    `SELECT t.id, t.version FROM ${TABLE[kind]} t JOIN organisations o ON o.id = t.organisation_id WHERE ${OPEN_TARGET_SQL}`,
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** The current version of listings (open or not); a missing id is not in the map. */
export async function targetVersions(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows: { id: string; version: number }[] = await manager.query(`SELECT id, version FROM ${TABLE[kind]} WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.version]));
}

export function toEngineTarget(target: TargetForMatch): EngineOffer | EngineCourse {
  return target.kind === 'offer' ? toEngineOffer(target) : toEngineCourse(target);
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
