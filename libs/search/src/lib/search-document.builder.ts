import type { DataSource } from 'typeorm';
import { SearchDocument, searchDocumentId, SearchKind } from './search-engine';

/**
 * Offers and courses in one shape. Only published ones of vetted organisations are
 * searchable; the rest builds nothing (and the index job removes the document).
 */
const SOURCES = `
  SELECT 'offer' AS kind, o.id, o.version, o.organisation_id, o.status, o.title, o.description,
         array_remove(ARRAY[o.occupation_uri], NULL) AS occupations, o.essential_skills || o.optional_skills AS skills,
         o.comune, o.work_mode, o.contract, o.shifts, o.accommodations, NULL::text AS cost,
         o.start_date, o.deadline, o.published_at
  FROM offers o
  UNION ALL
  SELECT 'course', c.id, c.version, c.organisation_id, c.status, c.title, c.description,
         c.target_occupations, c.skills_taught,
         c.comune, c.work_mode, NULL::text, c.shifts,
         CASE WHEN c.childcare_support THEN ARRAY['childcare']::text[] ELSE '{}'::text[] END, c.cost,
         c.start_date, c.deadline, c.published_at
  FROM courses c`;

const SELECT = `
  SELECT s.kind, s.id::text AS source_id, s.version, s.organisation_id::text AS organisation_id,
         org.kind AS organisation_kind, org.legal_name AS organisation_name, s.title, s.description,
         s.occupations, s.skills, s.comune::text AS comune, cm.name AS comune_name, cm.lat, cm.lon, s.work_mode,
         s.contract, s.shifts, s.accommodations, s.cost, s.start_date::text AS start_date,
         s.deadline::text AS deadline, s.published_at, lab.labels_it, lab.labels_en
  FROM (${SOURCES}) s
  JOIN organisations org ON org.id = s.organisation_id
  LEFT JOIN comuni cm ON cm.istat_code = s.comune
  -- Occupations bring every label and their ISCO group's preferred one; skills their preferred label.
  LEFT JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT x.label ORDER BY x.label) FILTER (WHERE x.language = 'it'), '{}') AS labels_it,
           coalesce(array_agg(DISTINCT x.label ORDER BY x.label) FILTER (WHERE x.language = 'en'), '{}') AS labels_en
    FROM (
      SELECT l.label, l.language FROM esco_labels l
      WHERE l.uri = ANY(s.occupations) AND l.language IN ('it', 'en')
      UNION ALL
      SELECT l.label, l.language FROM esco_labels l
      WHERE l.uri = ANY(s.skills) AND l.label_kind = 'preferred' AND l.language IN ('it', 'en')
      UNION ALL
      -- ARRAY(...) first: the label lookup then stays an index probe whatever the statistics say.
      SELECT l.label, l.language FROM esco_labels l
      WHERE l.label_kind = 'preferred' AND l.language IN ('it', 'en') AND l.uri = ANY(ARRAY(
        SELECT g.uri FROM esco_concepts oc
        JOIN esco_concepts g ON g.kind = 'isco_group' AND g.code = oc.isco_group
        WHERE oc.uri = ANY(s.occupations)))
    ) x
  ) lab ON true
  WHERE s.status = 'published' AND org.status = 'vetted' AND s.published_at IS NOT NULL`;

interface Row {
  kind: SearchKind;
  source_id: string;
  version: number;
  organisation_id: string;
  organisation_kind: string;
  organisation_name: string;
  title: string;
  description: string;
  occupations: string[];
  skills: string[];
  comune: string | null;
  comune_name: string | null;
  lat: number | null;
  lon: number | null;
  work_mode: string;
  contract: string | null;
  shifts: string[];
  accommodations: string[];
  cost: string | null;
  start_date: string | null;
  deadline: string | null;
  published_at: Date;
  labels_it: string[];
  labels_en: string[];
}

function toDocument(row: Row): SearchDocument {
  return {
    id: searchDocumentId(row.kind, row.source_id),
    kind: row.kind,
    sourceId: row.source_id,
    version: row.version,
    organisationId: row.organisation_id,
    organisationKind: row.organisation_kind,
    organisationName: row.organisation_name,
    title: row.title,
    description: row.description,
    labels: { it: row.labels_it, en: row.labels_en },
    occupationUris: row.occupations,
    skillUris: [...new Set(row.skills)],
    comune: row.comune,
    comuneName: row.comune_name,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    workMode: row.work_mode,
    contract: row.contract,
    shifts: row.shifts,
    accommodations: row.accommodations,
    cost: row.cost,
    startDate: row.start_date,
    deadline: row.deadline,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

/** Reads index documents from the system of record at the moment they are indexed. */
export class SearchDocumentBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** The document of one offer or course, or null when it must not be searchable. */
  async build(kind: SearchKind, sourceId: string): Promise<SearchDocument | null> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} AND s.kind = $1 AND s.id = $2::uuid`, [kind, sourceId]);
    return rows[0] ? toDocument(rows[0]) : null;
  }

  /** Ids of every offer and course of an organisation, searchable or not (for its reindex). */
  async sourcesOfOrganisation(organisationId: string): Promise<{ kind: SearchKind; id: string }[]> {
    return this.dataSource.query(
      `SELECT 'offer' AS kind, id::text FROM offers WHERE organisation_id = $1 AND status <> 'draft'
       UNION ALL SELECT 'course', id::text FROM courses WHERE organisation_id = $1 AND status <> 'draft'`,
      [organisationId],
    );
  }

  /** Every searchable document, read in keyset pages so memory stays flat. */
  async *all(batchSize = 1000): AsyncGenerator<SearchDocument> {
    for (const kind of ['offer', 'course'] as const) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: Row[] = await this.dataSource.query(
          `${SELECT} AND s.kind = $1 AND s.id > $2::uuid ORDER BY s.id LIMIT $3`,
          [kind, after, batchSize],
        );
        for (const row of rows) yield toDocument(row);
        if (rows.length < batchSize) break;
        after = rows[rows.length - 1].source_id;
      }
    }
  }
}
