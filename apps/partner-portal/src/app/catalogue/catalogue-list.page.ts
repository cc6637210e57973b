import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PUBLICATION_STATUSES, type PublicationStatus } from '@ponte/domain';
import {
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
} from '@ponte/ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { OrganisationStatusComponent } from '../core/organisation-status.component';
import { OrganisationStore } from '../core/organisation.store';
import type { CatalogueKind } from '@ponte/contracts';
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
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
    OrganisationStatusComponent,
  ],
  templateUrl: './catalogue-list.page.html',
})
export class CatalogueListPage {
  private readonly catalogue = inject(CatalogueService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(OrganisationStore);
  protected readonly kind: CatalogueKind = this.route.snapshot.data['catalogueKind'];
  protected readonly statuses = PUBLICATION_STATUSES;
  protected readonly page = signal<Page<CatalogueItem> | null>(null);
  protected readonly counts = signal<Record<string, number | null>>({});
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((q) => ({
        page: Math.max(1, Number(q.get('page')) || 1),
        status: (PUBLICATION_STATUSES as readonly string[]).includes(q.get('status') ?? '')
          ? (q.get('status') as PublicationStatus)
          : null,
      })),
    ),
    { requireSync: true },
  );

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    this.problem.set(null);
    this.page.set(null);
    const { page, status } = this.query();
    this.catalogue.list(this.kind, { page, status, pageSize: PAGE_SIZE }).subscribe({
      next: (result) => {
        this.page.set(result);
        this.loadCounts(result.items);
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected setStatus(value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { status: value || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

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
