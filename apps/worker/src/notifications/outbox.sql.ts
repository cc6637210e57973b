// The outbox's statements. Raw SQL because delivery is a lease taken and released by conditional
// updates: two workers never send the same message at once, and a crashed one's lease expires.

/** Message `$1`, being sent, is sent. */
export const MARK_SENT_SQL = `UPDATE mail_outbox SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1 AND status = 'sending'`;

/** Takes message `$1` for `$2` seconds if pending or its lease expired; returns what to send. */
export const TAKE_LEASE_SQL = `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND lease_until < now()))
        RETURNING id, "to", template, language, params, attempts`;

/** Message `$1`'s status. */
export const OUTBOX_STATUS_SQL = `SELECT status FROM mail_outbox WHERE id = $1`;

/** Message `$1`, being sent, gets status `$2` and error `$3` (at most 500 characters). */
export const RELEASE_LEASE_SQL = `UPDATE mail_outbox SET status = $2, lease_until = NULL, last_error = left($3, 500) WHERE id = $1 AND status = 'sending'`;

/** Messages pending for more than `$1` seconds or whose lease expired, oldest first, at most 500. */
export const STALE_OUTBOX_SQL = `SELECT id FROM mail_outbox
        WHERE (status = 'pending' AND created_at < now() - make_interval(secs => $1))
           OR (status = 'sending' AND lease_until < now())
        ORDER BY created_at LIMIT 500`;
