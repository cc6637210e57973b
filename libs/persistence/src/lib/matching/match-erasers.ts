import type { ProfileEraser } from '../profiles/profile-erasure';

const affected = (result: unknown): number => (result as [unknown[], number])[1];

/**
 * Erasure of what matching keeps about a profile: her "new matches" notifications (they point
 * at the profile), the pairs already notified, the stored matches and the list state.
 * Registered in PROFILE_ERASERS.
 */
export const MATCH_ERASERS: readonly ProfileEraser[] = [
  {
    name: 'matchNotifications',
    erase: async (m, p) => affected(await m.query(`DELETE FROM notifications WHERE target_type = 'profile' AND target_id = $1`, [p.id])),
  },
  { name: 'matchNotices', erase: async (m, p) => affected(await m.query('DELETE FROM match_notices WHERE profile_id = $1', [p.id])) },
  { name: 'matches', erase: async (m, p) => affected(await m.query('DELETE FROM matches WHERE profile_id = $1', [p.id])) },
  { name: 'matchState', erase: async (m, p) => affected(await m.query('DELETE FROM match_states WHERE profile_id = $1', [p.id])) },
];
