import { box, type Compiled, dimensionFilters, distanceTo, facets, ITEMS, Params, wordsQuery, type SearchQuery } from '@ponte/search';

/**
 * The statement searches with words, occupations or skills ran before migration
 * SearchFilterTags1765700000000 (commit ebd8fd5, libs/search/src/lib/postgres-search-matched.ts),
 * kept as it was: the filters tested on each match read, the date slices from the date index.
 * search-matched.postgres.spec.ts compares the current statement with it.
 */

const SLICES = [1, 2, 4, 8, 16];

/**
 * Words, occupations or skills: the newest matches up to the cap are read, slice by slice, and
 * the total, the facets and the page come from them. Relevance puts the listings whose title
 * holds every word first (`title_tsv`, migration SearchTitleWords1765550200000), then the newest.
 */
export function compileMatchedBefore(query: SearchQuery, cap: number): Compiled {
  const p = new Params();
  const exclude = query.excludeOrganisationIds?.length ? p.add(query.excludeOrganisationIds) : undefined;
  const where: string[] = [
    // Suspension hides at once, whatever the index still holds: one hashed pass over the few
    // organisations not vetted (ids are never null, so NOT IN is safe).
    `d.organisation_id NOT IN (SELECT h.id FROM hidden h)`,
  ];
  let q = `q AS MATERIALIZED (SELECT ''::tsquery AS tsq)`;
  let inTitle = 'false';
  const text = query.text?.trim();
  if (text) {
    q = wordsQuery(p.add(text));
    where.push('d.tsv @@ q.tsq');
    inTitle = 'd.title_tsv @@ q.tsq';
  }
  where.push(...dimensionFilters(p, query)('d'));
  if (query.occupationUris?.length) where.push(`d.occupation_uris && ${p.add(query.occupationUris)}::text[]`);
  if (query.skillUris?.length) where.push(`d.skill_uris && ${p.add(query.skillUris)}::text[]`);

  let distance = 'NULL::float8';
  if (query.near) {
    const la = p.add(query.near.lat);
    const lo = p.add(query.near.lon);
    distance = `CASE WHEN d.lat IS NULL OR d.work_mode = 'remote' THEN NULL ELSE ${distanceTo('d', la, lo)} END`;
    where.push(`(d.work_mode = 'remote' OR (${box('d', p, query.near)} AND ${distance} <= ${p.add(query.near.radiusKm)}::float8))`);
  }
  const readCap = p.add(cap + 1);
  const slices = SLICES.map((days, i) => {
    const bounds = [`d.published_at >= now() - interval '${days} days'`];
    if (i > 0) bounds.push(`d.published_at < now() - interval '${SLICES[i - 1]} days'`);
    return bounds;
  });
  slices.push([`d.published_at < now() - interval '${SLICES[SLICES.length - 1]} days'`]);
  const slice = (bounds: string[]) => `(SELECT d.id, d.kind, d.contract, d.shifts, d.work_mode, d.organisation_kind, d.comune,
             d.published_at, (${inTitle}) AS in_title, ${distance} AS distance_km
      FROM search_documents d CROSS JOIN q
      WHERE ${[...where, ...bounds].join(' AND ')}
      ORDER BY d.published_at DESC, d.id LIMIT ${readCap}::int)`;

  const order =
    query.sort === 'distance' && query.near
      ? 'm.distance_km ASC NULLS LAST, m.in_title DESC, m.published_at DESC, m.id'
      : query.sort === 'relevance' && text
        ? 'm.in_title DESC, m.published_at DESC, m.id'
        : 'm.published_at DESC, m.id';
  const limit = p.add(query.pageSize);
  const offset = p.add((query.page - 1) * query.pageSize);

  const sql = `
    WITH ${q},
    hidden AS MATERIALIZED (
      SELECT o.id FROM organisations o WHERE o.status <> 'vetted'${exclude ? `\n      UNION SELECT unnest(${exclude}::uuid[])` : ''}),
    -- The slices run in order and stop once the cap is passed (the LIMIT above their UNION ALL).
    read AS MATERIALIZED (SELECT * FROM (${slices.map(slice).join('\n      UNION ALL ')}) s LIMIT ${readCap}::int),
    matched AS MATERIALIZED (SELECT * FROM read r ORDER BY r.published_at DESC, r.id LIMIT ${readCap}::int - 1),
    page AS (
      SELECT m.id, m.distance_km, row_number() OVER (ORDER BY ${order}) AS ord
      FROM matched m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT count(*)::int FROM read) = ${readCap}::int AS capped,
      ${ITEMS},
      ${facets('matched', '1')}`;
  return { sql, params: p.values };
}
