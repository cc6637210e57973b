import type { ProfileRange } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import { OPEN_TARGET_SQL } from '../scopes.sql';
import type { MatchKind } from '@ponte/contracts';
import { rangeSql } from './match-partitions';

/** The statements of the precomputation (MatchPrecomputer of @ponte/matching-adapter). */

const TABLE: Record<MatchKind, string> = { offer: 'offers', course: 'courses' };

/**
 * Profiles whose stored list is missing, of an older version, or older than `maxAgeHours`
 * (course scores follow the offers near her, which change without her), at most `limit`.
 */
export async function profilesToSweep(manager: EntityManager, maxAgeHours: number, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT p.id FROM profiles p LEFT JOIN match_states s ON s.profile_id = p.id
       WHERE (s.profile_id IS NULL AND p.status = 'active')
          OR s.profile_version <> p.version
          OR (s.eligible AND s.computed_at < now() - make_interval(hours => $1))
       ORDER BY s.computed_at NULLS FIRST, p.id LIMIT $2`,
    [maxAgeHours, limit],
  );
  return rows.map((r) => r.id);
}

/** id → version of these profiles, locked against changes until commit (`FOR SHARE`). */
export async function lockProfileVersions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  const locked: { id: string; version: number }[] = await manager.query('SELECT id, version FROM profiles WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE', [ids]);
  return new Map(locked.map((l) => [l.id, l.version]));
}

export async function organisationStatus(manager: EntityManager, organisationId: string): Promise<string | undefined> {
  const [org]: { status: string }[] = await manager.query('SELECT status FROM organisations WHERE id = $1', [organisationId]);
  return org?.status;
}

/**
 * Every stored match of the organisation's listings for the profiles of the range, found through
 * its listings (a listing never changes organisation, nor is it deleted): matches keep no index
 * on organisation_id, which every stored row paid for.
 */
export async function deleteOrganisationMatches(manager: EntityManager, organisationId: string, range: ProfileRange): Promise<number> {
  const within = rangeSql('m.profile_id', range, 2);
  const result: [unknown[], number] = await manager.query(
    `DELETE FROM matches m
       USING (SELECT 'offer' AS kind, id FROM offers WHERE organisation_id = $1 UNION ALL SELECT 'course', id FROM courses WHERE organisation_id = $1) t
       WHERE m.kind = t.kind AND m.target_id = t.id AND ${within.sql}`,
    [organisationId, ...within.params],
  );
  return result[1];
}

/** The organisation's open listings of a kind, in id order. */
export async function openListingIds(manager: EntityManager, kind: MatchKind, organisationId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT t.id FROM ${TABLE[kind]} t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.organisation_id = $1 AND ${OPEN_TARGET_SQL} ORDER BY t.id`,
    [organisationId],
  );
  return rows.map((r) => r.id);
}

export async function isListingOpen(manager: EntityManager, kind: MatchKind, id: string): Promise<boolean> {
  const [row]: { open: boolean }[] = await manager.query(
    `SELECT (${OPEN_TARGET_SQL}) AS open FROM ${TABLE[kind]} t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = $1`,
    [id],
  );
  return row?.open ?? false;
}

/** The listing's version, locked until commit (`FOR SHARE`); undefined when it is gone. */
export async function lockListingVersion(manager: EntityManager, kind: MatchKind, id: string): Promise<number | undefined> {
  const [row]: { version: number }[] = await manager.query(`SELECT version FROM ${TABLE[kind]} WHERE id = $1 FOR SHARE`, [id]);
  return row?.version;
}

/** The listing's row in every profile of the range but `keep`. */
export async function deleteListingMatchesExcept(manager: EntityManager, kind: MatchKind, id: string, keep: readonly string[], range: ProfileRange): Promise<number> {
  const within = rangeSql('profile_id', range, 4);
  const result: [unknown[], number] = await manager.query(
    `DELETE FROM matches WHERE kind = $1 AND target_id = $2 AND NOT (profile_id = ANY($3::uuid[])) AND ${within.sql}`,
    [kind, id, keep, ...within.params],
  );
  return result[1];
}

/**
 * The score an offer needs to enter each profile's stored list: her current `limit`-th best
 * among her other offers at her current version; a profile whose list is not full is missing.
 */
export async function offerEntryFloors(manager: EntityManager, offerId: string, profileIds: readonly string[], limit: number): Promise<Map<string, number>> {
  if (!profileIds.length) return new Map();
  const rows: { profileId: string; floor: string | null }[] = await manager.query(
    `SELECT m.profile_id AS "profileId", (array_agg(m.score ORDER BY m.score DESC))[$3] AS floor
       FROM matches m JOIN profiles p ON p.id = m.profile_id AND p.version = m.profile_version
       WHERE m.kind = 'offer' AND m.profile_id = ANY($1::uuid[]) AND m.target_id <> $2
       GROUP BY m.profile_id`,
    [profileIds, offerId, limit],
  );
  return new Map(rows.filter((r) => r.floor !== null).map((r) => [r.profileId, Number(r.floor)]));
}
