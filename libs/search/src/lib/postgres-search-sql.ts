import { SHIFTS } from '@ponte/domain';
import { EARTH_RADIUS_KM, type SearchQuery } from './search-engine';

/**
 * The statements of the PostgreSQL engine. Each answers a query in one round trip: the page,
 * the total and every facet.
 *
 * - A query with words, occupations or skills reads its newest matches, up to a cap
 *   (compileMatched, postgres-search-matched.ts).
 * - Any other query (filters, radius, the whole catalogue) sums the cells (migrations
 *   SearchCells1765550000000, SearchCellsCompact1765550100000, SearchCellsNoShift1765700000100):
 *   `search_cells`, one row per kind, contract, work mode, organisation kind, comune and place
 *   with its shift counts and, per shift set, its documents sharing none of its shifts; less the documents of
 *   organisations hidden now; and reads only its page from the indexes. Its cost grows with the
 *   combinations (3,200 and 53,000 rows at 520,000 listings), not with the listings.
 */

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface Compiled {
  sql: string;
  params: unknown[];
}

/** Whether the counts can come from the cells: every filter is a dimension of theirs. */
export function isCountable(query: SearchQuery): boolean {
  const knownShifts = (query.shifts ?? []).every((shift) => (SHIFTS as readonly string[]).includes(shift));
  return !query.text?.trim() && !query.occupationUris?.length && !query.skillUris?.length && knownShifts;
}

/** The bit of each shift in the cells' masks (migration SearchCellsCompact1765550100000). */
const bitOf = (shift: string) => 1 << (SHIFTS as readonly string[]).indexOf(shift);

/** Great-circle km from the parameters `la`, `lo` to the row `x` (the JavaScript haversineKm in SQL). */
export const distanceTo = (x: string, la: string, lo: string) => `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
      power(sin(radians(${x}.lat - ${la}::float8) / 2), 2) +
      cos(radians(${la}::float8)) * cos(radians(${x}.lat)) * power(sin(radians(${x}.lon - ${lo}::float8) / 2), 2))))`;

/** The bounding box of a radius, which the (lat, lon) indexes can use before the exact distance. */
export function box(x: string, p: Params, near: NonNullable<SearchQuery['near']>): string {
  const { lat, lon, radiusKm } = near;
  const dLat = radiusKm / 110.574;
  const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return `${x}.lat BETWEEN ${p.add(lat - dLat)}::float8 AND ${p.add(lat + dLat)}::float8 AND
      ${x}.lon BETWEEN ${p.add(lon - dLon)}::float8 AND ${p.add(lon + dLon)}::float8`;
}

/**
 * The filters on the dimensions that documents and cells share, for the row alias `x`; each
 * value is one parameter, whichever alias reads it. `near` is not among them.
 */
export function dimensionFilters(p: Params, query: SearchQuery, withShifts = true): (x: string) => string[] {
  const parts: ((x: string) => string)[] = [];
  const anyOf = (column: string, values: string[] | undefined) => {
    if (!values?.length) return;
    const v = p.add(values);
    parts.push((x) => `${x}.${column} = ANY(${v}::text[])`);
  };
  anyOf('kind', query.kinds);
  anyOf('contract', query.contracts);
  anyOf('work_mode', query.workModes);
  anyOf('organisation_kind', query.organisationKinds);
  if (withShifts && query.shifts?.length) {
    const v = p.add(query.shifts);
    parts.push((x) => `${x}.shifts && ${v}::text[]`);
  }
  if (query.remote !== undefined) {
    parts.push((x) => (query.remote ? `${x}.work_mode IN ('remote', 'hybrid')` : `${x}.work_mode = 'on_site'`));
  }
  return (x) => parts.map((part) => part(x));
}

/** The page's display fields and its order, read from `page` (id, distance_km, ord). */
export const ITEMS = `(SELECT coalesce(json_agg(json_build_object(
          'id', d.id, 'kind', d.kind, 'sourceId', d.source_id, 'organisationId', d.organisation_id,
          'organisationKind', d.organisation_kind, 'organisationName', d.organisation_name, 'title', d.title,
          'comune', d.comune, 'comuneName', d.comune_name, 'workMode', d.work_mode, 'contract', d.contract,
          'shifts', d.shifts, 'cost', d.cost, 'startDate', d.start_date, 'deadline', d.deadline,
          'publishedAt', d.published_at, 'distanceKm', round(pg.distance_km::numeric, 1)
        ) ORDER BY pg.ord), '[]'::json)
        FROM page pg JOIN search_documents d ON d.id = pg.id) AS items`;

