import type { DataSource, EntityManager } from 'typeorm';
import { compileSearch, MATCH_CAP } from './postgres-search-matched';
import { emptyFacets, inBatches, SearchDocument, SearchEngine, SearchFacet, SearchHit, SearchQuery, SearchResult } from './search-engine';

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

const BATCH = 500;
/** Answers kept per process (least recently used go first): the common searches and the browse without words. */
const MAX_ANSWERS = 500;

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
    regexp_split_to_table(lower(ponte_search_words(d.title || ' ' || d.labels_it || ' ' || d.labels_en)), '[^a-z0-9]+') AS w
  WHERE length(w) >= 3`;

interface Row {
  total: number;
  capped: boolean;
  items: (Omit<SearchHit, 'distanceKm' | 'publishedAt'> & { distanceKm: string | number | null; publishedAt: string })[];
  facets: { facet: SearchFacet; value: string; count: number }[];
}

/** Something that runs a statement and answers its rows: a DataSource, or a replica's pool. */
export interface SearchDatabase {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows, as DataSource.query gives them
  query<T = any>(sql: string, params?: unknown[]): Promise<T>;
}

/**
 * Where searches read (the API's ReadDatabase: a replica when there is one and it is fresh);
 * one source per search, so its statements see one state of the catalogue.
 */
export interface SearchReads {
  source(): Promise<SearchDatabase>;
}

/** The default engine: the `search_documents` table of Ponte's own database. */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  readonly hidesUnvettedOrganisations = true;

  /** Answers by query, all computed after `stamp` was read; shared between callers, never modified. */
  private readonly answers = new Map<string, SearchResult>();
  private stamp = -1n;

  /**
   * Indexing writes on `dataSource`; searches read from `reads` when given, else from it too.
   * `matchCap`: the matches a search with words reads at most (tests lower it).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads?: SearchReads,
    private readonly matchCap = MATCH_CAP,
  ) {}

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
   * A broad search reads up to a thousand documents: an answer is kept while the catalogue
   * counter reads as it did when the answer was computed. One statement reads the counter and,
   * only when it moved since the kept answer (or none is kept), computes the answer in the same
   * snapshot: a search is one round trip, and an answer is never older than the counter says.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const db = this.reads ? await this.reads.source() : this.dataSource;
    const key = JSON.stringify(query);
    const kept = this.answers.get(key);
    const keptStamp = this.stamp;
    const { sql, params } = compileSearch(query, this.matchCap);
    // Every change to what answers depend on moves the counter (migration CatalogueChanges1764009400000).
    const [row]: { stamp: string; answer: Row | null }[] = await db.query(
      `WITH stamp AS MATERIALIZED (SELECT version FROM catalogue_changes)
      SELECT s.version::text AS stamp,
             -- An uncorrelated subquery runs only if CASE reaches it.
             CASE WHEN s.version = $${params.length + 1}::bigint THEN NULL ELSE (SELECT row_to_json(a) FROM (${sql}) a) END AS answer
      FROM stamp s`,
      [...params, kept ? keptStamp.toString() : '-1'],
    );
    if (kept && row.answer === null) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const stamp = BigInt(row.stamp);
    if (stamp > this.stamp) {
      this.answers.clear();
      this.stamp = stamp;
    }
    const result = this.resultOf(query, row.answer as Row);
    // Not if a newer counter was seen meanwhile: this answer may predate that change.
    if (stamp === this.stamp) {
      this.answers.set(key, result);
      if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    }
    return result;
  }

  private resultOf(query: SearchQuery, row: Row): SearchResult {
    const facets = emptyFacets();
    for (const { facet, value, count } of row.facets) facets[facet][value] = count;
    return {
      total: row.total,
      capped: row.capped,
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
      // Cells whose documents all moved away (migration SearchCellsCompact1765550100000) go too.
      await manager.query('DELETE FROM search_cells WHERE documents = 0');
      return count;
    });
  }

  async close(): Promise<void> {
    // The data source belongs to the application.
  }
}
