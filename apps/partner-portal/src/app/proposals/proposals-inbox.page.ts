import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PROPOSAL_STATES } from '@ponte/domain';
import {
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
} from '@ponte/ui';
import { map } from 'rxjs';
import type { PartnerProposalSummary } from '@ponte/contracts';
import { ProposalsService } from './proposals.service';

/** The candidates proposed to the organisation, newest first; state and target filters live in the URL. */
@Component({
  selector: 'ponte-proposals-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    StatusBadgeComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'proposals.inbox.heading' | t }}</h1>
      <p class="lead">{{ 'proposals.inbox.intro' | t }}</p>
      <div class="row mb-3 align-items-end">
        <div class="col-12 col-md-5 col-lg-4">
          <div class="select-wrapper">
            <label for="proposal-state" class="active">{{ 'proposals.filter.state' | t }}</label>
            <select id="proposal-state" class="form-select" (change)="setState($any($event.target).value)">
              <option value="" [selected]="!query().state">{{ 'proposals.filter.all' | t }}</option>
              @for (s of states; track s) {
                <option [value]="s" [selected]="query().state === s">{{ 'domain.proposalState.' + s | t }}</option>
              }
            </select>
          </div>
        </div>
        @if (query().offerId || query().courseId) {
          <div class="col-12 col-md-7 col-lg-8 mt-3 mt-md-0">
            <a routerLink="/proposals">{{ 'proposals.filter.clearTarget' | t }}</a>
          </div>
        }
      </div>

      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (page(); as current) {
        @if (current.items.length === 0) {
          <ponte-empty-state icon="it-inbox" titleKey="proposals.inbox.emptyTitle" messageKey="proposals.inbox.emptyText" />
        } @else {
          <ul class="list-unstyled mb-4">
            @for (p of current.items; track p.id) {
              <li class="card shadow-sm mb-3">
                <div class="card-body">
                  <div class="d-flex flex-column flex-md-row justify-content-between gap-2">
                    <h2 class="h5 mb-1">
                      <a [routerLink]="p.id">{{ 'proposals.inbox.cardTitle' | t: { code: p.candidateCode } }}</a>
                    </h2>
                    <ponte-status-badge vocabulary="proposalState" [value]="p.state" />
                  </div>
                  <p class="mb-0">
                    {{ (p.kind === 'offer' ? 'proposals.kind.offer' : 'proposals.kind.course') | t }}:
                    <strong>{{ p.target.title }}</strong>
                  </p>
                  <p class="small text-secondary mb-0">
                    {{ 'proposals.inbox.proposedOn' | t: { date: (p.proposedAt | ponteDate) } }} ·
                    {{ 'proposals.inbox.updatedOn' | t: { date: (p.updatedAt | ponteDate) } }}
                  </p>
                </div>
              </li>
            }
          </ul>
          <ponte-pagination [page]="current.page" [pageSize]="current.pageSize" [total]="current.total" (pageChange)="goTo($event)" />
        }
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class ProposalsInboxPage {
  private readonly proposals = inject(ProposalsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly states = PROPOSAL_STATES.filter((s) => s !== 'withdrawn');
  protected readonly page = signal<Page<PartnerProposalSummary> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((q) => ({
        page: Math.max(1, Number(q.get('page')) || 1),
        state: q.get('state'),
        offerId: q.get('offerId'),
        courseId: q.get('courseId'),
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
    this.proposals.list(this.query()).subscribe({
      next: (page) => this.page.set(page),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected setState(state: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { state: state || null, page: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }
}
