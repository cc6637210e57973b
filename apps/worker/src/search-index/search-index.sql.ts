import type { CatalogueKind } from '@ponte/jobs';

// The index sync's statements. Raw SQL for a transaction-scoped advisory lock per document, an
// upsert of what the index holds, and the sweep's comparison of every listing with it.

const TABLE: Record<CatalogueKind, string> = { offer: 'offers', course: 'courses' };

/** One writer per document `$1` until commit. */
export const LOCK_DOCUMENT_SQL = 'SELECT pg_advisory_xact_lock(hashtext($1))';

/** Listing `$1`'s version, per kind. */
export const LISTING_VERSION_SQL: Record<CatalogueKind, string> = {
  offer: `SELECT version FROM ${TABLE.offer} WHERE id = $1`,
  course: `SELECT version FROM ${TABLE.course} WHERE id = $1`,
};

/** What the index now holds for document `$1` (kind `$2`, listing `$3`): version `$4`, searchable `$5`. */
export const RECORD_INDEXED_SQL = `INSERT INTO search_index_state (document_id, kind, source_id, version, searchable) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (document_id) DO UPDATE SET version = EXCLUDED.version, searchable = EXCLUDED.searchable, synced_at = now()`;

/** Listings whose version or searchability differs from what was last indexed (searchable as SearchDocumentBuilder decides it); at most `$1`. */
export const STALE_DOCUMENTS_SQL = `WITH source AS (
         SELECT 'offer' AS kind, o.id, o.version, (o.status = 'published' AND o.published_at IS NOT NULL AND org.status = 'vetted') AS searchable
         FROM offers o JOIN organisations org ON org.id = o.organisation_id WHERE o.status <> 'draft'
         UNION ALL
         SELECT 'course', c.id, c.version, (c.status = 'published' AND c.published_at IS NOT NULL AND org.status = 'vetted')
         FROM courses c JOIN organisations org ON org.id = c.organisation_id WHERE c.status <> 'draft')
       SELECT s.kind, s.id FROM source s
       LEFT JOIN search_index_state st ON st.document_id = s.kind || '-' || s.id
       WHERE (st.document_id IS NULL AND s.searchable) OR st.version <> s.version OR st.searchable <> s.searchable
       LIMIT $1`;
