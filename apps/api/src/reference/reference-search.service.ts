import { Injectable } from '@nestjs/common';
import type { EscoConceptKind } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import type { LabelMatch } from '@ponte/contracts';
import type { ComuneView, ConceptSuggestion } from './dto/reference-views';
import { ConceptSearchService } from './concept-search/concept-search.service';
import { ReferenceCache } from './reference-cache';
import { closestWords, escapeLike, FUZZY_MIN_LENGTH, sortedLetters, searchPatterns, SearchPatterns, spellings, WORD_SIMILARITY } from './search-text';
import {
  CODE_MATCHES_SQL,
  COMUNI_BY_NAME_SQL,
  comuniMatchingSql,
  DESCRIBE_CONCEPTS_SQL,
  labelInsideSql,
  labelPrefixSql,
  labelTypoSql,
  NORMALIZE_SQL,
  SIMILARITY_THRESHOLD_SQL,
  WORD_CANDIDATES_SQL,
} from './reference-search.sql';

interface Hit {
  uri: string;
  label: string;
  match: LabelMatch;
}

const TIERS: LabelMatch[] = ['exact', 'prefix', 'word', 'contains', 'fuzzy'];
/** Upper bound on label rows read for one suggestion list. */
const MAX_LABEL_ROWS = 5000;

/**
 * Autocomplete over ESCO labels and comuni, in the user's language with English as the
 * fallback, every label (preferred or alternative) counting. Occupations and ISCO groups go
 * through the ranked in-memory search (ConceptSearchService: stems, typos, words in any order,
 * how common in protected placement). Skills and comuni are matched in SQL, accent- and
 * case-insensitive on the generated `normalized` columns: exact, prefix, word-prefix and
 * substring matches first; only when they do not fill the list does a typo search add the rest.
 */
@Injectable()
export class ReferenceSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCache,
    private readonly conceptSearch: ConceptSearchService,
  ) {}

  private async normalize(q: string): Promise<string> {
    const [row] = await this.dataSource.query(NORMALIZE_SQL, [q]);
    return row.n as string;
  }

  /** Suggestions depend on the reference tables only: answered from memory while they are unchanged. */
  concepts(kind: EscoConceptKind, q: string, language: string, limit: number): Promise<ConceptSuggestion[]> {
    return this.cache.get(`concepts|${kind}|${language}|${limit}|${q}`, () => this.findConcepts(kind, q, language, limit));
  }

  private async findConcepts(kind: EscoConceptKind, q: string, language: string, limit: number): Promise<ConceptSuggestion[]> {
    if ((kind === 'occupation' || kind === 'isco_group') && !/^\s*\d[\d.]*\s*$/.test(q)) return this.conceptSearch.suggest(kind, q, language, limit);
    const patterns = searchPatterns(await this.normalize(q));
    if (!patterns.text) return [];
    const languages = [...new Set([language, 'en'])];
    const codes = await this.codeMatches(kind, patterns.text, limit);
    const hits = [...codes, ...(await this.textMatches(kind, patterns, languages, limit))];
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
      CODE_MATCHES_SQL,
      [kind, `${text}%`, limit],
    );
    return rows.map((row) => ({ uri: row.uri, label: row.code, match: row.code === text ? 'exact' : 'prefix' }));
  }

  /**
   * Label matches, best first: whole label, label prefix, then (only when those do not fill the
   * list) word prefixes and substrings. The prefix step is one index range scan on
   * (kind, normalized); each step keeps only the best rows (top-N sort), deduplicated here.
   */
  private async textMatches(kind: EscoConceptKind, p: SearchPatterns, languages: string[], limit: number): Promise<Hit[]> {
    const hits = await this.bestLabels(
      limit,
      labelPrefixSql,
      [p.text, kind, languages, p.prefix, languages[0]],
    );
    // Under three characters trigrams cannot help: label prefixes only.
    if (hits.length >= limit || p.text.length < 3) return hits;
    const inside = await this.bestLabels(
      limit - hits.length,
      (cap) => labelInsideSql(p.contains.length, cap),
      [kind, languages, hits.map((h) => h.uri), p.wordPrefix, languages[0], ...p.contains],
    );
    return [...hits, ...inside];
  }

  /**
   * The first `limit` concepts of a ranked label query. Several labels of one concept may
   * match, so rows are fetched with headroom and deduplicated; more only if that fell short.
   */
  private async bestLabels(limit: number, sql: (cap: number) => string, params: unknown[]): Promise<Hit[]> {
    for (let cap = limit * 5; ; cap *= 5) {
      const rows: { uri: string; label: string; tier: number }[] = await this.dataSource.query(sql(cap), params);
      const best = new Map<string, Hit>();
      for (const row of rows) if (!best.has(row.uri)) best.set(row.uri, { uri: row.uri, label: row.label, match: TIERS[row.tier] });
      if (best.size >= limit || rows.length < cap || cap >= MAX_LABEL_ROWS) return [...best.values()].slice(0, limit);
    }
  }

  /**
   * Labels within about one typo: each query word unknown to the label vocabulary is replaced
   * by its nearest known words (trigram candidates, then edit distance), and labels holding
   * the corrected words are ranked by how few edits that took.
   */
  private async typoMatches(kind: EscoConceptKind, text: string, languages: string[], limit: number, exclude: string[]): Promise<Hit[]> {
    const corrections = await this.dataSource.transaction(async (manager) => {
      await manager.query(SIMILARITY_THRESHOLD_SQL, [String(WORD_SIMILARITY)]);
      return Promise.all(
        text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(async (word) => {
          if (word.length < FUZZY_MIN_LENGTH) return [{ word, edits: 0 }];
          const rows: { word: string }[] = await manager.query(
            WORD_CANDIDATES_SQL,
            [kind, languages, word, sortedLetters(word)],
          );
          return closestWords(word, rows.map((r) => r.word));
        }),
      );
    });
    const hits: Hit[] = [];
    // One alternative per step for the first word that has several; the others keep their best.
    for (const variant of spellings(corrections)) {
      if (hits.length >= limit) break;
      const words = variant.map((w) => `%${escapeLike(w)}%`);
      const found = await this.bestLabels(
        limit - hits.length,
        (cap) => labelTypoSql(words.length, cap),
        [kind, languages, [...exclude, ...hits.map((h) => h.uri)], languages[0], ...words],
      );
      hits.push(...found);
    }
    return hits;
  }

  /** Adds the display label (preferred, in the language, else English, else any) and attributes. */
  private async describe(hits: Hit[], language: string): Promise<ConceptSuggestion[]> {
    if (hits.length === 0) return [];
    const rows: { uri: string; kind: string; label: string; language: string; code: string | null; isco_group: string | null; skill_type: string | null }[] =
      await this.dataSource.query(
        DESCRIBE_CONCEPTS_SQL,
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

  comuni(q: string | undefined, limit: number): Promise<ComuneView[]> {
    return this.cache.get(`comuni|${limit}|${q ?? ''}`, () => this.findComuni(q, limit));
  }

  private async findComuni(q: string | undefined, limit: number): Promise<ComuneView[]> {
    if (!q) return this.dataSource.query(COMUNI_BY_NAME_SQL, [limit]);
    const p = searchPatterns(await this.normalize(q));
    return this.dataSource.query(
      comuniMatchingSql(p.contains.length),
      [p.text, p.prefix, p.wordPrefix, limit, ...p.contains],
    );
  }
}
