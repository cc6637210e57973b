import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient, ComuneSource } from '@ponte/ui';
import type { Comune } from '@ponte/contracts';
import { Observable, map, of, shareReplay, tap } from 'rxjs';

/**
 * The 133 comuni of the metropolitan area with their coordinates, loaded once per session
 * (memory only) for names in lists, the exclusion map and client-side suggestions.
 */
@Injectable({ providedIn: 'root' })
export class ComuniStore {
  private readonly api = inject(ApiClient);
  private readonly list = signal<readonly Comune[]>([]);
  private request: Observable<readonly Comune[]> | null = null;

  readonly all = this.list.asReadonly();
  private readonly byCode = computed(
    () => new Map(this.list().map((c) => [c.istatCode, c])),
  );

  /** Loads the list if it is not in memory yet; answers it. */
  load(): Observable<readonly Comune[]> {
    if (this.list().length) return of(this.list());
    this.request ??= this.api
      .get<{ items: Comune[] }>('/reference/comuni', { query: { limit: 200 } })
      .pipe(
        map((page) => page.items),
        tap((items) => this.list.set(items)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.request;
  }

  get(code: string | null | undefined): Comune | undefined {
    return code ? this.byCode().get(code) : undefined;
  }

  /** The comune's name, or its code while the list is not loaded (or for an unknown code). */
  name(code: string | null | undefined): string {
    if (!code) return '';
    return this.byCode().get(code)?.name ?? code;
  }

  /** A ComuneSource for the comune picker that answers from memory (no request per key). */
  readonly source: ComuneSource = {
    suggest: (text) =>
      this.load().pipe(map((all) => suggest(all, text))),
    get: (code) =>
      this.load().pipe(
        map((all) => all.find((c) => c.istatCode === code) ?? { istatCode: code, name: code }),
      ),
  };
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Name prefix first, then a word prefix, then anywhere; an ISTAT code prefix matches too. */
export function suggest(all: readonly Comune[], text: string, limit = 10): Comune[] {
  const q = fold(text);
  if (!q) return [];
  const rank = (c: Comune): number => {
    const name = fold(c.name);
    if (c.istatCode.startsWith(q)) return 0;
    if (name.startsWith(q)) return 1;
    if (name.split(/[\s'’-]+/).some((w) => w.startsWith(q))) return 2;
    return name.includes(q) ? 3 : -1;
  };
  return all
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.c.name.localeCompare(b.c.name, 'it'))
    .slice(0, limit)
    .map((x) => x.c);
}
