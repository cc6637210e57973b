import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ORGANISATION_KINDS, ORGANISATION_STATUSES } from '@ponte/domain';
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
import { ComuniStore } from '../core/comuni.store';
import type { OrganisationSummary, VettingQueueItem } from '@ponte/contracts';
import { VettingService } from './vetting.service';

/** The organisations awaiting vetting (oldest first) with their checks; and every organisation. */
@Component({
  selector: 'ponte-vetting-queue-page',
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
  ],
  templateUrl: './vetting-queue.page.html',
})
export class VettingQueuePage implements OnInit {
  private readonly vetting = inject(VettingService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly comuni = inject(ComuniStore);
  protected readonly statuses = ORGANISATION_STATUSES;
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly view = computed(() => (this.params().get('view') === 'all' ? 'all' : 'queue'));
  protected readonly queue = signal<Page<VettingQueueItem> | null>(null);
  protected readonly all = signal<Page<OrganisationSummary> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
  }

  protected load(): void {
    const q = this.params();
    const page = Math.max(1, Number(q.get('page')) || 1);
    this.problem.set(null);
    if (this.view() === 'queue') {
      this.queue.set(null);
      this.vetting.queue(page).subscribe({
        next: (p) => this.queue.set(p),
        error: (problem: ApiProblem) => this.problem.set(problem),
      });
    } else {
      this.all.set(null);
      this.vetting
        .organisations({
          page,
          pageSize: 20,
          status: q.get('status') ?? undefined,
          kind: q.get('kind') ?? undefined,
          q: q.get('q') ?? undefined,
        })
        .subscribe({
          next: (p) => this.all.set(p),
          error: (problem: ApiProblem) => this.problem.set(problem),
        });
    }
  }

  protected passed(o: VettingQueueItem): number {
    return o.checkDetails.filter((r) => r.passed).length;
  }


  protected set(params: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: null, ...params },
      queryParamsHandling: 'merge',
    });
  }

  protected search(text: string): void {
    this.set({ q: text.trim() || null });
  }
}
