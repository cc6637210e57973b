import { generateCandidateCode } from '@ponte/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-organisation candidate codes (issue 20): the candidate card showed the profile's own
 * pseudonym code to every organisation she was proposed to, so two employers could tell they
 * saw the same woman. Each (profile, organisation) now has a random code of its own; the frozen
 * cards of existing proposals get their organisation's code in place of the pseudonym code.
 * `profile_id` references profiles without cascade, like every table about a profile: the
 * erasure removes the rows (PROPOSAL_ERASERS), and a row it missed stops the erasure.
 */
export class CandidateCodes1765100000100 implements MigrationInterface {
  name = 'CandidateCodes1765100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE candidate_codes (
      profile_id uuid NOT NULL REFERENCES profiles(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (profile_id, organisation_id),
      UNIQUE (organisation_id, code))`);
    // Every pair already proposed gets a code; a code drawn twice for one organisation is drawn again.
    for (;;) {
      const pairs: { profile_id: string; organisation_id: string }[] = await q.query(
        `SELECT DISTINCT p.profile_id, p.organisation_id FROM proposals p
         WHERE NOT EXISTS (SELECT 1 FROM candidate_codes c WHERE c.profile_id = p.profile_id AND c.organisation_id = p.organisation_id)
         LIMIT 1000`,
      );
      if (!pairs.length) break;
      await q.query(
        `INSERT INTO candidate_codes (profile_id, organisation_id, code)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p.profile_id), pairs.map((p) => p.organisation_id), pairs.map(() => generateCandidateCode())],
      );
    }
    await q.query(`UPDATE proposals p SET card = (p.card - 'pseudonymCode') || jsonb_build_object('candidateCode', c.code)
                   FROM candidate_codes c WHERE c.profile_id = p.profile_id AND c.organisation_id = p.organisation_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE proposals p SET card = (p.card - 'candidateCode') || jsonb_build_object('pseudonymCode', f.pseudonym_code)
                   FROM profiles f WHERE f.id = p.profile_id`);
    await q.query('DROP TABLE candidate_codes');
  }
}
