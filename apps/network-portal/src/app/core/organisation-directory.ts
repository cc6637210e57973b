import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import type { OrganisationDirectoryEntry } from '@ponte/contracts';
import { Observable, map, of, shareReplay, tap } from 'rxjs';

/** An organisation as counsellors know it: from the catalogue, or from the directory (status, identifiers). */
export type OrganisationRef = Pick<OrganisationDirectoryEntry, 'id' | 'name'> &
  Partial<Pick<OrganisationDirectoryEntry, 'status' | 'vatNumber' | 'taxCode'>> & { kind: string };

interface SearchPage {
  items: { organisationId: string; organisationName: string; organisationKind: string }[];
  total: number;
}

/**
 * The organisations that publish offers or courses (vetted ones, from the catalogue search),
 * for the pickers of blocked organisations and scoped consents. Counsellors cannot list
 * organisations otherwise; names seen elsewhere (shortlist, proposals) are remembered too.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationDirectory {
  private readonly api = inject(ApiClient);
  private readonly known = signal<ReadonlyMap<string, OrganisationRef>>(new Map());
  private request: Observable<readonly OrganisationRef[]> | null = null;

  readonly all = computed(() =>
    [...this.known().values()].sort((a, b) => a.name.localeCompare(b.name, 'it')),
  );

  load(): Observable<readonly OrganisationRef[]> {
    if (this.request) return this.request;
    this.request = this.api
      .get<SearchPage>('/search', { query: { pageSize: 100, sort: 'date' } })
      .pipe(
        map((page) =>
          page.items.map((hit) => ({
            id: hit.organisationId,
            name: hit.organisationName,
            kind: hit.organisationKind,
          })),
        ),
        tap((refs) => refs.forEach((r) => this.remember(r))),
        map(() => this.all()),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.request;
  }

  remember(ref: OrganisationRef): void {
    const known = this.known().get(ref.id);
    if (known?.name === ref.name && (known.status || !ref.status)) return;
    this.known.update((all) => new Map(all).set(ref.id, ref));
  }

  name(id: string | null | undefined): string | null {
    return id ? (this.known().get(id)?.name ?? null) : null;
  }

  /**
   * Any pending, vetted or suspended organisation by name or partita IVA / codice fiscale
   * (GET /organisations/directory): to block an employer that has published nothing yet.
   */
  search(text: string): Observable<OrganisationRef[]> {
    const q = text.trim();
    if (q.length < 2) return of([]);
    return this.api
      .get<OrganisationRef[]>('/organisations/directory', { query: { q, limit: 20 } })
      .pipe(tap((refs) => refs.forEach((r) => this.remember(r))));
  }

  /** Learns the names of these organisations (those already blocked), whatever their status. */
  resolve(ids: readonly string[]): void {
    const missing = ids.filter((id) => !this.known().has(id));
    if (!missing.length) return;
    this.api
      .get<OrganisationRef[]>('/organisations/directory', { query: { ids: missing.join(',') } })
      .subscribe({ next: (refs) => refs.forEach((r) => this.remember(r)), error: () => undefined });
  }

  suggest(text: string): Observable<OrganisationRef[]> {
    const q = text.trim().toLowerCase();
    return (this.known().size ? of(this.all()) : this.load()).pipe(
      map((all) => all.filter((o) => o.name.toLowerCase().includes(q)).slice(0, 10)),
    );
  }
}
