import { inNetworks, partnerVisible } from '@ponte/persistence';

/**
 * The to-do lists' statements. Raw SQL because each list is many small counts over several
 * tables within the caller's scope, answered in one round trip.
 */

/** An answer or a strong match is "new" for this long. */
const RECENT = "interval '14 days'";
const ROME_TODAY = "(now() AT TIME ZONE 'Europe/Rome')::date";
/** Monday 00:00 of this week in Rome, as a timestamptz. */
const ROME_WEEK_START =
  "(date_trunc('week', now() AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome')";
const PARTNER_MOVES = "('partner_admin', 'partner_member')";

/** A counsellor's counts: $1 her networks, $2 days of inactivity that count as near archiving, $3 a strong match's score. */
export const COUNSELLOR_TODO_SQL = `SELECT
         (SELECT count(*)::int FROM proposals p WHERE ${inNetworks('$1')} AND p.state <> 'withdrawn'
            AND EXISTS (SELECT 1 FROM proposal_history h WHERE h.proposal_id = p.id AND h.actor_role IN ${PARTNER_MOVES}
                          AND h.state <> 'viewed' AND h.at >= now() - ${RECENT})) AS "answersReceived",
         (SELECT coalesce(array_agg(code ORDER BY at), '{}') FROM (
            SELECT r.pseudonym_code AS code, p.interview_at AS at FROM proposals p JOIN profiles r ON r.id = p.profile_id
            WHERE ${inNetworks('$1')} AND p.state = 'interview_arranged'
              AND p.interview_at >= ${ROME_WEEK_START} AND p.interview_at < ${ROME_WEEK_START} + interval '7 days') w) AS "interviewsThisWeek",
         (SELECT count(*)::int FROM proposal_follow_ups f JOIN proposals p ON p.id = f.proposal_id
            WHERE ${inNetworks('$1')} AND f.outcome IS NULL AND f.due_at <= now()) AS "followUpsDue",
         (SELECT count(*)::int FROM profiles r WHERE ${inNetworks('$1', 'r')} AND r.status IN ('active', 'paused')
            AND r.last_activity_at < now() - make_interval(days => $2::int)) AS "profilesNearArchive",
         (SELECT count(*)::int FROM matches m JOIN profiles r ON r.id = m.profile_id
            WHERE ${inNetworks('$1', 'r')} AND r.status = 'active' AND m.score >= $3
              AND m.computed_at >= now() - ${RECENT}) AS "strongMatches"`;

const visible = partnerVisible('$1');
// Full: still published with every seat taken, or closed by its last seat in the recent past.
const listings = (table: string) => `
      (SELECT count(*)::int FROM ${table} l WHERE l.organisation_id = $1 AND l.status = 'published'
         AND l.deadline >= ${ROME_TODAY} AND l.deadline <= ${ROME_TODAY} + 7) AS "${table}ClosingSoon",
      (SELECT count(*)::int FROM ${table} l WHERE l.organisation_id = $1 AND l.seats_filled >= l.seats
         AND (l.status = 'published' OR (l.closed_reason = 'seats_filled' AND l.closed_at >= now() - ${RECENT}))) AS "${table}Full"`;

/** A partner's counts: $1 the organisation (its visible proposals, own listings and vetting questions). */
export const PARTNER_TODO_SQL = `SELECT
         (SELECT count(*)::int FROM organisation_information_requests r WHERE r.organisation_id = $1 AND r.answer IS NULL) AS "vettingQuestions",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state IN ('proposed', 'viewed')) AS "proposalsToAnswer",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state = 'interested') AS "interviewsToArrange",
         (SELECT coalesce(array_agg(code ORDER BY at), '{}') FROM (
            SELECT p.card->>'candidateCode' AS code, p.interview_at AS at FROM proposals p
            WHERE ${visible} AND p.state = 'interview_arranged' AND p.interview_at >= now()) u) AS "interviewsUpcoming",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state = 'interview_arranged' AND p.interview_at < now()) AS "outcomesToRecord",
         ${listings('offers')},
         ${listings('courses')}`;

/** The coordinators' counts, over the whole area. */
export const COORDINATOR_TODO_SQL = `SELECT
         (SELECT count(*)::int FROM organisations o WHERE o.status = 'pending' AND NOT EXISTS (
            SELECT 1 FROM organisation_information_requests r WHERE r.organisation_id = o.id AND r.answer IS NULL)) AS "organisationsToVet",
         (SELECT coalesce(array_agg(n.code ORDER BY n.code), '{}') FROM networks n WHERE NOT EXISTS (
            SELECT 1 FROM network_memberships m JOIN users u ON u.id = m.user_id
            WHERE m.network_id = n.id AND u.role = 'counsellor' AND u.disabled_at IS NULL)) AS "networksWithoutStaff"`;

/**
 * Arranged interviews from a month ago on: $1 the organisation (partner: its visible proposals,
 * by candidate code) or her networks (counsellor: by pseudonym code).
 */
export const interviewsSql = (partner: boolean): string => {
  const scope = partner ? partnerVisible('$1') : inNetworks('$1');
  const code = partner ? "p.card->>'candidateCode'" : '(SELECT r.pseudonym_code FROM profiles r WHERE r.id = p.profile_id)';
  return `SELECT p.id AS "proposalId", ${code} AS code, coalesce(o.title, c.title) AS title,
              to_char(p.interview_at AT TIME ZONE 'Europe/Rome', 'YYYYMMDD"T"HH24MISS') AS "romeStart"
       FROM proposals p LEFT JOIN offers o ON o.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
       WHERE ${scope} AND p.state = 'interview_arranged' AND p.interview_at >= now() - interval '30 days'
       ORDER BY p.interview_at, p.id`;
};
