import type { ProfileRange } from '@ponte/domain';
import type { EntityManager } from 'typeorm';
import type { MatchKind } from '@ponte/contracts';
import { EVERY_PROFILE, rangeSql } from './match-partitions';
import { reportedFilterCounts } from './reported-filters';

/** One result to store: a profile × a listing, as computed on the given versions. */
export interface MatchRow {
  profileId: string;
  kind: MatchKind;
  targetId: string;
  organisationId: string;
  score: number;
  /** The explanation, or already its JSON text (the precomputation serialises each profile's as soon as she is ranked). */
  explanation: object | string;
  profileVersion: number;
  targetVersion: number;
}

/** DELETE and UPDATE answer `[rows, count]` through TypeORM (INSERT answers the rows). */
export const affectedRows = (result: unknown): number => (result as [unknown[], number])[1];

/** Rows per statement: a stored explanation is ~0.3-1 kB of JSON. */
const CHUNK = 2000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Separates the explanations sent as one text parameter: JSON.stringify escapes every control
 * character, so U+001E never occurs inside one. One text split by the server costs a fraction of
 * a JSON document of records or of a quoted text[] literal (both measured for the benchmark).
 */
const SEPARATOR = '\x1e';

/**
 * Inserts or replaces rows, never overwriting a result computed on newer versions (profile
 * version first, then the listing's), and only for profiles still at the version the row was
 * computed on (a concurrent change makes the row pointless: the job of the new version follows)
 * and not erased meanwhile.
 * Returns the rows actually written (unchanged ones are skipped).
 */
