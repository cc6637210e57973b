import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ParamMap, RouterLink } from '@angular/router';
import { CONTRACT_TYPES } from '@ponte/domain';
import {
  FilterBarComponent,
  IconComponent,
  ListItemsDirective,
  ListResultsComponent,
  PonteDatePipe,
  TranslatePipe,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import { ProfileContext } from '../profiles/profile-context';
import { ShortlistEntry } from '../proposals/proposal.models';
import { ProposalsService } from '../proposals/proposals.service';
import { MatchCardComponent } from './match-card.component';
import { Match, MatchKind, MatchPage, MatchQuery } from './match.models';
import { MatchesService } from './matches.service';
import { ShortlistActionComponent } from './shortlist-action.component';
import { WhyNotComponent } from './why-not.component';

const PAGE_SIZE = 10;
/** While the worker recomputes, ask again a few times. */
const POLL_MS = 3000;
const POLL_TIMES = 10;

export function matchQueryFrom(q: ParamMap): MatchQuery {
  const number = (name: string) => {
    const value = q.get(name);
    return value !== null && value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
  };
  const contract = q.get('contract');
  return {
    kind: q.get('kind') === 'course' ? 'course' : 'offer',
    page: pageNumberFrom(q),
    pageSize: PAGE_SIZE,
    minScore: number('minScore'),
    radiusKm: number('radiusKm'),
    contract: contract ? [contract] : undefined,
  };
}

/** Her ranked offers or courses, explained, with filters, shortlist and "why not". */
@Component({
  selector: 'ponte-matches-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    FilterBarComponent,
    ListResultsComponent,
    ListItemsDirective,
    MatchCardComponent,
    ShortlistActionComponent,
    WhyNotComponent,
  ],
  templateUrl: './matches.page.html',
})
export class MatchesPage implements OnInit {
  private readonly context = inject(ProfileContext);
  private readonly matches = inject(MatchesService);
  private readonly proposals = inject(ProposalsService);
  private readonly comuni = inject(ComuniStore);

  protected readonly profile = this.context.current;
  protected readonly shortlist = signal<ReadonlyMap<string, ShortlistEntry>>(new Map());
  protected readonly contracts = CONTRACT_TYPES;
  protected readonly filters = new FormGroup({
    minScore: new FormControl('', { nonNullable: true }),
    radiusKm: new FormControl('', { nonNullable: true }),
    contract: new FormControl('', { nonNullable: true }),
  });
  protected readonly list = listStore({
    query: matchQueryFrom,
    fetch: (query) => this.matches.list(this.profile().id, query),
    filters: this.filters,
    loaded: (page) => this.pollWhileRecomputing(page),
  });
  protected readonly query = this.list.query;
  protected readonly listingId = (m: Match): string => m.listing.id;
  protected readonly filteredReasons = computed(() =>
    Object.entries(this.list.page()?.filtered ?? {})
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]),
  );
  private polls = 0;
  private polledParams: ParamMap | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.loadShortlist();
  }

  protected loadShortlist(): void {
    this.proposals.shortlist(this.profile().id).subscribe({
      next: (page) => this.shortlist.set(new Map(page.items.map((e) => [`${e.kind}:${e.target.id}`, e]))),
      error: () => undefined,
    });
  }

  protected entry(kind: MatchKind, targetId: string): ShortlistEntry | undefined {
    return this.shortlist().get(`${kind}:${targetId}`);
  }

  protected setKind(kind: MatchKind): void {
    this.list.set({ kind: kind === 'offer' ? null : kind, contract: null });
  }

  protected refresh(): void {
    this.stopPolling();
    this.list.load({ quiet: true });
  }

  /** While the worker recomputes, ask again a few times (counted afresh for each URL). */
  private pollWhileRecomputing(page: MatchPage): void {
    this.stopPolling();
    if (this.polledParams !== this.list.params()) {
      this.polledParams = this.list.params();
      this.polls = 0;
    }
    if (page.recomputing && this.polls++ < POLL_TIMES) {
      this.timer = setTimeout(() => this.list.load({ quiet: true }), POLL_MS);
    }
  }

  private stopPolling(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
