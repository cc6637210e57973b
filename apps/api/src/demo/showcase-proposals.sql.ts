// The showcase proposals' statements. Raw SQL because a proposal's whole past (consent, shortlist,
// states with their dates, follow-ups, notifications) is written as plain rows with the planned
// times, not through the transitions that would stamp them now.

/** Share-card consent of profile `$1` for organisation `$2` (basis `$3`, by `$4` at `$5`), unless given; its id when new. */
export const SHOWCASE_CONSENT_SQL = `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by, recorded_at) VALUES ($1, 'share_card', $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING id`;

/** Listing (`$3`..`$5`) on profile `$1`'s shortlist (network `$2`) from a match, by `$6` at `$7`, unless there. */
export const SHOWCASE_SHORTLIST_SQL = `INSERT INTO shortlist_entries (profile_id, network_id, kind, offer_id, course_id, source, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, 'match', $6, $7) ON CONFLICT DO NOTHING`;

/** A proposal as it stands at the end of its path (`$1`..`$24`). */
export const SHOWCASE_PROPOSAL_SQL = `INSERT INTO proposals (id, profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, course_id, state, card, match, match_score,
       cover_message_encrypted, decline_reason, interview_at, interview_place, contract, start_date, withdrawn_cause, viewed_at, outcome_at, version,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)`;

/** Step `$2` of proposal `$1` at `$3` by `$4` `$5`, details `$6`. */
export const SHOWCASE_HISTORY_SQL = 'INSERT INTO proposal_history (proposal_id, state, at, actor_role, actor_id, details) VALUES ($1, $2, $3, $4, $5, $6)';

/** One more seat of offer `$1` filled. */
export const FILL_OFFER_SEAT_SQL = 'UPDATE offers SET seats_filled = seats_filled + 1 WHERE id = $1';

/** One more seat of course `$1` filled. */
export const FILL_COURSE_SEAT_SQL = 'UPDATE courses SET seats_filled = seats_filled + 1 WHERE id = $1';

/** Profile `$1` active at `$2` at the latest. */
export const SHOWCASE_ACTIVITY_SQL = 'UPDATE profiles SET last_activity_at = greatest(last_activity_at, $2) WHERE id = $1';

/** Follow-up `$2` months of proposal `$1` answered `$3` at `$4` by `$5`, reminded at `$6`. */
export const SHOWCASE_FOLLOW_UP_SQL = 'UPDATE proposal_follow_ups SET outcome = $3, recorded_at = $4, recorded_by = $5, reminded_at = $6 WHERE proposal_id = $1 AND months = $2';

/** Notification `$2` of proposal `$3`'s step `$4` to `$1` at `$5`. */
export const SHOWCASE_NOTIFICATION_SQL = `INSERT INTO notifications (recipient_id, kind, target_type, target_id, step, created_at) VALUES ($1, $2, 'proposal', $3, $4, $5)`;
