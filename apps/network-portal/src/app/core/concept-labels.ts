import { Injectable, effect, inject, signal } from '@angular/core';
import { ReferenceService, TranslationService } from '@ponte/ui';

/**
 * Labels of ESCO URIs met in explanations, pathways and gaps, fetched in batches and kept in
 * memory for the UI language (fetched again when it changes).
 */
@Injectable({ providedIn: 'root' })
export class ConceptLabels {
  private readonly reference = inject(ReferenceService);
  private readonly i18n = inject(TranslationService);
  private readonly labels = signal<ReadonlyMap<string, string>>(new Map());
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
            for (const [uri, c] of found) next.set(uri, c.label);
            return next;
          }),
        error: () => missing.forEach((u) => this.requested.delete(u)),
      });
    }
  }

  /** The label, or null while unknown (callers show a placeholder). */
  label(uri: string): string | null {
    return this.labels().get(uri) ?? null;
  }
}
