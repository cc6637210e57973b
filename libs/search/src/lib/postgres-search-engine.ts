import { SHIFTS } from '@ponte/domain';
import type { DataSource, EntityManager } from 'typeorm';
import {
  EARTH_RADIUS_KM,
  emptyFacets,
  inBatches,
  SearchDocument,
  SearchEngine,
  SearchFacet,
  SearchHit,
  SearchQuery,
  SearchResult,
} from './search-engine';

const COLUMNS = [
  'id', 'kind', 'source_id', 'version', 'organisation_id', 'organisation_kind', 'organisation_name', 'title',
  'description', 'labels_it', 'labels_en', 'occupation_uris', 'skill_uris', 'comune', 'comune_name', 'lat', 'lon',
  'work_mode', 'contract', 'shifts', 'accommodations', 'cost', 'start_date', 'deadline', 'published_at',
] as const;

const CASTS: Partial<Record<(typeof COLUMNS)[number], string>> = {
  source_id: 'uuid', version: 'int', organisation_id: 'uuid', occupation_uris: 'text[]', skill_uris: 'text[]',
  lat: 'float8', lon: 'float8', shifts: 'text[]', accommodations: 'text[]', start_date: 'date', deadline: 'date',
  published_at: 'timestamptz',
};

/** Words shorter than this are never expanded: three letters resemble too many words. */
const MIN_TYPO_WORD = 4;
/** Nearest lexicon words tried for a word the lexicon does not know. */
const MAX_EXPANSIONS = 3;
const BATCH = 500;
/** Answers kept per process (least recently used go first): the common searches and the browse without words. */
const MAX_ANSWERS = 500;
/** What every answer depends on moves this counter (migration CatalogueChanges1764009400000). */
const STAMP_SQL = 'SELECT version::text AS stamp FROM catalogue_changes';

function rowOf(d: SearchDocument): unknown[] {
  return [
    d.id, d.kind, d.sourceId, d.version, d.organisationId, d.organisationKind, d.organisationName, d.title,
    d.description, d.labels.it.join(' · '), d.labels.en.join(' · '), d.occupationUris, d.skillUris, d.comune,
    d.comuneName, d.location?.lat ?? null, d.location?.lon ?? null, d.workMode, d.contract, d.shifts,
    d.accommodations, d.cost, d.startDate, d.deadline, d.publishedAt,
  ];
}

function insertSql(rows: number): string {
  const values: string[] = [];
  for (let r = 0; r < rows; r++) {
    const base = r * COLUMNS.length;
    values.push(`(${COLUMNS.map((c, i) => `$${base + i + 1}${CASTS[c] ? `::${CASTS[c]}` : ''}`).join(', ')})`);
  }
  const updates = COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  // A slower job carrying an older version never overwrites a newer document.
  return `INSERT INTO search_documents (${COLUMNS.join(', ')}) VALUES ${values.join(', ')}
    ON CONFLICT (id) DO UPDATE SET ${updates} WHERE search_documents.version <= EXCLUDED.version`;
}

const LEXICON_WORDS = (source: string) => `
  SELECT DISTINCT w FROM ${source},
    regexp_split_to_table(lower(ponte_unaccent(d.title || ' ' || d.labels_it || ' ' || d.labels_en)), '[^a-z0-9]+') AS w
  WHERE length(w) >= 3`;

/** Each query word (unaccented, lower case) with the lexicon words it may be a typo of. */
const EXPAND_SQL = `
  SELECT q.w AS word, k.known,
         -- CASE evaluates the trigram search only for an unknown word: it costs milliseconds per
         -- word, most words are known, and their near words would be discarded anyway.
         CASE WHEN k.known OR length(q.w) < ${MIN_TYPO_WORD} THEN '{}'::text[]
              ELSE ARRAY(SELECT l.word FROM search_lexicon l WHERE l.word % q.w
                         ORDER BY similarity(l.word, q.w) DESC, l.word LIMIT ${MAX_EXPANSIONS}) END AS near
  -- unnest (estimated at a few rows, unlike regexp_split_to_table's 1000) and OFFSET 0 keep the
  -- known-word check a primary-key probe per word instead of a hashed scan of the lexicon.
  FROM unnest(regexp_split_to_array(lower(ponte_unaccent($1)), '[^a-z0-9]+')) WITH ORDINALITY AS q(w, n)
  CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = q.w) AS known OFFSET 0) k
  WHERE q.w <> ''
  ORDER BY q.n`;

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface Compiled {
  sql: string;
  params: unknown[];
}

