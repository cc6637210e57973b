import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PUBLICATION_STATUSES, type PublicationStatus } from '@ponte/domain';
import {
  FilterSelectComponent,
  IconComponent,
  ListItemsDirective,
  ListResultsComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  filterOptions,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { OrganisationStatusComponent } from '../core/organisation-status.component';
import { OrganisationStore } from '../core/organisation.store';
import { CatalogueKind } from '../core/partner.models';
import { CatalogueItem, CatalogueService } from './catalogue.service';

const PAGE_SIZE = 10;

/** The organisation's offers or courses (route data `catalogueKind`), filtered by status, paginated in the URL. */
@Component({
  selector: 'ponte-catalogue-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    StatusBadgeComponent,
    FilterSelectComponent,
    ListResultsComponent,
    ListItemsDirective,
    OrganisationStatusComponent,
  ],
  templateUrl: './catalogue-list.page.html',
})
export class CatalogueListPage {
  private readonly catalogue = inject(CatalogueService);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(OrganisationStore);
  protected readonly kind: CatalogueKind = this.route.snapshot.data['catalogueKind'];
  protected readonly statuses = filterOptions(PUBLICATION_STATUSES, 'domain.publication.');
  protected readonly counts = signal<Record<string, number | null>>({});
  protected readonly list = listStore({
    query: (q) => ({
      page: pageNumberFrom(q),
      pageSize: PAGE_SIZE,
      status: (PUBLICATION_STATUSES as readonly string[]).includes(q.get('status') ?? '')
        ? (q.get('status') as PublicationStatus)
        : null,
    }),
    fetch: (query) => this.catalogue.list(this.kind, query),
    filterNames: ['status'],
    loaded: (page) => this.loadCounts(page.items),
  });

  protected t(key: string): string {
    return `catalogue.${this.kind}.${key}`;
  }

  /** Proposal counts per row; a failed count shows a dash, never blocks the list. */
  private loadCounts(items: CatalogueItem[]): void {
    this.counts.set({});
    if (!items.length) return;
    forkJoin(
      items.map((item) =>
        this.catalogue.proposalCount(this.kind, item.id).pipe(
          map((count) => [item.id, count] as const),
          catchError(() => of([item.id, null] as const)),
        ),
      ),
    ).subscribe((pairs) => this.counts.set(Object.fromEntries(pairs)));
  }
}
