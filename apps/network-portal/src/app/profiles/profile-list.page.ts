import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ParamMap, RouterLink } from '@angular/router';
import { PROFILE_STATUSES, isProfileStatus } from '@ponte/domain';
import {
  ComunePickerComponent,
  ConceptPickerComponent,
  FilterBarComponent,
  IconComponent,
  ListColumn,
  ListResultsComponent,
  ListRowDirective,
  PonteDatePipe,
  SessionStore,
  TranslatePipe,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import { forkJoin, map } from 'rxjs';
import { ComuniStore } from '../core/comuni.store';
import { type NetworkMember, ProfileQuery } from '@ponte/contracts';
import { NetworksStore } from '../core/networks.store';
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
    page: pageNumberFrom(q),
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
    FilterBarComponent,
    ListResultsComponent,
    ListRowDirective,
  ],
  templateUrl: './profile-list.page.html',
})
export class ProfileListPage implements OnInit {
  private readonly profiles = inject(ProfilesService);
  private readonly session = inject(SessionStore);
  private readonly networks = inject(NetworksStore);
  protected readonly comuni = inject(ComuniStore);

  protected readonly statuses = PROFILE_STATUSES;
  protected readonly columns: ListColumn[] = [
    'profiles.col.code',
    'profiles.col.status',
    'profiles.col.ageBand',
    'profiles.col.comune',
    { key: 'profiles.col.skills', class: 'text-end' },
    'profiles.col.matching',
    'profiles.col.counsellor',
    'profiles.col.lastActivity',
  ];
  protected readonly members = signal<NetworkMember[]>([]);
  protected readonly memberNames = computed(
    () => new Map(this.members().map((m) => [m.id, m.displayName])),
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
  protected readonly list = listStore({
    query: profileQueryFrom,
    fetch: (query) => this.profiles.list(query),
    filters: this.filters,
  });

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
}
