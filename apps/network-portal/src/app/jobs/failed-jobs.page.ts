import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  ApiClient,
  ApiProblem,
  ErrorStateComponent,
  FilterSelectComponent,
  IconComponent,
  ListColumn,
  ListResultsComponent,
  ListRowDirective,
  PonteDatePipe,
  TranslatePipe,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import type { FailedJob, Page } from '@ponte/contracts';
import { RecomputationsComponent } from './recomputations.component';

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
    ErrorStateComponent,
    FilterSelectComponent,
    ListResultsComponent,
    ListRowDirective,
    RecomputationsComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'jobs.title' | t }}</h1>
      <ponte-recomputations />
      <h2 class="h3">{{ 'jobs.heading' | t }}</h2>
      <p class="lead">{{ 'jobs.intro' | t }}</p>
      <div class="ponte-max-w-md mb-4">
        <ponte-filter-select [list]="list" param="queue" inputId="jobs-queue" labelKey="jobs.queue" anyKey="jobs.allQueues"
                             [options]="queues" />
      </div>
      @if (message(); as m) {
        <div class="alert alert-success" role="status">{{ m | t }}</div>
      }
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" [retryable]="false" />
      }
      <ponte-list-results [list]="list" countKey="jobs.count" captionKey="jobs.heading" [columns]="columns" [trackBy]="key"
                          emptyIcon="it-check-circle" emptyTitleKey="jobs.empty" emptyMessageKey="jobs.emptyText">
        <ng-template [ponteListRow]="list" let-j>
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
              <button type="button" class="btn btn-outline-primary btn-sm" [disabled]="retrying() === key(j)" (click)="retry(j)">
                <ponte-icon name="it-refresh" size="sm" color="primary" />
                <span>{{ 'jobs.retry' | t }}<span class="visually-hidden">: {{ j.name }} {{ j.id }}</span></span>
              </button>
              <button type="button" class="btn btn-link btn-sm p-0" [disabled]="retrying() === key(j)" (click)="discard(j)">
                {{ (confirmDiscard() === key(j) ? 'jobs.discardConfirm' : 'jobs.discard') | t }}<span class="visually-hidden">: {{ j.name }} {{ j.id }}</span>
              </button>
            </div>
          </td>
        </ng-template>
      </ponte-list-results>
    </div>
  `,
})
export class FailedJobsPage {
  private readonly api = inject(ApiClient);
  protected readonly queues = JOB_QUEUES.map((q) => ({ value: q, label: q }));
  protected readonly columns: ListColumn[] = [
    'jobs.col.job',
    'jobs.col.failedAt',
    'jobs.col.attempts',
    'jobs.col.reason',
    { key: 'jobs.col.actions', hidden: true },
  ];
  protected readonly list = listStore({
    query: (q) => ({ page: pageNumberFrom(q), pageSize: 20, queue: q.get('queue') ?? undefined }),
    fetch: (query) => this.api.get<Page<FailedJob>>('/jobs/failed', { query }),
    filterNames: ['queue'],
  });
  protected readonly confirmDiscard = signal<string | null>(null);
  /** A retry or discard that failed (the list stays on screen). */
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly retrying = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);

  protected readonly key = (job: FailedJob): string => `${job.queue}:${job.id}`;

  protected retry(job: FailedJob): void {
    const key = this.key(job);
    this.retrying.set(key);
    this.message.set(null);
    this.problem.set(null);
    this.api
      .post<void>(`/jobs/failed/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}/retry`)
      .subscribe({
        next: () => {
          this.retrying.set(null);
          this.message.set('jobs.retried');
          this.list.load({ quiet: true });
        },
        error: (problem: ApiProblem) => {
          this.retrying.set(null);
          this.problem.set(problem);
        },
      });
  }

  /** Discarding needs a second click: the job is gone for good. */
  protected discard(job: FailedJob): void {
    const key = this.key(job);
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
        this.list.load({ quiet: true });
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
}
