// The readiness check's statement: raw SQL because it asks the server to answer, nothing more.

/** The cheapest statement PostgreSQL answers. */
export const PING_SQL = 'SELECT 1';
