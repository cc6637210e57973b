import type { EntityManager } from 'typeorm';

/**
 * Bumps the profile's version (and, by default, its last activity) and locks its row until
 * the transaction ends. Every change to a profile, its skills, constraints or consents calls
 * it in the same transaction: matches stored for an older version stop being shown at commit.
 * Returns the new version, or null when the profile does not exist.
 */
export async function bumpProfileVersion(
  manager: EntityManager,
  profileId: string,
  options: { touchActivity?: boolean; at?: Date } = {},
): Promise<number | null> {
  const touch = options.touchActivity ?? true;
  const rows: { version: number }[] = await manager.query(
    `UPDATE profiles SET version = version + 1, updated_at = now(),
            last_activity_at = CASE WHEN $2 THEN $3::timestamptz ELSE last_activity_at END
     WHERE id = $1 RETURNING version`,
    [profileId, touch, (options.at ?? new Date()).toISOString()],
  );
  // TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL.
  const returned = Array.isArray(rows[0]) ? (rows[0] as { version: number }[]) : rows;
  return returned[0]?.version ?? null;
}

/** Marks activity that does not change the profile itself (e.g. a proposal's outcome): delays archiving. */
export async function touchProfileActivity(manager: EntityManager, profileId: string, at: Date = new Date()): Promise<void> {
  await manager.query('UPDATE profiles SET last_activity_at = greatest(last_activity_at, $2::timestamptz) WHERE id = $1', [
    profileId,
    at.toISOString(),
  ]);
}
