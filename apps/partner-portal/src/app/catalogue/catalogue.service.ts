import { Injectable, inject } from '@angular/core';
import type { PublicationStatus } from '@ponte/domain';
import { ApiClient } from '@ponte/ui';
import type { CatalogueKind, Course, Offer, Page } from '@ponte/contracts';
import { Observable, map } from 'rxjs';

export type CatalogueItem = Offer | Course;

const BASE: Record<CatalogueKind, string> = { offer: '/offers', course: '/courses' };

/** The organisation's offers and courses (`/api/offers`, `/api/courses`): same lifecycle, different fields. */
@Injectable({ providedIn: 'root' })
export class CatalogueService {
  private readonly api = inject(ApiClient);

  list(kind: CatalogueKind, query: { page: number; pageSize?: number; status?: PublicationStatus | null }): Observable<Page<CatalogueItem>> {
    return this.api.get<Page<CatalogueItem>>(BASE[kind], {
      query: { page: query.page, pageSize: query.pageSize ?? 10, status: query.status },
    });
  }

  get(kind: CatalogueKind, id: string): Observable<CatalogueItem> {
    return this.api.get<CatalogueItem>(`${BASE[kind]}/${id}`);
  }

  create(kind: CatalogueKind, body: object): Observable<CatalogueItem> {
    return this.api.post<CatalogueItem>(BASE[kind], body);
  }

  update(kind: CatalogueKind, id: string, body: object): Observable<CatalogueItem> {
    return this.api.patch<CatalogueItem>(`${BASE[kind]}/${id}`, body);
  }

  move(kind: CatalogueKind, id: string, action: 'publish' | 'close' | 'duplicate'): Observable<CatalogueItem> {
    return this.api.post<CatalogueItem>(`${BASE[kind]}/${id}/${action}`);
  }

  /** How many candidates were proposed to it (every state). */
  proposalCount(kind: CatalogueKind, id: string): Observable<number> {
    return this.api
      .get<Page<unknown>>('/partner/proposals', {
        query: { [kind === 'offer' ? 'offerId' : 'courseId']: id, page: 1, pageSize: 1 },
      })
      .pipe(map((page) => page.total));
  }
}
