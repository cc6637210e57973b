// The retention sweep's statements. Raw SQL because each batch is taken with FOR UPDATE SKIP
// LOCKED (two sweeps never take the same profile) and archiving bumps the version in the same update.

/** Profiles matching `condition` before `$1`, at most `$2`, locked (skipping those already locked). */
const candidates = (condition: string): string =>
  `SELECT id, network_id AS "networkId" FROM profiles WHERE ${condition} LIMIT $2 FOR UPDATE SKIP LOCKED`;

/** Profiles not archived, inactive since before `$1`, least recently active first; at most `$2`. */
export const TO_ARCHIVE_SQL = candidates(`status <> 'archived' AND last_activity_at < $1 ORDER BY last_activity_at`);

/** Profiles archived before `$1`, oldest first; at most `$2`. */
export const TO_ERASE_SQL = candidates(`status = 'archived' AND archived_at < $1 ORDER BY archived_at`);

/** Archives profile `$1` at `$2`: a new version (her matches go at the recomputation). */
export const ARCHIVE_PROFILE_SQL = `UPDATE profiles SET status = 'archived', archived_at = $2, version = version + 1, updated_at = now()
       WHERE id = $1 RETURNING version`;