/**
 * Every facet over `source`, each row weighing `weight` documents; `shiftWeight(i)`, when given,
 * is how many of them have the i-th shift (else the row's `shifts` array is tested).
 */
export const facets = (source: string, weight: string, shiftWeight?: (i: number) => string) => `(SELECT coalesce(json_agg(f), '[]'::json) FROM (
        -- One pass for the scalar facets; GROUPING() says which set a row belongs to.
        SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(contract) = 0 THEN 'contract'
                    WHEN GROUPING(work_mode) = 0 THEN 'workMode' WHEN GROUPING(organisation_kind) = 0 THEN 'organisationKind'
                    ELSE 'comune' END AS facet,
               coalesce(kind, contract, work_mode, organisation_kind, comune::text) AS value, sum(${weight})::int AS count
        FROM ${source} GROUP BY GROUPING SETS ((kind), (contract), (work_mode), (organisation_kind), (comune))
        HAVING sum(${weight}) > 0
        -- Shifts are a closed vocabulary: one pass of membership tests beats unnest and group.
        UNION ALL SELECT 'shifts', s.shift, s.count FROM (
          SELECT unnest(ARRAY[${SHIFTS.map((shift) => `'${shift}'`).join(', ')}]) AS shift,
                 unnest(ARRAY[${SHIFTS.map((shift, i) => (shiftWeight ? `coalesce(sum(${shiftWeight(i)}), 0)` : `count(*) FILTER (WHERE shifts @> '{${shift}}')`)).join(', ')}])::int AS count
          FROM ${source}) s
        WHERE s.count > 0
      ) f WHERE f.value IS NOT NULL) AS facets`;

/**
 * The reference statement: every match read, ranked (ts_rank) and counted. Searches ran it
 * before the cells and the capped reads (compileMatched); tests and the benchmark compare
 * against it.
 */
export function compileScan(query: SearchQuery, words: string[][] = []): Compiled {
  const p = new Params();
  const where: string[] = [
    // Suspension hides at once, whatever the index still holds. NOT IN (ids are never null) is
    // one hashed pass over the few organisations not vetted, not a probe per matching document.
    `d.organisation_id NOT IN (SELECT o.id FROM organisations o WHERE o.status <> 'vetted')`,
  ];
  let rank = '0::real';
  // Built once, not per row: plainto_tsquery is only STABLE.
  let tsquery = `''::tsquery`;
  const text = query.text?.trim();
  if (text) {
    // Every word must match, as itself (Italian or English stem) or as one of its near words.
    const groups = (words.length ? words : [[text]]).map((terms) =>
      terms.flatMap((term) => {
        const t = p.add(term);
        return [`plainto_tsquery('italian', ${t})`, `plainto_tsquery('english', ${t})`];
      }),
    );
    tsquery = groups.map((group) => `(${group.join(' || ')})`).join(' && ');
    where.push('d.tsv @@ q.tsq');
    rank = 'ts_rank(d.tsv, q.tsq)';
  }
  where.push(...dimensionFilters(p, query)('d'));
  if (query.occupationUris?.length) where.push(`d.occupation_uris && ${p.add(query.occupationUris)}::text[]`);
  if (query.skillUris?.length) where.push(`d.skill_uris && ${p.add(query.skillUris)}::text[]`);
  if (query.excludeOrganisationIds?.length) {
    where.push(`NOT (d.organisation_id = ANY(${p.add(query.excludeOrganisationIds)}::uuid[]))`);
  }

  let distance = 'NULL::float8';
  if (query.near) {
    const la = p.add(query.near.lat);
    const lo = p.add(query.near.lon);
    distance = `CASE WHEN d.lat IS NULL OR d.work_mode = 'remote' THEN NULL ELSE ${distanceTo('d', la, lo)} END`;
    where.push(`(d.work_mode = 'remote' OR (${box('d', p, query.near)} AND ${distance} <= ${p.add(query.near.radiusKm)}::float8))`);
  }

  const order =
    query.sort === 'distance' && query.near
      ? 'm.distance_km ASC NULLS LAST, m.rank DESC, m.published_at DESC, m.id'
      : query.sort === 'relevance' && text
        ? 'm.rank DESC, m.published_at DESC, m.id'
        : 'm.published_at DESC, m.id';
  const limit = p.add(query.pageSize);
  const offset = p.add((query.page - 1) * query.pageSize);

  // Prepared once per connection like every statement: with the CTEs materialised, a generic plan
  // was as fast as planning each call with its values on 52,000 listings for every kind of query
  // (text, filters, radius, facets only), and planning cost ~1 ms per search.
  const sql = `
    WITH q AS MATERIALIZED (SELECT ${tsquery} AS tsq),
    matched AS MATERIALIZED (
      SELECT d.id, d.kind, d.contract, d.shifts, d.work_mode, d.organisation_kind, d.comune, d.published_at,
             ${rank} AS rank, ${distance} AS distance_km
      FROM search_documents d CROSS JOIN q
      WHERE ${where.join('\n        AND ')}
    ),
    page AS (
      SELECT m.id, m.distance_km, row_number() OVER (ORDER BY ${order}) AS ord
      FROM matched m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total, false AS capped,
      ${ITEMS},
      ${facets('matched', '1')}`;
  return { sql, params: p.values };
}

