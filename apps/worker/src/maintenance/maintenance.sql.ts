// The purge's statements. Raw SQL because each deletes a bounded batch (a DELETE has no LIMIT of
// its own), so no long lock is held; idempotency keys have no id and go by ctid.

/** Up to `$3` mails sent more than `$2` days before `$1`. */
export const PURGE_SENT_MAILS_SQL = `DELETE FROM mail_outbox WHERE id IN (
           SELECT id FROM mail_outbox WHERE status = 'sent' AND sent_at < $1::timestamptz - make_interval(days => $2) LIMIT $3)`;

/** Up to `$3` idempotency keys created more than `$2` hours before `$1`. */
export const PURGE_IDEMPOTENCY_KEYS_SQL = `DELETE FROM idempotency_keys WHERE ctid IN (
           SELECT ctid FROM idempotency_keys WHERE created_at < $1::timestamptz - make_interval(hours => $2) LIMIT $3)`;

/**
 * Up to `$3` listing_changes rows written more than `$2` hours before `$1`, and, in the same
 * statement, a row of the prune's own (stamped `$1`, so it outlives this run): a catalogue
 * cache whose mark did not see a deleted row's transaction did not see the prune's either, so
 * its next check finds that row and compares in full (catalogueChangesSince, @ponte/persistence).
 * Deleting by age alone could miss a change: a row is stamped when written, maybe long before
 * its transaction commits.
 */
export const PURGE_LISTING_CHANGES_SQL = `WITH announced AS (
             INSERT INTO listing_changes (at) SELECT $1::timestamptz
              WHERE EXISTS (SELECT 1 FROM listing_changes WHERE at < $1::timestamptz - make_interval(hours => $2)))
           DELETE FROM listing_changes WHERE ctid IN (
             SELECT ctid FROM listing_changes WHERE at < $1::timestamptz - make_interval(hours => $2) LIMIT $3)`;
