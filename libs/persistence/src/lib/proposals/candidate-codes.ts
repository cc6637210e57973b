import { generateCandidateCode } from '@ponte/domain';
import type { EntityManager } from 'typeorm';

/** Draws before giving up: each draw collides with a code of the same organisation about once in 10^7. */
const ATTEMPTS = 20;

/**
 * The code by which one organisation knows a woman (`candidate_codes`, libs/domain
 * candidate-code.ts): drawn at random the first time she is proposed to that organisation,
 * the same for every later proposal to it, unrelated to her pseudonym code and to every other
 * organisation's code. Call it in the proposal's transaction, with the profile row locked.
 */
export async function candidateCodeFor(manager: EntityManager, profileId: string, organisationId: string): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // No conflict target: an existing pair and a code already used by the organisation both do nothing.
    const [inserted]: { code: string }[] = await manager.query(
      `INSERT INTO candidate_codes (profile_id, organisation_id, code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING code`,
      [profileId, organisationId, generateCandidateCode()],
    );
    if (inserted) return inserted.code;
    const [existing]: { code: string }[] = await manager.query(`SELECT code FROM candidate_codes WHERE profile_id = $1 AND organisation_id = $2`, [
      profileId,
      organisationId,
    ]);
    if (existing) return existing.code;
  }
  throw new Error('no unused candidate code could be drawn');
}
