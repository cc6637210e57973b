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
import { RecomputationsComponent } from './recomputations.component';

/** A background job that failed after its retries (BullMQ failed set), as GET /api/jobs/failed lists it. */
export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  attempts: number;
  maxAttempts: number;
  /** A kind of failure and the ids it named, never the original text. */
  failedReason: string;
  reasonDigest: string;
  data: Record<string, string | number | boolean | null>;
  createdAt: string;
  processedAt: string | null;
  failedAt: string | null;
}

/** QUEUES of @ponte/jobs (the API validates the filter). */
export const JOB_QUEUES = [
  'matching',
  'search-index',
  'notifications',
  'catalogue',
  'retention',
  'follow-up',
  'proposals',
  'maintenance',
  'match-recompute',
] as const;

/**
 * The coordinator's jobs page: recomputations of matches (RecomputationsComponent), then failed
 * background jobs (matching, mail, indexing…) with why they failed; a coordinator retries one once
 * the cause is fixed. Jobs are idempotent, so a retry never doubles an effect.
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
    RecomputationsComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'jobs.title' | t }}</h1>
      <ponte-recomputations />
      <h2 class="h3">{{ 'jobs.heading' | t }}</h2>
      <p class="lead">{{ 'jobs.intro' | t }}</p>
      <div class="select-wrapper ponte-max-w-md mb-4">
        <label for="jobs-queue" class="active">{{ 'jobs.queue' | t }}</label>
        <select id="jobs-queue" class="form-select" (change)="setQueue($any($event.target).value)">
          <option value="">{{ 'jobs.allQueues' | t }}</option>
          @for (q of queues; track q) {
            <option [value]="q" [selected]="params().get('queue') === q">{{ q }}</option>
          }
        </select>
      </div>
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
                    <td>{{ 'jobs.attempts' | t: { made: j.attempts, max: j.maxAttempts } }}</td>
                    <td class="small ponte-mono">
                      {{ j.failedReason }}
                      @if (dataText(j); as data) { <div class="text-secondary">{{ data }}</div> }
                    </td>
                    <td class="text-end">
                      <div class="d-flex flex-column align-items-end gap-1">
                        <button type="button" class="btn btn-outline-primary btn-sm" [disabled]="retrying() === j.queue + ':' + j.id" (click)="retry(j)">
                          <ponte-icon name="it-refresh" size="sm" color="primary" />
                          <span>{{ 'jobs.retry' | t }}<span class="visually-hidden">: {{ j.name }} {{ j.id }}</span></span>
                        </button>
                        <button type="button" class="btn btn-link btn-sm p-0" [disabled]="retrying() === j.queue + ':' + j.id" (click)="discard(j)">
                          {{ (confirmDiscard() === j.queue + ':' + j.id ? 'jobs.discardConfirm' : 'jobs.discard') | t }}<span class="visually-hidden">: {{ j.name }} {{ j.id }}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (current.total > current.pageSize) {
<ponte-pagination [page]="current.page" [pageSize]="current.pageSize" [total]="current.total" (pageChange)="goTo($event)" />
}
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
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly queues = JOB_QUEUES;
  protected readonly confirmDiscard = signal<string | null>(null);
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
        query: {
          page: Math.max(1, Number(this.params().get('page')) || 1),
          pageSize: 20,
          queue: this.params().get('queue') ?? undefined,
        },
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

  /** Discarding needs a second click: the job is gone for good. */
  protected discard(job: FailedJob): void {
    const key = `${job.queue}:${job.id}`;
    if (this.confirmDiscard() !== key) {
      this.confirmDiscard.set(key);
      return;
    }
    this.retrying.set(key);
    this.api.delete(`/jobs/failed/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}`).subscribe({
      next: () => {
        this.retrying.set(null);
        this.confirmDiscard.set(null);
        this.message.set('jobs.discarded');
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.retrying.set(null);
        this.problem.set(problem);
      },
    });
  }

  protected dataText(job: FailedJob): string {
    return Object.entries(job.data ?? {})
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · ');
  }

  protected setQueue(queue: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { queue: queue || null, page: null } });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }
}
