import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { PROFILE_STATUSES, isProfileStatus } from '@ponte/domain';
import {
  ApiProblem,
  ComunePickerComponent,
  ConceptPickerComponent,
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  PonteDatePipe,
  SessionStore,
  TranslatePipe,
} from '@ponte/ui';
import { forkJoin, map } from 'rxjs';
import { ComuniStore } from '../core/comuni.store';
import { NetworkMember, NetworksStore } from '../core/networks.store';
import { ProfileQuery, ProfileSummary } from './profile.models';
import { ProfilesService } from './profiles.service';

const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as they live in the URL (`?status=active&comune=015146&page=2`). */
export function profileQueryFrom(q: ParamMap): ProfileQuery {
  const status = q.get('status');
  const date = (name: string) => {
    const value = q.get(name) ?? '';
    return DATE.test(value) ? value : undefined;
  };
  const to = date('to');
  return {
    page: Math.max(1, Number(q.get('page')) || 1),
    pageSize: PAGE_SIZE,
    status: status && isProfileStatus(status) ? [status] : undefined,
    skill: q.get('skill') ?? undefined,
    comune: q.get('comune') ?? undefined,
    counsellorId: q.get('counsellor') ?? undefined,
    code: q.get('code') ?? undefined,
    lastActivityFrom: date('from'),
    // "Up to the 31st" means before the 1st of the next day.
    lastActivityTo: to ? nextDay(to) : undefined,
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The profiles of the counsellor's networks, filtered and paginated; filters live in the URL. */
@Component({
  selector: 'ponte-profile-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    ComunePickerComponent,
    ConceptPickerComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  templateUrl: './profile-list.page.html',
})
export class ProfileListPage implements OnInit {
  private readonly profiles = inject(ProfilesService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionStore);
  private readonly networks = inject(NetworksStore);
  protected readonly comuni = inject(ComuniStore);

  protected readonly statuses = PROFILE_STATUSES;
  protected readonly page = signal<Page<ProfileSummary> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly members = signal<NetworkMember[]>([]);
  protected readonly memberNames = computed(
    () => new Map(this.members().map((m) => [m.id, m.displayName])),
  );
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filtered = computed(() =>
    ['status', 'skill', 'comune', 'counsellor', 'code', 'from', 'to'].some((k) => this.params().has(k)),
  );

  protected readonly filters = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    skill: new FormControl<string | null>(null),
    comune: new FormControl<string | null>(null),
    counsellor: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((q) => {
      this.filters.setValue(
        {
          code: q.get('code') ?? '',
          status: q.get('status') ?? '',
          skill: q.get('skill'),
          comune: q.get('comune'),
          counsellor: q.get('counsellor') ?? '',
          from: q.get('from') ?? '',
          to: q.get('to') ?? '',
        },
        { emitEvent: false },
      );
      this.load();
    });
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    const ids = this.session.user()?.networkIds ?? [];
    if (ids.length) {
      forkJoin(ids.map((id) => this.networks.members(id)))
        .pipe(map((lists) => lists.flat().filter((m) => m.role === 'counsellor')))
        .subscribe({
          next: (all) =>
            this.members.set(
              [...new Map(all.map((m) => [m.id, m])).values()].sort((a, b) =>
                a.displayName.localeCompare(b.displayName, 'it'),
              ),
            ),
          error: () => undefined,
        });
    }
  }

  protected load(): void {
    this.problem.set(null);
    this.page.set(null);
    this.profiles.list(profileQueryFrom(this.route.snapshot.queryParamMap)).subscribe({
      next: (page) => this.page.set(page),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        code: v.code.trim() || null,
        status: v.status || null,
        skill: v.skill || null,
        comune: v.comune || null,
        counsellor: v.counsellor || null,
        from: v.from || null,
        to: v.to || null,
        page: null,
      },
    });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page },
      queryParamsHandling: 'merge',
    });
  }
}
