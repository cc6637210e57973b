import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  isProposalKind,
  isProposalState,
} from '@ponte/domain';
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
import type { CounsellorProposalSummary } from '@ponte/contracts';
import { ProposalsService } from './proposals.service';

const PAGE_SIZE = 20;

/** The proposals of the counsellor's networks, newest first, by state and kind. */
@Component({
  selector: 'ponte-proposal-list-page',
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
      <h1>{{ 'proposals.list.heading' | t }}</h1>
      <p class="lead">{{ 'proposals.list.intro' | t }}</p>
      <div class="row g-3 mb-4">
        <div class="col-12 col-md-5 col-lg-4">
          <div class="select-wrapper">
            <label for="pr-state" class="active">{{ 'proposals.filter.state' | t }}</label>
            <select id="pr-state" class="form-select" (change)="set('state', $any($event.target).value)">
              <option value="">{{ 'proposals.filter.any' | t }}</option>
              @for (s of states; track s) {
                <option [value]="s" [selected]="query().state === s">{{ 'domain.proposalState.' + s | t }}</option>
              }
            </select>
          </div>
        </div>
        <div class="col-12 col-md-5 col-lg-4">
          <div class="select-wrapper">
            <label for="pr-kind" class="active">{{ 'proposals.filter.kind' | t }}</label>
            <select id="pr-kind" class="form-select" (change)="set('kind', $any($event.target).value)">
              <option value="">{{ 'proposals.filter.any' | t }}</option>
              @for (k of kinds; track k) {
                <option [value]="k" [selected]="query().kind === k">{{ 'vocab.kind.' + k | t }}</option>
              }
            </select>
          </div>
        </div>
      </div>
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (page(); as current) {
        @if (current.items.length === 0) {
          <ponte-empty-state icon="it-card" titleKey="proposals.list.empty" messageKey="proposals.list.emptyText" />
        } @else {
          <div class="table-responsive mb-4">
            <table class="table ponte-table">
              <caption class="visually-hidden">{{ 'proposals.list.heading' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'proposals.col.target' | t }}</th>
                  <th scope="col">{{ 'proposals.col.code' | t }}</th>
                  <th scope="col">{{ 'proposals.col.state' | t }}</th>
                  <th scope="col">{{ 'proposals.col.updated' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of current.items; track p.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="p.id">{{ p.target.title }}</a>
                      <div class="small text-secondary">{{ p.target.organisationName }} · {{ 'vocab.kind.' + p.kind | t }}</div>
                    </th>
                    <td><a class="ponte-code" [routerLink]="['/profiles', p.profileId]">{{ p.pseudonymCode }}</a></td>
                    <td><ponte-status-badge vocabulary="proposalState" [value]="p.state" /></td>
                    <td>{{ p.updatedAt | ponteDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (current.total > current.pageSize) {
<ponte-pagination [page]="current.page" [pageSize]="current.pageSize" [total]="current.total" (pageChange)="set('page', $event)" />
}
        }
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class ProposalListPage {
  private readonly proposals = inject(ProposalsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly states = PROPOSAL_STATES;
  protected readonly kinds = PROPOSAL_KINDS;
  protected readonly page = signal<Page<CounsellorProposalSummary> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => {
    const q = this.params();
    const state = q.get('state') ?? '';
    const kind = q.get('kind') ?? '';
    return {
      page: Math.max(1, Number(q.get('page')) || 1),
      pageSize: PAGE_SIZE,
      state: isProposalState(state) ? state : undefined,
      kind: isProposalKind(kind) ? kind : undefined,
      profileId: q.get('profileId') ?? undefined,
    };
  });

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

  protected set(name: 'state' | 'kind' | 'page', value: string | number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [name]: value || null, ...(name === 'page' ? {} : { page: null }) },
      queryParamsHandling: 'merge',
    });
  }
}
