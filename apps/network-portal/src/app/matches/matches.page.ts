import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { CONTRACT_TYPES } from '@ponte/domain';
import {
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  PaginationComponent,
  PonteDatePipe,
  TranslatePipe,
} from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import { ProfileContext } from '../profiles/profile-context';
import { ProposalsService } from '../proposals/proposals.service';
import { MatchCardComponent } from './match-card.component';
import type { MatchKind, MatchPage, MatchQuery, ShortlistEntry } from '@ponte/contracts';
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
    page: Math.max(1, Number(q.get('page')) || 1),
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
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
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
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly comuni = inject(ComuniStore);

  protected readonly profile = this.context.current;
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => matchQueryFrom(this.params()));
  protected readonly page = signal<MatchPage | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly shortlist = signal<ReadonlyMap<string, ShortlistEntry>>(new Map());
  protected readonly contracts = CONTRACT_TYPES;
  protected readonly filteredReasons = computed(() =>
    Object.entries(this.page()?.filtered ?? {})
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]),
  );
  protected readonly filters = new FormGroup({
    minScore: new FormControl('', { nonNullable: true }),
    radiusKm: new FormControl('', { nonNullable: true }),
    contract: new FormControl('', { nonNullable: true }),
  });
  private polls = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((q) => {
      this.filters.setValue(
        {
          minScore: q.get('minScore') ?? '',
          radiusKm: q.get('radiusKm') ?? '',
          contract: q.get('contract') ?? '',
        },
        { emitEvent: false },
      );
      this.polls = 0;
      this.load();
    });
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.loadShortlist();
  }

  protected load(quiet = false): void {
    this.stopPolling();
    this.problem.set(null);
    if (!quiet) this.page.set(null);
    this.matches
      .list(this.profile().id, this.query())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.page.set(page);
          if (page.recomputing && this.polls++ < POLL_TIMES) {
            this.timer = setTimeout(() => this.load(true), POLL_MS);
          }
        },
        error: (problem: ApiProblem) => this.problem.set(problem),
      });
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
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { kind: kind === 'offer' ? null : kind, page: null, contract: null },
      queryParamsHandling: 'merge',
    });
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        minScore: v.minScore || null,
        radiusKm: v.radiusKm || null,
        contract: this.query().kind === 'offer' ? v.contract || null : null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

  private stopPolling(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