/** Builds the one statement that answers a query: page, total and facets in a single round trip. */
export function compileSearch(query: SearchQuery, words: string[][] = []): Compiled {
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
  const anyOf = (column: string, values: string[] | undefined) => {
    if (values?.length) where.push(`${column} = ANY(${p.add(values)}::text[])`);
  };
  const overlaps = (column: string, values: string[] | undefined) => {
    if (values?.length) where.push(`${column} && ${p.add(values)}::text[]`);
  };
  anyOf('d.kind', query.kinds);
  anyOf('d.contract', query.contracts);
  anyOf('d.work_mode', query.workModes);
  anyOf('d.organisation_kind', query.organisationKinds);
  overlaps('d.shifts', query.shifts);
  overlaps('d.occupation_uris', query.occupationUris);
  overlaps('d.skill_uris', query.skillUris);
  if (query.remote !== undefined) where.push(query.remote ? `d.work_mode IN ('remote', 'hybrid')` : `d.work_mode = 'on_site'`);
  if (query.excludeOrganisationIds?.length) {
    where.push(`NOT (d.organisation_id = ANY(${p.add(query.excludeOrganisationIds)}::uuid[]))`);
  }

  let distance = 'NULL::float8';
  if (query.near) {
    const { lat, lon, radiusKm } = query.near;
    const la = p.add(lat);
    const lo = p.add(lon);
    distance = `CASE WHEN d.lat IS NULL OR d.work_mode = 'remote' THEN NULL ELSE 2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
      power(sin(radians(d.lat - ${la}::float8) / 2), 2) +
      cos(radians(${la}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lon - ${lo}::float8) / 2), 2)))) END`;
    // A bounding box the (lat, lon) index can use, then the exact great-circle distance.
    const dLat = radiusKm / 110.574;
    const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    where.push(`(d.work_mode = 'remote' OR (
      d.lat BETWEEN ${p.add(lat - dLat)}::float8 AND ${p.add(lat + dLat)}::float8 AND
      d.lon BETWEEN ${p.add(lon - dLon)}::float8 AND ${p.add(lon + dLon)}::float8 AND
      ${distance} <= ${p.add(radiusKm)}::float8))`);
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
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(json_build_object(
          'id', d.id, 'kind', d.kind, 'sourceId', d.source_id, 'organisationId', d.organisation_id,
          'organisationKind', d.organisation_kind, 'organisationName', d.organisation_name, 'title', d.title,
          'comune', d.comune, 'comuneName', d.comune_name, 'workMode', d.work_mode, 'contract', d.contract,
          'shifts', d.shifts, 'cost', d.cost, 'startDate', d.start_date, 'deadline', d.deadline,
          'publishedAt', d.published_at, 'distanceKm', round(pg.distance_km::numeric, 1)
        ) ORDER BY pg.ord), '[]'::json)
        FROM page pg JOIN search_documents d ON d.id = pg.id) AS items,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (
        -- One pass for the scalar facets; GROUPING() says which set a row belongs to.
        SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(contract) = 0 THEN 'contract'
                    WHEN GROUPING(work_mode) = 0 THEN 'workMode' WHEN GROUPING(organisation_kind) = 0 THEN 'organisationKind'
                    ELSE 'comune' END AS facet,
               coalesce(kind, contract, work_mode, organisation_kind, comune::text) AS value, count(*)::int AS count
        FROM matched GROUP BY GROUPING SETS ((kind), (contract), (work_mode), (organisation_kind), (comune))
        -- Shifts are a closed vocabulary: one pass of membership tests beats unnest and group.
        UNION ALL SELECT 'shifts', s.shift, s.count FROM (
          SELECT unnest(ARRAY[${SHIFTS.map((shift) => `'${shift}'`).join(', ')}]) AS shift,
                 unnest(ARRAY[${SHIFTS.map((shift) => `count(*) FILTER (WHERE shifts @> '{${shift}}')`).join(', ')}])::int AS count
          FROM matched) s
        WHERE s.count > 0
      ) f WHERE f.value IS NOT NULL) AS facets`;
  return { sql, params: p.values };
}

interface Row {
  total: number;
  items: (Omit<SearchHit, 'distanceKm' | 'publishedAt'> & { distanceKm: string | number | null; publishedAt: string })[];
  facets: { facet: SearchFacet; value: string; count: number }[];
}

/** The default engine: the `search_documents` table of Ponte's own database. */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  readonly hidesUnvettedOrganisations = true;

  /** Answers by query, all computed after `stamp` was read; shared between callers, never modified. */
  private readonly answers = new Map<string, SearchResult>();
  private stamp = -1n;

  constructor(private readonly dataSource: DataSource) {}

  async index(document: SearchDocument): Promise<void> {
    await this.dataSource.query(insertSql(1), rowOf(document));
    await this.dataSource.query(
      `INSERT INTO search_lexicon (word) ${LEXICON_WORDS('search_documents d')} AND d.id = $1 ON CONFLICT DO NOTHING`,
      [document.id],
    );
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM search_documents WHERE id = $1', [id]);
  }

  /**
   * A broad search reads thousands of documents (~17 ms of PostgreSQL for 2,500 matches): an
   * answer is kept while the catalogue counter reads as it did before the answer was computed. A
   * change committed meanwhile has moved the counter, so the next search computes again: an
   * answer is never older than the counter says.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const [row]: { stamp: string }[] = await this.dataSource.query(STAMP_SQL);
    const stamp = BigInt(row.stamp);
    if (stamp > this.stamp) {
      this.answers.clear();
      this.stamp = stamp;
    }
    const key = JSON.stringify(query);
    // An older counter (a search that read it before a change others have seen) computes anew.
    const kept = stamp === this.stamp ? this.answers.get(key) : undefined;
    if (kept) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const result = await this.compute(query);
    // Not if a newer counter was seen meanwhile: this answer may predate that change.
    if (stamp === this.stamp) {
      this.answers.set(key, result);
      if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    }
    return result;
  }

  private async compute(query: SearchQuery): Promise<SearchResult> {
    const { sql, params } = compileSearch(query, await this.expand(query.text));
    const [row] = (await this.dataSource.query(sql, params)) as Row[];
    const facets = emptyFacets();
    for (const { facet, value, count } of row.facets) facets[facet][value] = count;
    return {
      total: row.total,
      page: query.page,
      pageSize: query.pageSize,
      facets,
      items: row.items.map((item) => ({
        ...item,
        publishedAt: new Date(item.publishedAt).toISOString(),
        distanceKm: item.distanceKm === null ? null : Number(item.distanceKm),
      })),
    };
  }

  /** Per query word: itself, plus its nearest lexicon words when the lexicon does not know it (a typo). */
  private async expand(text: string | undefined): Promise<string[][]> {
    if (!text?.trim()) return [];
    const rows: { word: string; known: boolean; near: string[] }[] = await this.dataSource.query(EXPAND_SQL, [text]);
    return rows.map((row) => (row.known ? [row.word] : [row.word, ...row.near.filter((w) => w !== row.word)]));
  }

  /** In one transaction: readers keep seeing the old index until the new one is complete. */
  async reindexAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<number> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query('DELETE FROM search_documents');
      let count = 0;
      for await (const batch of inBatches(documents, BATCH)) {
        await manager.query(insertSql(batch.length), batch.flatMap(rowOf));
        count += batch.length;
      }
      // Words of documents gone stay harmless, but a full rebuild starts the lexicon afresh.
      await manager.query('DELETE FROM search_lexicon');
      await manager.query(`INSERT INTO search_lexicon (word) ${LEXICON_WORDS('search_documents d')}`);
      return count;
    });
  }

  async close(): Promise<void> {
    // The data source belongs to the application.
  }
}
