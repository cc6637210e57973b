import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import type { RecomputationView } from '@ponte/domain';
import { ApiClient, ApiProblem, ErrorStateComponent, PonteDatePipe, TranslatePipe, TranslationService } from '@ponte/ui';

/** While one runs, the list is read again this often (ms). */
export const RECOMPUTATION_POLL_MS = 3000;
const RUNNING: ReadonlySet<RecomputationView['state']> = new Set(['queued', 'running', 'finishing']);

/** Seconds as "1 h 05 min", "4 min 10 s" or "35 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

/**
 * Recomputations of matches on the coordinator's jobs page (GET /api/jobs/recomputations): start
 * one, and follow each: parts done of the total, profiles per second, time left, processes at
 * work. Read again every few seconds while one runs.
 */
@Component({
  selector: 'ponte-recomputations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PonteDatePipe, ErrorStateComponent],
  template: `
    <section class="mb-5" aria-labelledby="recompute-heading">
      <h2 id="recompute-heading" class="h3">{{ 'recompute.heading' | t }}</h2>
      <p>{{ 'recompute.intro' | t }}</p>
      <button type="button" class="btn btn-primary mb-3" [disabled]="starting()" (click)="start()">
        {{ (confirming() ? 'recompute.startConfirm' : 'recompute.start') | t }}
      </button>
      @if (message(); as m) {
        <div class="alert alert-success" role="status">{{ m | t }}</div>
      }
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      }
      @if (items(); as list) {
        @if (list.length === 0) {
          <p class="text-secondary">{{ 'recompute.none' | t }}</p>
        } @else {
          <div class="table-responsive">
            <table class="table ponte-table">
              <caption class="visually-hidden">{{ 'recompute.heading' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'recompute.col.scope' | t }}</th>
                  <th scope="col">{{ 'recompute.col.state' | t }}</th>
                  <th scope="col">{{ 'recompute.col.progress' | t }}</th>
                  <th scope="col">{{ 'recompute.col.rate' | t }}</th>
                  <th scope="col">{{ 'recompute.col.requestedAt' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (r of list; track r.id) {
                  <tr>
                    <th scope="row">
                      {{ ('recompute.scope.' + r.scope.kind) | t }}
                      <div class="small text-secondary ponte-mono">{{ r.id }}</div>
                    </th>
                    <td>{{ ('recompute.state.' + r.state) | t }}</td>
                    <td>
                      <div
                        class="progress"
                        role="progressbar"
                        [attr.aria-label]="'recompute.progressLabel' | t"
                        aria-valuemin="0"
                        [attr.aria-valuemax]="r.partitions.total"
                        [attr.aria-valuenow]="r.partitions.done"
                      >
                        <div class="progress-bar" [style.width.%]="percent(r)"></div>
                      </div>
                      <div class="small mt-1">
                        {{ 'recompute.partitions' | t: { done: r.partitions.done, total: r.partitions.total } }} ·
                        {{ 'recompute.profiles' | t: { done: number(r.profiles.done), total: number(r.profiles.total), count: r.profiles.done } }}
                      </div>
                      @if (r.partitions.failed > 0) {
                        <div class="small text-danger">{{ 'recompute.partitionsFailed' | t: { failed: r.partitions.failed } }}</div>
                      }
                    </td>
                    <td class="small">
                      @if (r.profilesPerSecond !== null) {
                        <div>{{ 'recompute.rate' | t: { rate: number(r.profilesPerSecond) } }}</div>
                      }
                      @if (running(r) && r.etaSeconds !== null) {
                        <div>{{ 'recompute.eta' | t: { eta: duration(r.etaSeconds) } }}</div>
                      }
                      @if (r.workers > 0) {
                        <div class="text-secondary">{{ 'recompute.workers' | t: { workers: r.workers } }}</div>
                      }
                    </td>
                    <td>{{ r.requestedAt | ponteDate: 'dateTime' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
})
export class RecomputationsComponent {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(TranslationService);
  protected readonly items = signal<RecomputationView[] | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly confirming = signal(false);
  protected readonly starting = signal(false);
  protected readonly duration = duration;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    this.load();
  }

  load(): void {
    clearTimeout(this.timer);
    this.api.get<{ items: RecomputationView[] }>('/jobs/recomputations').subscribe({
      next: ({ items }) => {
        this.problem.set(null);
        this.items.set(items);
        if (items.some((r) => this.running(r))) this.timer = setTimeout(() => this.load(), RECOMPUTATION_POLL_MS);
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  /** A full recomputation is heavy: it takes a second click. */
  protected start(): void {
    if (!this.confirming()) {
      this.confirming.set(true);
      return;
    }
    this.confirming.set(false);
    this.starting.set(true);
    this.message.set(null);
    this.api.post<RecomputationView>('/jobs/recomputations', {}).subscribe({
      next: () => {
        this.starting.set(false);
        this.message.set('recompute.started');
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.starting.set(false);
        this.problem.set(problem);
      },
    });
  }

  protected running(r: RecomputationView): boolean {
    return RUNNING.has(r.state);
  }

  protected percent(r: RecomputationView): number {
    return r.partitions.total ? Math.round((100 * r.partitions.done) / r.partitions.total) : 0;
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale()).format(value);
  }
}
