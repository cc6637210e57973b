import type { EntityManager } from 'typeorm';

/** The profile being erased, as the erasers need it (read before anything is deleted). */
export interface ErasedProfile {
  id: string;
  pseudonymCode: string;
  networkId: string;
}

/**
 * Deletes (or strips of personal parts) one feature's rows about a profile. Features that keep
 * rows about a profile (matches, shortlists, proposals, notifications…) add an eraser to
 * PROFILE_ERASERS (lib/profile-erasers.ts). Erasers run in the erasure transaction, before the
 * profile row goes, so they may still join it; they must be idempotent.
 */
export interface ProfileEraser {
  /** Short name, reported with the count of rows it touched (e.g. `matches`). */
  name: string;
  erase(manager: EntityManager, profile: ErasedProfile): Promise<number>;
}

/** Rows deleted per eraser, e.g. `{ skills: 4, consents: 2, profile: 1 }`: counts only. */
export type ErasureReport = Record<string, number>;

async function deleteWhere(manager: EntityManager, table: string, profileId: string): Promise<number> {
  const result: [unknown[], number] = await manager.query(`DELETE FROM ${table} WHERE profile_id = $1`, [profileId]);
  return result[1];
}

/** The profile's own tables, erased last; the profile row itself (its notes with it) goes at the very end. */
export const CORE_PROFILE_ERASERS: readonly ProfileEraser[] = [
  // Stored answers of idempotent POSTs name the profile in their path or body.
  {
    name: 'idempotentResponses',
    erase: async (m, p) =>
      (
        (await m.query(
          `DELETE FROM idempotency_keys
           WHERE strpos(path, $1) > 0 OR strpos(coalesce(response::text, ''), $1) > 0 OR strpos(coalesce(response::text, ''), $2) > 0`,
          [p.id, p.pseudonymCode],
        )) as [unknown[], number]
      )[1],
  },
  { name: 'consents', erase: (m, p) => deleteWhere(m, 'consents', p.id) },
  { name: 'skills', erase: (m, p) => deleteWhere(m, 'profile_skills', p.id) },
  { name: 'languages', erase: (m, p) => deleteWhere(m, 'profile_languages', p.id) },
  { name: 'exclusions', erase: (m, p) => deleteWhere(m, 'profile_exclusions', p.id) },
  { name: 'blockedOrganisations', erase: (m, p) => deleteWhere(m, 'profile_blocked_organisations', p.id) },
  {
    name: 'profile',
    erase: async (m, p) => ((await m.query('DELETE FROM profiles WHERE id = $1', [p.id])) as [unknown[], number])[1],
  },
];

/**
 * Erases every personal row of a profile: the registered erasers first (features built on
 * profiles), then the profile's own tables. Locks the profile row first so no concurrent write
 * recreates a child row. Returns null when the profile no longer exists.
 */
export async function eraseProfile(
  manager: EntityManager,
  profileId: string,
  featureErasers: readonly ProfileEraser[],
): Promise<{ profile: ErasedProfile; report: ErasureReport } | null> {
  const [profile]: ErasedProfile[] = await manager.query(
    `SELECT id, pseudonym_code AS "pseudonymCode", network_id AS "networkId" FROM profiles WHERE id = $1 FOR UPDATE`,
    [profileId],
  );
  if (!profile) return null;
  const report: ErasureReport = {};
  for (const eraser of [...featureErasers, ...CORE_PROFILE_ERASERS]) {
    report[eraser.name] = (report[eraser.name] ?? 0) + (await eraser.erase(manager, profile));
  }
  return { profile, report };
}