export async function upsertMatches(manager: EntityManager, rows: readonly MatchRow[]): Promise<number> {
  let written = 0;
  for (const part of chunks(rows)) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO matches AS m (profile_id, kind, target_id, organisation_id, score, explanation, profile_version, target_version, computed_at)
       SELECT r.profile_id, r.kind, r.target_id, r.organisation_id, r.score, r.explanation::json, r.profile_version, r.target_version, now()
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::numeric[], string_to_array($6, E'\\x1e'), $7::int[], $8::int[])
         AS r(profile_id, kind, target_id, organisation_id, score, explanation, profile_version, target_version)
       JOIN profiles p ON p.id = r.profile_id AND p.version = r.profile_version
       -- An erasure holding the profile makes this wait, then find no profile: the row is
       -- skipped (the foreign key would otherwise fail the whole statement).
       FOR KEY SHARE OF p
       ON CONFLICT (profile_id, kind, target_id) DO UPDATE SET
         organisation_id = EXCLUDED.organisation_id, score = EXCLUDED.score, explanation = EXCLUDED.explanation,
         profile_version = EXCLUDED.profile_version, target_version = EXCLUDED.target_version, computed_at = EXCLUDED.computed_at
       WHERE (m.profile_version, m.target_version) <= (EXCLUDED.profile_version, EXCLUDED.target_version)
         -- An identical result is not rewritten (the daily refresh mostly finds the same rows).
         AND (m.score, m.profile_version, m.target_version, m.organisation_id, m.explanation::text)
             IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.profile_version, EXCLUDED.target_version, EXCLUDED.organisation_id, EXCLUDED.explanation::text)
       RETURNING 1`,
      [
        part.map((r) => r.profileId),
        part.map((r) => r.kind),
        part.map((r) => r.targetId),
        part.map((r) => r.organisationId),
        part.map((r) => r.score),
        part.map((r) => (typeof r.explanation === 'string' ? r.explanation : JSON.stringify(r.explanation))).join(SEPARATOR),
        part.map((r) => r.profileVersion),
        part.map((r) => r.targetVersion),
      ],
    );
    written += inserted.length;
  }
  return written;
}

export interface MatchKey {
  profileId: string;
  kind: MatchKind;
  targetId: string;
}

export async function deleteMatches(manager: EntityManager, keys: readonly MatchKey[]): Promise<number> {
  let deleted = 0;
  for (const part of chunks(keys, 10_000)) {
    deleted += affectedRows(
      await manager.query(
        `DELETE FROM matches m USING unnest($1::uuid[], $2::text[], $3::uuid[]) AS d(profile_id, kind, target_id)
         WHERE m.profile_id = d.profile_id AND m.kind = d.kind AND m.target_id = d.target_id`,
        [part.map((k) => k.profileId), part.map((k) => k.kind), part.map((k) => k.targetId)],
      ),
    );
  }
  return deleted;
}

/** A listing that cannot be matched any more (closed, withdrawn, full, suspended): gone everywhere (or from a range's profiles). */
export async function deleteTargetMatches(manager: EntityManager, kind: MatchKind, targetId: string, range: ProfileRange = EVERY_PROFILE): Promise<number> {
  const within = rangeSql('profile_id', range, 3);
  return affectedRows(await manager.query(`DELETE FROM matches WHERE kind = $1 AND target_id = $2 AND ${within.sql}`, [kind, targetId, ...within.params]));
}

export interface StoredKey extends MatchKey {
  profileVersion: number;
  targetVersion: number;
}

/**
 * Her stored rows, per profile. Looked up one profile at a time through the primary key
 * (`OFFSET 0` keeps the planner from flattening the lateral into a join): with statistics taken
 * while `matches` was small, `profile_id = ANY(...)` was planned as a hash join over a sequential
 * scan of millions of rows (the region run of 2026-12-07, statistics not yet refreshed).
 */
export async function storedKeys(manager: EntityManager, profileIds: readonly string[]): Promise<StoredKey[]> {
  if (!profileIds.length) return [];
  return manager.query(
    `SELECT m.*
     FROM unnest($1::uuid[]) AS p(id)
     CROSS JOIN LATERAL (
       SELECT profile_id AS "profileId", kind, target_id AS "targetId", profile_version AS "profileVersion", target_version AS "targetVersion"
       FROM matches WHERE profile_id = p.id OFFSET 0) m`,
    [profileIds],
  );
}

export interface MatchStateRow {
  profileId: string;
  profileVersion: number;
  eligible: boolean;
  filtered: Record<string, number>;
  passed: { offers?: number; courses?: number };
}

/** The list state per profile; an older version never replaces a newer one. Filter counts are stored as reported (safety reasons folded). */
export async function upsertMatchStates(manager: EntityManager, states: readonly MatchStateRow[]): Promise<void> {
  for (const part of chunks(states)) {
    await manager.query(
      `INSERT INTO match_states AS s (profile_id, profile_version, eligible, filtered, passed, computed_at)
       SELECT r.profile_id, r.profile_version, r.eligible, r.filtered, r.passed, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(profile_id uuid, profile_version int, eligible boolean, filtered jsonb, passed jsonb)
       ON CONFLICT (profile_id) DO UPDATE SET profile_version = EXCLUDED.profile_version, eligible = EXCLUDED.eligible,
         filtered = EXCLUDED.filtered, passed = EXCLUDED.passed, computed_at = EXCLUDED.computed_at
       WHERE s.profile_version <= EXCLUDED.profile_version`,
      [
        JSON.stringify(
          part.map((s) => ({ profile_id: s.profileId, profile_version: s.profileVersion, eligible: s.eligible, filtered: reportedFilterCounts(s.filtered), passed: s.passed })),
        ),
      ],
    );
  }
}

/**
 * "New matches" for the counsellors: each (profile, offer) pair scoring at or above the
 * threshold notifies once in its life (match_notices); a profile gets one in-app notification
 * per batch, and none while an earlier one about it is still unread. The notification points at
 * the profile and holds no text: the portal renders it with the pseudonym code. Returns the
 * number of notifications created.
 */
export async function notifyNewMatches(manager: EntityManager, pairs: readonly { profileId: string; offerId: string }[]): Promise<number> {
  if (!pairs.length) return 0;
  const fresh: { profileId: string }[] = await manager.query(
    `INSERT INTO match_notices (profile_id, offer_id)
     SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING RETURNING profile_id AS "profileId"`,
    [pairs.map((p) => p.profileId), pairs.map((p) => p.offerId)],
  );
  const profiles = [...new Set(fresh.map((f) => f.profileId))];
  if (!profiles.length) return 0;
  const created: unknown[] = await manager.query(
      `INSERT INTO notifications (recipient_id, kind, target_type, target_id)
       SELECT p.counsellor_id, 'new_matches', 'profile', p.id
       FROM profiles p JOIN users u ON u.id = p.counsellor_id AND u.disabled_at IS NULL
       WHERE p.id = ANY($1::uuid[])
         AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = p.counsellor_id AND n.kind = 'new_matches'
                           AND n.target_type = 'profile' AND n.target_id = p.id AND n.read_at IS NULL)
       RETURNING id`,
      [profiles],
  );
  return created.length;
}
