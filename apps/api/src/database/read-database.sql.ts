// The replica probe's statements. Raw SQL because they call the server's WAL functions: how far
// the primary has flushed, and whether the replica is a standby and how far it has replayed.

/** The primary's WAL flush position, as text. */
export const FLUSHED_LSN_SQL = 'SELECT pg_current_wal_flush_lsn()::text AS lsn';

/** Whether this server is a standby, and the WAL position it has replayed (null when not one). */
export const REPLAYED_LSN_SQL = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed`;
