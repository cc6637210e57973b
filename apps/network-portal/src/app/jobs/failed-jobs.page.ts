import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  ApiClient,
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  PonteDatePipe,
  TranslatePipe,
} from '@ponte/ui';

/** A background job that failed after its retries (BullMQ failed set), as GET /api/jobs/failed lists it. */
export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  failedReason: string | null;
  attemptsMade: number;
  failedAt: string | null;
  createdAt?: string | null;
}

/**
 * Failed background jobs (matching, mail, indexing…) with why they failed; a coordinator
 * retries one once the cause is fixed. Jobs are idempotent, so a retry never doubles an effect.
 */
@Component({
  selector: 'ponte-failed-jobs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'jobs.heading' | t }}</h1>
      <p class="lead">{{ 'jobs.intro' | t }}</p>
      @if (message(); as m) {
        <div class="alert alert-success" role="status">{{ m | t }}</div>
      }
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (page(); as current) {
        @if (current.items.length === 0) {
          <ponte-empty-state icon="it-check-circle" titleKey="jobs.empty" messageKey="jobs.emptyText" />
        } @else {
          <div class="table-responsive mb-4">
            <table class="table ponte-table">
              <caption class="visually-hidden">{{ 'jobs.heading' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'jobs.col.job' | t }}</th>
                  <th scope="col">{{ 'jobs.col.failedAt' | t }}</th>
                  <th scope="col">{{ 'jobs.col.attempts' | t }}</th>
                  <th scope="col">{{ 'jobs.col.reason' | t }}</th>
                  <th scope="col"><span class="visually-hidden">{{ 'jobs.col.actions' | t }}</span></th>
                </tr>
              </thead>
              <tbody>
                @for (j of current.items; track j.queue + ':' + j.id) {
                  <tr>
                    <th scope="row">
                      <span class="ponte-mono">{{ j.queue }}</span> · {{ j.name }}
                      <div class="small text-secondary ponte-mono">{{ j.id }}</div>
                    </th>
                    <td>{{ j.failedAt ? (j.failedAt | ponteDate: 'dateTime') : '—' }}</td>
                    <td>{{ j.attemptsMade }}</td>
                    <td class="small ponte-mono">{{ j.failedReason ?? '—' }}</td>
                    <td class="text-end">
                      <button type="button" class="btn btn-outline-primary btn-sm" [disabled]="retrying() === j.queue + ':' + j.id" (click)="retry(j)">
                        <ponte-icon name="it-refresh" size="sm" color="primary" />
                        <span>{{ 'jobs.retry' | t }}<span class="visually-hidden">: {{ j.name }} {{ j.id }}</span></span>
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <ponte-pagination [page]="current.page" [pageSize]="current.pageSize" [total]="current.total" (pageChange)="goTo($event)" />
        }
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class FailedJobsPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly page = signal<Page<FailedJob> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly retrying = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    this.problem.set(null);
    this.api
      .get<Page<FailedJob>>('/jobs/failed', {
        query: { page: Math.max(1, Number(this.params().get('page')) || 1), pageSize: 20 },
      })
      .subscribe({
        next: (p) => this.page.set(p),
        error: (problem: ApiProblem) => this.problem.set(problem),
      });
  }

  protected retry(job: FailedJob): void {
    const key = `${job.queue}:${job.id}`;
    this.retrying.set(key);
    this.message.set(null);
    this.api
      .post<void>(`/jobs/failed/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}/retry`)
      .subscribe({
        next: () => {
          this.retrying.set(null);
          this.message.set('jobs.retried');
          this.load();
        },
        error: (problem: ApiProblem) => {
          this.retrying.set(null);
          this.problem.set(problem);
        },
      });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }
}