/**
 * Only dimensions of the cells: the counts are the cells' (less what organisations hidden now
 * hold), and the page is read from an index in its order, newest first or place by place.
 */
export function compileCounted(query: SearchQuery): Compiled {
  const p = new Params();
  const filters = dimensionFilters(p, query, false);
  const shiftsWanted = query.shifts?.length ? p.add(query.shifts) : undefined;
  const docFilters = (x: string) => [...filters(x), ...(shiftsWanted ? [`${x}.shifts && ${shiftsWanted}::text[]`] : [])];
  const exclude = query.excludeOrganisationIds?.length ? p.add(query.excludeOrganisationIds) : undefined;
  const ctes: string[] = [
    // Listings stay indexed while their organisation is suspended; they count for nobody.
    `hidden AS MATERIALIZED (
      SELECT o.id FROM organisations o WHERE o.status <> 'vetted'${exclude ? `\n      UNION SELECT unnest(${exclude}::uuid[])` : ''})`,
  ];
  if (query.near) {
    const la = p.add(query.near.lat);
    const lo = p.add(query.near.lon);
    // A few hundred places at most: the exact distance is computed once per place.
    ctes.push(`near AS MATERIALIZED (
      SELECT pl.id, pl.lat, pl.lon, ${distanceTo('pl', la, lo)} AS distance_km FROM search_places pl
      WHERE ${box('pl', p, query.near)} AND ${distanceTo('pl', la, lo)} <= ${p.add(query.near.radiusKm)}::float8)`);
  }
  const cellWithin = query.near ? [`(c.work_mode = 'remote' OR c.place IN (SELECT n.id FROM near n))`] : [];
  const docWithin = (x: string) => (query.near ? [`(${x}.work_mode = 'remote' OR (${x}.lat, ${x}.lon) IN (SELECT n.lat, n.lon FROM near n))`] : []);
  // Cells split by shift set only when shifts are filtered; otherwise each cell counts its shifts.
  // With shifts filtered, a cell's documents having any of them are those less the ones sharing
  // none (migration SearchCellsNoShift1765700000100); those with shift s, all that have it when s
  // is wanted, else those less the ones sharing no wanted shift but s.
  const mask = (query.shifts ?? []).reduce((bits, shift) => bits | bitOf(shift), 0);
  const cells = shiftsWanted
    ? `SELECT c.kind, c.contract, c.work_mode, c.organisation_kind, c.comune, c.place, c.documents - c.none_${mask} AS n,
             ${SHIFTS.map((shift, i) => (mask & bitOf(shift) ? `c.${shift}s` : `c.${shift}s - (c.none_${mask} - c.none_${mask | bitOf(shift)})`) + ` AS s${i}`).join(', ')}
      FROM search_cells c
      WHERE ${['c.documents > 0', ...filters('c'), ...cellWithin].join(' AND ')}`
    : `SELECT c.kind, c.contract, c.work_mode, c.organisation_kind, c.comune, c.place, c.documents AS n,
             ${SHIFTS.map((shift, i) => `c.${shift}s AS s${i}`).join(', ')}
      FROM search_cells c WHERE ${['c.documents > 0', ...filters('c'), ...cellWithin].join(' AND ')}`;
  ctes.push(`counted AS MATERIALIZED (
      ${cells}
      UNION ALL
      SELECT d.kind, d.contract, d.work_mode, d.organisation_kind, d.comune, pl.id, -1,
             ${SHIFTS.map((shift) => `-(d.shifts @> '{${shift}}')::int`).join(', ')}
      FROM search_documents d LEFT JOIN search_places pl ON pl.lat = d.lat AND pl.lon = d.lon
      WHERE ${['d.organisation_id IN (SELECT h.id FROM hidden h)', ...docFilters('d'), ...docWithin('d')].join(' AND ')})`);

  const limit = p.add(query.pageSize);
  const offset = p.add((query.page - 1) * query.pageSize);
  const shown = ['d.organisation_id NOT IN (SELECT h.id FROM hidden h)', ...docFilters('d')];
  if (query.sort === 'distance' && query.near) {
    // Documents at one place share its distance: the places in order, how many of the query's
    // documents each holds, and from that which places (and how far into each) the page needs.
    ctes.push(`places AS (
      SELECT n.lat, n.lon, n.distance_km, sum(c.n) AS documents FROM counted c JOIN near n ON n.id = c.place
      WHERE c.work_mode <> 'remote' GROUP BY n.lat, n.lon, n.distance_km HAVING sum(c.n) > 0)`);
    ctes.push(`ranked AS (
      SELECT pl.*, row_number() OVER w AS place, coalesce(sum(pl.documents) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM places pl WINDOW w AS (ORDER BY pl.distance_km, pl.lat, pl.lon))`);
    ctes.push(`wanted AS (
      SELECT r.lat, r.lon, r.distance_km, r.place, greatest(0, ${offset} - r.before) AS skip,
             least(r.documents, ${offset} + ${limit} - r.before) - greatest(0, ${offset} - r.before) AS take
      FROM ranked r WHERE r.before < ${offset} + ${limit} AND r.before + r.documents > ${offset})`);
    // Remote documents (no distance) come after every place; none is read when the counts say
    // the page holds none.
    const placed = `(SELECT coalesce(sum(pl.documents), 0) FROM places pl)`;
    const remote = `(SELECT coalesce(sum(c.n), 0) FROM counted c WHERE c.work_mode = 'remote')`;
    ctes.push(`page AS (
      SELECT x.id, w.distance_km, row_number() OVER (ORDER BY w.place, x.published_at DESC, x.id) AS ord
      FROM wanted w CROSS JOIN LATERAL (
        SELECT d.id, d.published_at FROM search_documents d
        WHERE d.lat = w.lat AND d.lon = w.lon AND d.work_mode <> 'remote' AND ${shown.join(' AND ')}
        ORDER BY d.published_at DESC, d.id OFFSET w.skip LIMIT w.take) x
      UNION ALL
      SELECT r.id, NULL, ${limit} + r.n FROM (
        SELECT d.id, row_number() OVER (ORDER BY d.published_at DESC, d.id) AS n FROM search_documents d
        WHERE d.work_mode = 'remote' AND ${shown.join(' AND ')} AND ${remote} > greatest(0, ${offset} - ${placed})
        -- A constant LIMIT keeps the plan an index walk; the window's end is the filter below.
        ORDER BY d.published_at DESC, d.id OFFSET greatest(0, ${offset} - ${placed}) LIMIT ${limit}) r
      WHERE r.n <= ${offset} + ${limit} - ${placed})`);
  } else {
    // Newest first: the (published_at, id) index walked until the page is full, its filters
    // read from the index entries.
    const distance = query.near ? `(SELECT n.distance_km FROM near n WHERE n.lat = s.lat AND n.lon = s.lon AND s.work_mode <> 'remote')` : 'NULL::float8';
    ctes.push(`page AS (
      SELECT s.id, ${distance} AS distance_km, row_number() OVER (ORDER BY s.published_at DESC, s.id) AS ord FROM (
        SELECT d.id, d.published_at, d.lat, d.lon, d.work_mode FROM search_documents d
        -- Nothing is read when the counts say the page is past the end.
        WHERE ${[...shown, ...docWithin('d')].join(' AND ')} AND (SELECT coalesce(sum(c.n), 0) FROM counted c) > ${offset}
        ORDER BY d.published_at DESC, d.id LIMIT ${limit} OFFSET ${offset}) s)`);
  }
  const sql = `
    WITH ${ctes.join(',\n    ')}
    SELECT
      (SELECT coalesce(sum(n), 0)::int FROM counted) AS total, false AS capped,
      ${ITEMS},
      ${facets('counted', 'n', (i) => `s${i}`)}`;
  return { sql, params: p.values };
}
