// The idempotency keys' statements. Raw SQL because a key is claimed by one INSERT ... ON CONFLICT
// DO NOTHING: of two concurrent requests with the same key exactly one proceeds.

/** A key is remembered for a day; a client retrying later than that is making a new request. */
const TTL_HOURS = 24;

/** Forgets key `$2` of owner `$1` once older than the TTL. */
export const DELETE_EXPIRED_KEY_SQL = `DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2 AND created_at < now() - interval '${TTL_HOURS} hours'`;

/** Claims key `$2` of owner `$1` for request `$3` `$4` of hash `$5`; no row when already claimed. */
export const CLAIM_KEY_SQL = `INSERT INTO idempotency_keys (owner, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (owner, key) DO NOTHING RETURNING key`;

/** What key `$2` of owner `$1` was claimed for, and its answer once complete. */
export const STORED_KEY_SQL = 'SELECT method, path, request_hash, status, response FROM idempotency_keys WHERE owner = $1 AND key = $2';

/** Stores the answer (`$3` status, `$4` body) of key `$2` of owner `$1`. */
export const COMPLETE_KEY_SQL = 'UPDATE idempotency_keys SET status = $3, response = $4, completed_at = now() WHERE owner = $1 AND key = $2';

/** Forgets key `$2` of owner `$1` (the request failed: it may be retried). */
export const FORGET_KEY_SQL = 'DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2';
