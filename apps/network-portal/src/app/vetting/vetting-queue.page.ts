import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { ParamMap, RouterLink } from '@angular/router';
import { ORGANISATION_KINDS, ORGANISATION_STATUSES } from '@ponte/domain';
import {
  FilterSelectComponent,
  IconComponent,
  ListItemsDirective,
  ListResultsComponent,
  ListRowDirective,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  filterOptions,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import { VettingQueueItem } from './vetting.models';
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
    FilterSelectComponent,
    ListResultsComponent,
    ListRowDirective,
    ListItemsDirective,
  ],
  templateUrl: './vetting-queue.page.html',
})
export class VettingQueuePage implements OnInit {
  private readonly vetting = inject(VettingService);
  protected readonly comuni = inject(ComuniStore);
  protected readonly statuses = filterOptions(ORGANISATION_STATUSES, 'domain.organisationStatus.');
  protected readonly kinds = filterOptions(ORGANISATION_KINDS, 'domain.organisationKind.');
  protected readonly columns = ['name', 'kind', 'vat', 'status', 'registered'].map((c) => `vetting.col.${c}`);
  protected readonly queue = listStore({
    query: pageNumberFrom,
    fetch: (page) => this.vetting.queue(page),
    when: (q) => viewOf(q) === 'queue',
  });
  protected readonly all = listStore({
    query: (q) => ({
      page: pageNumberFrom(q),
      pageSize: 20,
      status: q.get('status') ?? undefined,
      kind: q.get('kind') ?? undefined,
      q: q.get('q') ?? undefined,
    }),
    fetch: (query) => this.vetting.organisations(query),
    filterNames: ['status', 'kind', 'q'],
    when: (q) => viewOf(q) === 'all',
  });
  protected readonly view = computed(() => viewOf(this.all.params()));

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
  }

  protected passed(o: VettingQueueItem): number {
    return o.checkDetails.filter((r) => r.passed).length;
  }

  protected search(text: string): void {
    this.all.set({ q: text.trim() || null });
  }
}

function viewOf(params: ParamMap): 'queue' | 'all' {
  return params.get('view') === 'all' ? 'all' : 'queue';
}
