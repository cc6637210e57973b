import { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;

// Closed vocabularies as of this migration (libs/domain); later additions need an ALTER.
const STATES = [
  'proposed',
  'viewed',
  'interested',
  'declined',
  'interview_arranged',
  'hired',
  'not_hired',
  'enrolled',
  'completed',
  'dropped_out',
  'withdrawn',
];
const DECLINE_REASONS = [
  'skills_mismatch',
  'experience_insufficient',
  'language_level',
  'schedule_incompatible',
  'location_incompatible',
  'position_filled',
  'other',
];
const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato', 'other'];
const WITHDRAWAL_CAUSES = ['counsellor', 'consent_revoked', 'safety'];
const ACTOR_ROLES = ['counsellor', 'partner_admin', 'partner_member', 'system'];
const FOLLOW_UP_OUTCOMES = ['still_in_work', 'no_longer', 'unknown'];

/**
 * Shortlists, proposals with their history and follow-ups, and in-app notifications (issue 7).
 * A proposal keeps a snapshot of the candidate card (`card`: only what a partner may see, no
 * comune, no km) and of the counsellor's full match explanation (`match`), so the partner's
 * view is stable and never joins the profile. Erasure deletes every row here about the profile
 * (libs/persistence/src/lib/proposals/proposal-erasers.ts); indicator counters stay.
 */
export class Proposals1764005000000 implements MigrationInterface {
  name = 'Proposals1764005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shortlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL REFERENCES profiles(id),
        network_id uuid NOT NULL REFERENCES networks(id),
        kind text NOT NULL CHECK (kind IN ('offer', 'course')),
        offer_id uuid REFERENCES offers(id),
        course_id uuid REFERENCES courses(id),
        source text NOT NULL CHECK (source IN ('match', 'search')),
        note_encrypted text CHECK (note_encrypted LIKE 'v1:%'),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'offer') = (offer_id IS NOT NULL) AND (kind = 'course') = (course_id IS NOT NULL))
      )`);
    await q.query('CREATE UNIQUE INDEX shortlist_one_offer ON shortlist_entries (profile_id, offer_id) WHERE offer_id IS NOT NULL');
    await q.query('CREATE UNIQUE INDEX shortlist_one_course ON shortlist_entries (profile_id, course_id) WHERE course_id IS NOT NULL');
    await q.query('CREATE INDEX shortlist_profile ON shortlist_entries (profile_id, created_at DESC)');

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL REFERENCES profiles(id),
        network_id uuid NOT NULL REFERENCES networks(id),
        counsellor_id uuid NOT NULL REFERENCES users(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('offer', 'course')),
        offer_id uuid REFERENCES offers(id),
        course_id uuid REFERENCES courses(id),
        state text NOT NULL DEFAULT 'proposed' CHECK (state IN ${inList(STATES)}),
        card jsonb NOT NULL,
        match jsonb NOT NULL,
        match_score numeric(5, 2),
        cover_message text,
        decline_reason text CHECK (decline_reason IN ${inList(DECLINE_REASONS)}),
        interview_at timestamptz,
        interview_place text,
        interview_link text,
        contract text CHECK (contract IN ${inList(CONTRACTS)}),
        start_date date,
        withdrawn_cause text CHECK (withdrawn_cause IN ${inList(WITHDRAWAL_CAUSES)}),
        identity_disclosed_at timestamptz,
        identity_disclosed_by uuid REFERENCES users(id),
        viewed_at timestamptz,
        outcome_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'offer') = (offer_id IS NOT NULL) AND (kind = 'course') = (course_id IS NOT NULL)),
        CHECK ((state = 'withdrawn') = (withdrawn_cause IS NOT NULL)),
        CHECK ((identity_disclosed_at IS NULL) = (identity_disclosed_by IS NULL))
      )`);
    // One live proposal per profile and target: after a withdrawal she may be proposed again.
    await q.query(`CREATE UNIQUE INDEX proposals_one_per_offer ON proposals (profile_id, offer_id) WHERE offer_id IS NOT NULL AND state <> 'withdrawn'`);
    await q.query(`CREATE UNIQUE INDEX proposals_one_per_course ON proposals (profile_id, course_id) WHERE course_id IS NOT NULL AND state <> 'withdrawn'`);
    await q.query('CREATE INDEX proposals_organisation ON proposals (organisation_id, created_at DESC)');
    await q.query('CREATE INDEX proposals_profile ON proposals (profile_id)');
    await q.query('CREATE INDEX proposals_network ON proposals (network_id, created_at DESC)');

    await q.query(`
      CREATE TABLE proposal_history (
        id bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ${inList(STATES)}),
        at timestamptz NOT NULL DEFAULT now(),
        actor_role text NOT NULL CHECK (actor_role IN ${inList(ACTOR_ROLES)}),
        actor_id uuid REFERENCES users(id),
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query('CREATE INDEX proposal_history_proposal ON proposal_history (proposal_id, id)');

    await q.query(`
      CREATE TABLE proposal_follow_ups (
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        months smallint NOT NULL CHECK (months IN (3, 6)),
        due_at timestamptz NOT NULL,
        reminded_at timestamptz,
        outcome text CHECK (outcome IN ${inList(FOLLOW_UP_OUTCOMES)}),
        recorded_at timestamptz,
        recorded_by uuid REFERENCES users(id),
        PRIMARY KEY (proposal_id, months),
        CHECK ((outcome IS NULL) = (recorded_at IS NULL))
      )`);
    await q.query('CREATE INDEX proposal_follow_ups_pending ON proposal_follow_ups (due_at) WHERE outcome IS NULL AND reminded_at IS NULL');

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
        target_type text NOT NULL CHECK (target_type IN ('proposal')),
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query('CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at DESC, id)');
    await q.query('CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL');
    await q.query('CREATE INDEX notifications_target ON notifications (target_type, target_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'proposal_follow_ups', 'proposal_history', 'proposals', 'shortlist_entries']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
