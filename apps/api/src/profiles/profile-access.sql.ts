import { inNetworks } from '@ponte/persistence';

// The profile scope check: one probe with the network scope fragment, locking the row when the
// caller is about to change it.

/** Profile `$1` if in networks `$2` (id, network, version, status), locked for update when `lock`. */
export const profileInScopeSql = (lock: boolean): string => `SELECT p.id, p.network_id AS "networkId", p.version, p.status FROM profiles p
       WHERE p.id = $1 AND ${inNetworks('$2')} ${lock ? 'FOR UPDATE' : ''}`;
