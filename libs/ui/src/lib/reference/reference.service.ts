import { Injectable, inject } from '@angular/core';
import { Observable, map, of } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { TranslationService } from '../i18n/translation.service';
import type { Comune, ConceptDetail, ConceptLabel, ConceptSuggestion } from '@ponte/contracts';

export type ConceptKind = 'skill' | 'occupation';

const PATHS: Record<ConceptKind, string> = {
  skill: '/reference/skills',
  occupation: '/reference/occupations',
};

/**
 * ESCO and comuni reference data for pickers and read-only views. Labels follow the UI
 * language (`lang`); the API falls back to English where a concept has no label in it.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceService {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(TranslationService);

  suggestConcepts(
    kind: ConceptKind,
    q: string,
    limit = 10,
  ): Observable<ConceptSuggestion[]> {
    return this.api
      .get<{
        items: ConceptSuggestion[];
      }>(PATHS[kind], { query: { q, limit, lang: this.i18n.language() } })
      .pipe(map((page) => page.items));
  }

  /** Labels of stored URIs, keyed by URI (unknown URIs are simply absent). */
  conceptLabels(uris: readonly string[]): Observable<Map<string, ConceptLabel>> {
    const unique = [...new Set(uris.filter(Boolean))];
    if (unique.length === 0) return of(new Map());
    return this.api
      .post<{ items: ConceptLabel[] }>('/reference/concepts/lookup', {
        uris: unique,
        lang: this.i18n.language(),
      })
      .pipe(map(({ items }) => new Map(items.map((c) => [c.uri, c]))));
  }

  /** The essential and optional skills ESCO lists for an occupation. */
  occupationSkills(uri: string): Observable<ConceptDetail> {
    const id = uri.split('/').pop() ?? '';
    return this.api.get<ConceptDetail>(`/reference/occupations/${encodeURIComponent(id)}`, {
      query: { lang: this.i18n.language() },
    });
  }

  suggestComuni(q: string, limit = 10): Observable<Comune[]> {
    return this.api
      .get<{ items: Comune[] }>('/reference/comuni', { query: { q, limit } })
      .pipe(map((page) => page.items));
  }

  comune(istatCode: string): Observable<Comune> {
    return this.api.get<Comune>(
      `/reference/comuni/${encodeURIComponent(istatCode)}`,
    );
  }
}
