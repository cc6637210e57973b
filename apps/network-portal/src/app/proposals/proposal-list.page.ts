import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  isProposalKind,
  isProposalState,
} from '@ponte/domain';
import {
  FilterSelectComponent,
  ListResultsComponent,
  ListRowDirective,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  filterOptions,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
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
    FilterSelectComponent,
    ListResultsComponent,
    ListRowDirective,
  ],
  template: `
    <div class="container my-5">
      <h1>{{ 'proposals.list.heading' | t }}</h1>
      <p class="lead">{{ 'proposals.list.intro' | t }}</p>
      <div class="row g-3 mb-4">
        <div class="col-12 col-md-5 col-lg-4">
          <ponte-filter-select [list]="list" param="state" inputId="pr-state" labelKey="proposals.filter.state"
                               anyKey="proposals.filter.any" [options]="states" />
        </div>
        <div class="col-12 col-md-5 col-lg-4">
          <ponte-filter-select [list]="list" param="kind" inputId="pr-kind" labelKey="proposals.filter.kind"
                               anyKey="proposals.filter.any" [options]="kinds" />
        </div>
      </div>
      <ponte-list-results [list]="list" countKey="proposals.list.count" captionKey="proposals.list.heading" [columns]="columns"
                          emptyIcon="it-card" emptyTitleKey="proposals.list.empty" emptyMessageKey="proposals.list.emptyText">
        <ng-template [ponteListRow]="list" let-p>
          <th scope="row">
            <a [routerLink]="p.id">{{ p.target.title }}</a>
            <div class="small text-secondary">{{ p.target.organisationName }} · {{ 'vocab.kind.' + p.kind | t }}</div>
          </th>
          <td><a class="ponte-code" [routerLink]="['/profiles', p.profileId]">{{ p.pseudonymCode }}</a></td>
          <td><ponte-status-badge vocabulary="proposalState" [value]="p.state" /></td>
          <td>{{ p.updatedAt | ponteDate }}</td>
        </ng-template>
      </ponte-list-results>
    </div>
  `,
})
export class ProposalListPage {
  private readonly proposals = inject(ProposalsService);
  protected readonly states = filterOptions(PROPOSAL_STATES, 'domain.proposalState.');
  protected readonly kinds = filterOptions(PROPOSAL_KINDS, 'vocab.kind.');
  protected readonly columns = ['target', 'code', 'state', 'updated'].map((c) => `proposals.col.${c}`);
  protected readonly list = listStore({
    query: (q) => {
      const state = q.get('state') ?? '';
      const kind = q.get('kind') ?? '';
      return {
        page: pageNumberFrom(q),
        pageSize: PAGE_SIZE,
        state: isProposalState(state) ? state : undefined,
        kind: isProposalKind(kind) ? kind : undefined,
        profileId: q.get('profileId') ?? undefined,
      };
    },
    fetch: (query) => this.proposals.list(query),
    filterNames: ['state', 'kind', 'profileId'],
  });
}
