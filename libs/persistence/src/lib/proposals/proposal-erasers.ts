import type { ProfileEraser } from '../profiles/profile-erasure';

const affected = (result: unknown): number => (result as [unknown[], number])[1];

/**
 * Erasure of everything issue 7 keeps about a profile: the in-app notifications pointing at
 * her proposals, the proposals themselves (card snapshot, explanation, cover message, interview
 * details; their history and follow-ups cascade), the codes organisations knew her by, and her
 * shortlist with its notes. The
 * anonymous indicator counters stay. Registered in PROFILE_ERASERS.
 */
export const PROPOSAL_ERASERS: readonly ProfileEraser[] = [
  {
    name: 'proposalNotifications',
    erase: async (m, p) =>
      affected(
        await m.query(
          `DELETE FROM notifications WHERE target_type = 'proposal' AND target_id IN (SELECT id FROM proposals WHERE profile_id = $1)`,
          [p.id],
        ),
      ),
  },
  { name: 'proposals', erase: async (m, p) => affected(await m.query('DELETE FROM proposals WHERE profile_id = $1', [p.id])) },
  // With the pairs, nothing links the codes organisations saw to anyone any more.
  { name: 'candidateCodes', erase: async (m, p) => affected(await m.query('DELETE FROM candidate_codes WHERE profile_id = $1', [p.id])) },
  { name: 'shortlist', erase: async (m, p) => affected(await m.query('DELETE FROM shortlist_entries WHERE profile_id = $1', [p.id])) },
];
