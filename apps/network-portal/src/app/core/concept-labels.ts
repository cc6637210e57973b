import { Injectable, effect, inject, signal } from '@angular/core';
import { ReferenceService, TranslationService, conceptLabelText } from '@ponte/ui';
import type { ConceptLabel } from '@ponte/contracts';

/**
 * Labels of ESCO URIs met in explanations, pathways and gaps, fetched in batches and kept in
 * memory for the UI language (fetched again when it changes).
 */
@Injectable({ providedIn: 'root' })
export class ConceptLabels {
  private readonly reference = inject(ReferenceService);
  private readonly i18n = inject(TranslationService);
  private readonly labels = signal<ReadonlyMap<string, ConceptLabel>>(new Map());
  private readonly requested = new Set<string>();

  constructor() {
    effect(() => {
      this.i18n.language();
      const known = [...this.requested];
      this.requested.clear();
      this.labels.set(new Map());
      this.ensure(known);
    });
  }

  ensure(uris: readonly string[]): void {
    const missing = [...new Set(uris)].filter((u) => u && !this.requested.has(u));
    if (!missing.length) return;
    missing.forEach((u) => this.requested.add(u));
    for (let i = 0; i < missing.length; i += 200) {
      this.reference.conceptLabels(missing.slice(i, i + 200)).subscribe({
        next: (found) =>
          this.labels.update((all) => {
            const next = new Map(all);
            for (const [uri, c] of found) next.set(uri, c);
            return next;
          }),
        error: () => missing.forEach((u) => this.requested.delete(u)),
      });
    }
  }

  /** The label, or null while unknown (callers show a placeholder: ConceptLabelComponent does). */
  label(uri: string): string | null {
    return this.labels().get(uri)?.label ?? null;
  }

  /** The label's language: not the UI's where the API fell back to English. */
  language(uri: string): string | null {
    return this.labels().get(uri)?.labelLanguage ?? null;
  }

  /** As text: the label, «(in inglese)» after it where it is not in the UI language, a placeholder while unknown. */
  text(uri: string): string {
    const found = this.labels().get(uri);
    return conceptLabelText(this.i18n, found?.label, found?.labelLanguage);
  }
}
