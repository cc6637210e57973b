import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PROPOSAL_STATES } from '@ponte/domain';
import {
  FilterSelectComponent,
  ListItemsDirective,
  ListResultsComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  filterOptions,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
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
    FilterSelectComponent,
    ListResultsComponent,
    ListItemsDirective,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'proposals.inbox.heading' | t }}</h1>
      <p class="lead">{{ 'proposals.inbox.intro' | t }}</p>
      <div class="row mb-3 align-items-end">
        <div class="col-12 col-md-5 col-lg-4">
          <ponte-filter-select [list]="list" param="state" inputId="proposal-state" labelKey="proposals.filter.state"
                               anyKey="proposals.filter.all" [options]="states" />
        </div>
        @if (list.query().offerId || list.query().courseId) {
          <div class="col-12 col-md-7 col-lg-8 mt-3 mt-md-0">
            <a routerLink="/proposals">{{ 'proposals.filter.clearTarget' | t }}</a>
          </div>
        }
      </div>

      <ponte-list-results [list]="list" countKey="proposals.inbox.count" emptyIcon="it-inbox"
                          emptyTitleKey="proposals.inbox.emptyTitle" emptyMessageKey="proposals.inbox.emptyText">
        <ng-template [ponteListItems]="list" let-items>
          <ul class="list-unstyled mb-4">
            @for (p of items; track p.id) {
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
        </ng-template>
      </ponte-list-results>
    </div>
  `,
})
export class ProposalsInboxPage {
  private readonly proposals = inject(ProposalsService);
  protected readonly states = filterOptions(
    PROPOSAL_STATES.filter((s) => s !== 'withdrawn'),
    'domain.proposalState.',
  );
  protected readonly list = listStore({
    query: (q) => ({
      page: pageNumberFrom(q),
      state: q.get('state'),
      offerId: q.get('offerId'),
      courseId: q.get('courseId'),
    }),
    fetch: (query) => this.proposals.list(query),
    filterNames: ['state', 'offerId', 'courseId'],
  });
}
