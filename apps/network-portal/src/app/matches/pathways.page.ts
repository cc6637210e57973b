import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ApiClient,
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  TranslatePipe,
  TranslationService,
} from '@ponte/ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ComuniStore } from '../core/comuni.store';
import { ConceptLabels } from '../core/concept-labels';
import { ProfileContext } from '../profiles/profile-context';
import { ProposalsService } from '../proposals/proposals.service';
import type { Pathways, ShortlistEntry, SkillGaps } from '@ponte/contracts';
import { MatchesService } from './matches.service';
import { ShortlistActionComponent } from './shortlist-action.component';

/**
 * Training pathways: for a target (one of her target occupations, or an offer from her
 * matches) the courses that close the essential skills she lacks and the offers each one
 * unlocks; and her skill gaps ranked by how many offers closing each would open.
 */
@Component({
  selector: 'ponte-pathways-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    ShortlistActionComponent,
  ],
  templateUrl: './pathways.page.html',
})
export class PathwaysPage implements OnInit {
  private readonly context = inject(ProfileContext);
  private readonly matches = inject(MatchesService);
  private readonly proposals = inject(ProposalsService);
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  protected readonly labels = inject(ConceptLabels);
  protected readonly comuni = inject(ComuniStore);

  protected readonly profile = this.context.current;
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly offerId = computed(() => this.params().get('offerId'));
  protected readonly occupation = computed(
    () => this.params().get('occupation') ?? (this.offerId() ? null : (this.profile().targetOccupations[0] ?? null)),
  );
  protected readonly pathways = signal<Pathways | null>(null);
  protected readonly pathwaysProblem = signal<ApiProblem | null>(null);
  protected readonly gaps = signal<SkillGaps | null>(null);
  protected readonly gapsProblem = signal<ApiProblem | null>(null);
  protected readonly courseTitles = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly offerTitle = signal<string | null>(null);
  protected readonly shortlist = signal<ReadonlyMap<string, ShortlistEntry>>(new Map());

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.loadPathways());
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.labels.ensure(this.profile().targetOccupations);
    this.loadShortlist();
    this.matches.skillGaps(this.profile().id).subscribe({
      next: (gaps) => {
        this.gaps.set(gaps);
        this.labels.ensure(gaps.gaps.map((g) => g.skill));
        this.loadCourseTitles([...new Set(gaps.gaps.flatMap((g) => g.courses.slice(0, 3)))]);
      },
      error: (problem: ApiProblem) => this.gapsProblem.set(problem),
    });
  }

  protected loadShortlist(): void {
    this.proposals.shortlist(this.profile().id, 'course').subscribe({
      next: (page) => this.shortlist.set(new Map(page.items.map((e) => [e.target.id, e]))),
      error: () => undefined,
    });
  }

  protected loadPathways(): void {
    const offerId = this.offerId();
    const occupation = this.occupation();
    this.pathways.set(null);
    this.pathwaysProblem.set(null);
    this.offerTitle.set(null);
    if (!offerId && !occupation) return;
    if (offerId) {
      this.api.get<{ title: string }>(`/offers/${offerId}`).subscribe({
        next: (offer) => this.offerTitle.set(offer.title),
        error: () => undefined,
      });
    }
    const target = offerId ? { offerId } : { occupation: occupation ?? undefined };
    this.matches
      .pathways(this.profile().id, target)
      .subscribe({
        next: (result) => {
          this.pathways.set(result);
          this.labels.ensure([
            ...result.gaps,
            ...result.pathways.flatMap((p) => [...p.closes, ...p.remainingGaps]),
          ]);
        },
        error: (problem: ApiProblem) => this.pathwaysProblem.set(problem),
      });
  }

  protected chooseOccupation(uri: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { occupation: uri || null, offerId: null } });
  }

  protected firstOccupation(): string {
    return this.profile().targetOccupations.at(0) ?? '';
  }

  protected label(uri: string): string {
    return this.labels.text(uri);
  }

  protected km(value: number | null, remote: boolean): string {
    if (remote) return this.i18n.t('matches.card.remote');
    return value === null ? '—' : this.i18n.t('matches.card.km', { km: value });
  }

  private loadCourseTitles(ids: string[]): void {
    if (!ids.length) return;
    forkJoin(
      ids.slice(0, 15).map((id) =>
        this.api.get<{ id: string; title: string }>(`/courses/${id}`).pipe(catchError(() => of(null))),
      ),
    )
      .pipe(map((courses) => courses.filter((c): c is { id: string; title: string } => c !== null)))
      .subscribe((courses) => this.courseTitles.set(new Map(courses.map((c) => [c.id, c.title]))));
  }
}
