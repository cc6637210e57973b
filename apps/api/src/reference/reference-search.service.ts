import { Injectable } from '@nestjs/common';
import type { EscoConceptKind } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import type { ComuneView, ConceptSuggestion, MatchKind } from './dto/reference-views';
import { FUZZY_CANDIDATES, FUZZY_MIN_LENGTH, FUZZY_THRESHOLD, searchPatterns, SearchPatterns, typoDistance } from './search-text';

interface Hit {
  uri: string;
  label: string;
  match: MatchKind;
}

const TIERS: MatchKind[] = ['exact', 'prefix', 'word', 'contains'];

/**
 * Autocomplete over ESCO labels and comuni: accent- and case-insensitive on the generated
 * `normalized` columns, in the user's language with English as the fallback, every label
 * (preferred or alternative) counting. Exact, prefix, word-prefix and substring matches come
 * first; only when they do not fill the list does a trigram typo search add the rest.
 */
@Injectable()
export class ReferenceSearchService {
  constructor(private readonly dataSource: DataSource) {}

  private async normalize(q: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT lower(ponte_unaccent($1)) AS n', [q]);
    return row.n as string;
  }

  async concepts(kind: EscoConceptKind, q: string, language: string, limit: number): Promise<ConceptSuggestion[]> {
    const patterns = searchPatterns(await this.normalize(q));
    if (!patterns.text) return [];
    const languages = [...new Set([language, 'en'])];
    const hits = [...(await this.codeMatches(kind, patterns.text, limit)), ...(await this.textMatches(kind, patterns, languages, limit))];
    const unique = [...new Map(hits.map((hit) => [hit.uri, hit])).values()].slice(0, limit);
    if (unique.length < limit && patterns.text.length >= FUZZY_MIN_LENGTH) {
      unique.push(...(await this.typoMatches(kind, patterns.text, languages, limit - unique.length, unique.map((h) => h.uri))));
    }
    return this.describe(unique, language);
  }

  /** ISCO groups and occupations by their code: "2512", "7212.1". */
  private async codeMatches(kind: EscoConceptKind, text: string, limit: number): Promise<Hit[]> {
    if (!/^\d[\d.]*$/.test(text) || (kind !== 'isco_group' && kind !== 'occupation')) return [];
    const rows: { uri: string; code: string }[] = await this.dataSource.query(
      `SELECT uri, code FROM esco_concepts WHERE kind = $1 AND code LIKE $2 ORDER BY length(code), code LIMIT $3`,
      [kind, `${text}%`, limit],
    );
    return rows.map((row) => ({ uri: row.uri, label: row.code, match: row.code === text ? 'exact' : 'prefix' }));
  }

  /**
   * Label matches, best first: whole label, label prefix, then (only when those do not fill the
   * list) word prefixes and substrings. The first step is one index range scan on
   * (kind, normalized), so common short prefixes stay cheap.
   */
  private async textMatches(kind: EscoConceptKind, p: SearchPatterns, languages: string[], limit: number): Promise<Hit[]> {
    const prefix: { uri: string; label: string; tier: number }[] = await this.dataSource.query(
      `WITH hits AS (
         SELECT DISTINCT ON (uri) uri, label, (normalized <> $1)::int AS tier FROM esco_labels
         WHERE kind = $2 AND language = ANY($3) AND normalized LIKE $4
         ORDER BY uri, normalized <> $1, language = $5 DESC, label_kind = 'preferred' DESC, length(label))
       SELECT uri, label, tier FROM hits ORDER BY tier, length(label), label LIMIT $6`,
      [p.text, kind, languages, p.prefix, languages[0], limit],
    );
    const hits = prefix.map((row) => ({ uri: row.uri, label: row.label, match: TIERS[row.tier] }));
    // Under three characters trigrams cannot help: label prefixes only.
    if (hits.length >= limit || p.text.length < 3) return hits;
    const words = p.contains.map((_, i) => `normalized LIKE $${i + 7}`).join(' AND ');
    const inside: { uri: string; label: string; tier: number }[] = await this.dataSource.query(
      `WITH hits AS (
         SELECT DISTINCT ON (uri) uri, label, CASE WHEN normalized LIKE $4 THEN 2 ELSE 3 END AS tier FROM esco_labels
         WHERE kind = $1 AND language = ANY($2) AND uri <> ALL($3) AND ${words}
         ORDER BY uri, tier, language = $5 DESC, label_kind = 'preferred' DESC, length(label))
       SELECT uri, label, tier FROM hits ORDER BY tier, length(label), label LIMIT $6`,
      [kind, languages, hits.map((h) => h.uri), p.wordPrefix, languages[0], limit - hits.length, ...p.contains],
    );
    return [...hits, ...inside.map((row) => ({ uri: row.uri, label: row.label, match: TIERS[row.tier] }))];
  }

