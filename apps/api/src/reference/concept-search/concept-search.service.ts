import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConceptSuggestion } from '../dto/reference-views';
import { ReferenceCache } from '../reference-cache';
import { ConceptIndex, IndexInput, IndexLabel } from './concept-index';
import { everydayNamesByUri, placementPrior } from './protected-placement';
import { CONCEPTS_OF_KIND_SQL, LABELS_OF_KIND_SQL, OCCUPATION_GROUP_LABELS_SQL } from './concept-search.sql';

/** The kinds searched in memory: a few thousand concepts each (skills, ~14k with ~100k labels, stay in SQL). */
export type IndexedKind = 'occupation' | 'isco_group';

/**
 * Occupation and ISCO-group suggestions from an index held in memory (ConceptIndex), built
 * from the reference tables on first use and again after an import (ReferenceCache): a
 * suggestion costs no database round trip.
 */
@Injectable()
export class ConceptSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCache,
  ) {}

  async suggest(kind: IndexedKind, q: string, language: string, limit: number): Promise<ConceptSuggestion[]> {
    const index = await this.cache.pinned(`concept-index|${kind}`, async () => new ConceptIndex(await this.indexInput(kind)));
    return index.search(q, { languages: [...new Set([language, 'en'])], limit }).map((hit) => ({
      uri: hit.concept.uri,
      kind,
      label: hit.label,
      labelLanguage: hit.labelLanguage,
      matchedLabel: hit.matchedLabel,
      match: hit.match,
      code: hit.concept.code,
      iscoGroup: hit.concept.iscoGroup,
      skillType: null,
    }));
  }

  /** What the index of a kind is built from (the benchmark builds variants of it). */
  async indexInput(kind: IndexedKind): Promise<IndexInput> {
    const concepts: { uri: string; code: string | null; isco_group: string | null }[] = await this.dataSource.query(
      CONCEPTS_OF_KIND_SQL,
      [kind],
    );
    const rows: { uri: string; language: string; label: string; label_kind: 'preferred' | 'alternative' }[] = await this.dataSource.query(
      LABELS_OF_KIND_SQL,
      [kind],
    );
    const labels: IndexLabel[] = rows.map((r) => ({ uri: r.uri, language: r.language.trim(), label: r.label, source: r.label_kind }));
    if (kind === 'occupation') {
      const known = new Set(concepts.map((c) => c.uri));
      for (const [uri, names] of everydayNamesByUri()) {
        if (known.has(uri)) labels.push(...names.map((label) => ({ uri, language: 'it', label, source: 'everyday' as const })));
      }
      // An occupation is also found by the labels of its ISCO unit group ("Cuochi", "Addetti all’assistenza personale a domicilio").
      const groups: { uri: string; language: string; label: string }[] = await this.dataSource.query(OCCUPATION_GROUP_LABELS_SQL);
      labels.push(...groups.map((g) => ({ uri: g.uri, language: g.language.trim(), label: g.label, source: 'group' as const })));
    }
    return {
      concepts: concepts.map((c) => ({
        uri: c.uri,
        code: c.code,
        iscoGroup: c.isco_group,
        prior: placementPrior(c.uri, kind === 'occupation' ? c.isco_group : c.code),
      })),
      labels,
    };
  }
}
