import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient } from '@ponte/ui';
import type { Network, NetworkMember, Page } from '@ponte/contracts';
import { Observable, map, of, shareReplay, tap } from 'rxjs';

/** The six territorial networks (public names), loaded once per session. */
@Injectable({ providedIn: 'root' })
export class NetworksStore {
  private readonly api = inject(ApiClient);
  private readonly list = signal<readonly Network[]>([]);
  private request: Observable<readonly Network[]> | null = null;
  readonly all = this.list.asReadonly();
  private readonly byId = computed(() => new Map(this.list().map((n) => [n.id, n])));

  load(force = false): Observable<readonly Network[]> {
    if (!force && this.list().length) return of(this.list());
    if (force) this.request = null;
    this.request ??= this.api
      .get<Page<Network>>('/networks', { query: { pageSize: 100 } })
      .pipe(
        map((page) => page.items),
        tap((items) => this.list.set(items)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.request;
  }

  name(id: string | null | undefined): string {
    if (!id) return '';
    return this.byId().get(id)?.name ?? id;
  }

  /** Active staff of a network (counsellors see only their own networks'). */
  members(networkId: string): Observable<NetworkMember[]> {
    return this.api.get<NetworkMember[]>(`/networks/${networkId}/members`);
  }
}