  /**
   * Labels within about one typo: pg_trgm word similarity finds candidates through the trigram
   * index, then edit distance orders them (trigrams alone favour short near-words).
   */
  private async typoMatches(kind: EscoConceptKind, text: string, languages: string[], limit: number, exclude: string[]): Promise<Hit[]> {
    const candidates: { uri: string; label: string; normalized: string; score: number }[] = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(FUZZY_THRESHOLD)]);
      return manager.query(
        `WITH hits AS (
           SELECT DISTINCT ON (uri) uri, label, normalized, word_similarity($1, normalized) AS score FROM esco_labels
           WHERE kind = $2 AND language = ANY($3) AND $1 <% normalized AND uri <> ALL($4)
           ORDER BY uri, score DESC, language = $5 DESC, length(label))
         SELECT uri, label, normalized, score FROM hits ORDER BY score DESC, length(label) LIMIT $6`,
        [text, kind, languages, exclude, languages[0], Math.max(FUZZY_CANDIDATES, limit * 3)],
      );
    });
    return candidates
      .map((c) => ({ ...c, distance: typoDistance(text, c.normalized) }))
      .sort((a, b) => a.distance - b.distance || b.score - a.score || a.label.length - b.label.length)
      .slice(0, limit)
      .map((c) => ({ uri: c.uri, label: c.label, match: 'fuzzy' as const }));
  }

  /** Adds the display label (preferred, in the language, else English, else any) and attributes. */
  private async describe(hits: Hit[], language: string): Promise<ConceptSuggestion[]> {
    if (hits.length === 0) return [];
    const rows: { uri: string; kind: string; label: string; language: string; code: string | null; isco_group: string | null; skill_type: string | null }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (c.uri) c.uri, c.kind, c.code, c.isco_group, c.skill_type, l.label, l.language
         FROM esco_concepts c JOIN esco_labels l ON l.uri = c.uri AND l.label_kind = 'preferred'
         WHERE c.uri = ANY($1)
         ORDER BY c.uri, l.language = $2 DESC, l.language = 'en' DESC, l.language`,
        [hits.map((h) => h.uri), language],
      );
    const byUri = new Map(rows.map((row) => [row.uri, row]));
    return hits.flatMap((hit) => {
      const row = byUri.get(hit.uri);
      if (!row) return [];
      return [
        {
          uri: hit.uri,
          kind: row.kind,
          label: row.label,
          labelLanguage: row.language.trim(),
          matchedLabel: hit.label,
          match: hit.match,
          code: row.code,
          iscoGroup: row.isco_group,
          skillType: row.skill_type,
        },
      ];
    });
  }

  async comuni(q: string | undefined, limit: number): Promise<ComuneView[]> {
    const columns = 'istat_code AS "istatCode", name, lat, lon, population';
    if (!q) return this.dataSource.query(`SELECT ${columns} FROM comuni ORDER BY name LIMIT $1`, [limit]);
    const p = searchPatterns(await this.normalize(q));
    const words = p.contains.map((_, i) => `normalized LIKE $${i + 5}`).join(' AND ');
    return this.dataSource.query(
      `SELECT ${columns} FROM comuni
       WHERE (${words}) OR istat_code LIKE $2 OR (length($1) >= ${FUZZY_MIN_LENGTH} AND word_similarity($1, normalized) >= ${FUZZY_THRESHOLD})
       ORDER BY CASE WHEN normalized = $1 OR istat_code = $1 THEN 0 WHEN normalized LIKE $2 OR istat_code LIKE $2 THEN 1
                     WHEN normalized LIKE $3 THEN 2 WHEN ${words} THEN 3 ELSE 4 END,
                word_similarity($1, normalized) DESC, name
       LIMIT $4`,
      [p.text, p.prefix, p.wordPrefix, limit, ...p.contains],
    );
  }
}
