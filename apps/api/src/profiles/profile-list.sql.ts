import { inNetwork, inNetworks } from '@ponte/persistence';
import { pageWindow } from '../common/pagination/page-query.dto';
import type { ProfileSort } from '@ponte/contracts';
import type { ProfileQuery } from './dto/profile-query.dto';
import type { ProfileSummaryView } from './dto/profile.view';

const ORDER: Record<ProfileSort, string> = {
  '-lastActivityAt': 'p.last_activity_at DESC',
  lastActivityAt: 'p.last_activity_at ASC',
  '-createdAt': 'p.created_at DESC',
  createdAt: 'p.created_at ASC',
  pseudonymCode: 'p.pseudonym_code ASC',
  '-pseudonymCode': 'p.pseudonym_code DESC',
};

/** A row of the page with the list's `total` and its place `ord`; a page past the end is one row whose `id` is null. */
export type ProfileListRow = ProfileSummaryView & { total: number; ord: number };

/**
 * One statement for the page and its total, within `networks` and the query's filters.
 *
 * - The total is counted apart from the page, not as a window over every profile of her
 *   networks, which read and sorted them all whatever the page. Filtered by network and status
 *   only (the usual list), it is the sum of the networks' kept counts (network_profile_counts,
 *   kept by triggers); with any other filter, an index scan of her networks' profiles.
 * - The page's ids come first, in order, from profiles_network_recent for the default sort
 *   (no heap visit for the rows skipped by OFFSET); only those rows are read, and the skill
 *   counts and consent flag are probed for them only.
 * - One network (the usual case) is `network_id = $1`: with it the plan does not depend on
 *   the values, so PostgreSQL keeps a generic plan per connection instead of planning each call
 *   (with `= ANY($1)` it estimates ten networks, prices the generic plan higher and re-plans).
 * - OFFSET is a parameter (one statement for every page); LIMIT stays a literal, because with
 *   a parameter PostgreSQL guesses 10% of the rows for a generic plan and prefers re-planning.
 */
export function profileListStatement(networks: string[], query: ProfileQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [networks.length === 1 ? networks[0] : networks];
  const where = [networks.length === 1 ? inNetwork('$1') : inNetworks('$1')];
  // Filtered by nothing but network and status, the total is the networks' kept counts.
  const counted = [networks.length === 1 ? inNetwork('$1', 'n') : inNetworks('$1', 'n')];
  const add = (clause: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(clause(params.length));
  };
  if (query.status?.length) {
    add((n) => `p.status = ANY($${n}::text[])`, query.status);
    counted.push(`n.status = ANY($${params.length}::text[])`);
  }
  if (query.skill) add((n) => `EXISTS (SELECT 1 FROM profile_skills s WHERE s.profile_id = p.id AND s.skill_uri = $${n})`, query.skill);
  if (query.comune) add((n) => `p.home_comune = $${n}`, query.comune);
  if (query.counsellorId) add((n) => `p.counsellor_id = $${n}`, query.counsellorId);
  if (query.lastActivityFrom) add((n) => `p.last_activity_at >= $${n}`, query.lastActivityFrom);
  if (query.lastActivityTo) add((n) => `p.last_activity_at < $${n}`, query.lastActivityTo);
  if (query.code) add((n) => `p.pseudonym_code LIKE $${n}`, `${codePrefix(query.code)}%`);
  // Every condition has its count's twin: nothing but network and status.
  const total = counted.length === where.length
    ? `SELECT coalesce(sum(n.profiles), 0)::int AS total FROM network_profile_counts n WHERE ${counted.join(' AND ')}`
    : `SELECT count(*)::int AS total FROM profiles p WHERE ${where.join(' AND ')}`;

  const { skip, take } = pageWindow(query);
  params.push(skip);
  const order = `${ORDER[query.sort]}, p.id`;
  const sql = `
SELECT c.total, p.id, p.pseudonym_code AS "pseudonymCode", p.network_id AS "networkId", p.counsellor_id AS "counsellorId",
       p.age_band AS "ageBand", p.home_comune AS "homeComune", p.status, p."skillCount", p."matchingConsent",
       p.last_activity_at AS "lastActivityAt", p.version, row_number() OVER (ORDER BY ${order}) AS ord
FROM (${total}) c
LEFT JOIN (
  SELECT p.id, p.pseudonym_code, p.network_id, p.counsellor_id, p.age_band, p.home_comune, p.status, p.last_activity_at, p.created_at, p.version,
         (SELECT count(*)::int FROM profile_skills s WHERE s.profile_id = p.id) AS "skillCount",
         -- A probe per row of the page: as EXISTS, PostgreSQL hashed every consent for 20 rows.
         coalesce((SELECT true FROM consents c WHERE c.profile_id = p.id AND c.kind = 'matching' AND c.revoked_at IS NULL LIMIT 1), false)
           AS "matchingConsent"
  FROM (SELECT p.id FROM profiles p WHERE ${where.join(' AND ')} ORDER BY ${order} OFFSET $${params.length} LIMIT ${take}) page
  JOIN profiles p ON p.id = page.id
) p ON true
ORDER BY ${order}`;
  return { sql, params };
}

/** "mi 7qx4-9" → "MI-7QX4-9": the prefix in the stored layout (2 letters, then groups of 4), for the index. */
export function codePrefix(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  return [compact.slice(0, 2), ...(compact.slice(2).match(/.{1,4}/g) ?? [])].join('-');
}
