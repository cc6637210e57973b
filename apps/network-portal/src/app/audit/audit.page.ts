import { ChangeDetectionStrategy, Component, DOCUMENT, OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ParamMap } from '@angular/router';
import {
  ApiClient,
  ApiProblem,
  ErrorStateComponent,
  FilterBarComponent,
  IconComponent,
  ListResultsComponent,
  ListRowDirective,
  PonteDatePipe,
  SessionStore,
  TranslatePipe,
  TranslationService,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import type { AuditEntry, Page } from '@ponte/contracts';
import { PERMISSIONS } from '@ponte/domain';
import { saveBlob } from '../core/download';
import { NetworksStore } from '../core/networks.store';
import { AUDIT_ACTIONS, AUDIT_FAMILIES, auditActionKey } from './audit-actions';

const FILTERS = ['action', 'outcome', 'targetType', 'targetId', 'actorId', 'networkId', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

/** Day inputs (`YYYY-MM-DD`) as the API's instants: from the start of `from` to the end of `to`. */
export function auditQueryFrom(q: ParamMap): Record<string, string | number | undefined> {
  const query: Record<string, string | number | undefined> = {
    page: pageNumberFrom(q),
    pageSize: 50,
  };
  for (const name of FILTERS) {
    const value = q.get(name);
    if (!value) continue;
    if (name === 'to') {
      const end = new Date(`${value}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      query[name] = end.toISOString().slice(0, 10);
    } else query[name] = value;
  }
  return query;
}

/** The append-only audit log: filters in the URL, paginated, CSV export of what matches. */
@Component({
  selector: 'ponte-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    ErrorStateComponent,
    FilterBarComponent,
    ListResultsComponent,
    ListRowDirective,
  ],
  templateUrl: './audit.page.html',
})
export class AuditPage implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(TranslationService);
  protected readonly networks = inject(NetworksStore);
  protected readonly canExport = inject(SessionStore).hasPermission(PERMISSIONS.AUDIT_EXPORT);
  protected readonly families = AUDIT_FAMILIES;
  protected readonly columns = ['at', 'action', 'outcome', 'actor', 'target', 'network', 'details'].map((c) => `audit.col.${c}`);
  protected actionsOf(family: string): readonly string[] {
    return AUDIT_ACTIONS[family];
  }

  /** The label of an action in the UI language; an action the catalogue lacks shows as its code. */
  protected actionLabel(action: string): string {
    const key = auditActionKey(action);
    return key ? this.i18n.t(key) : action;
  }
  protected readonly exporting = signal(false);
  protected readonly exportProblem = signal<ApiProblem | null>(null);
  protected readonly filters = new FormGroup(
    Object.fromEntries(FILTERS.map((f) => [f, new FormControl('', { nonNullable: true })])) as Record<
      FilterName,
      FormControl<string>
    >,
  );
  protected readonly list = listStore({
    query: auditQueryFrom,
    fetch: (query) => this.api.get<Page<AuditEntry>>('/audit', { query }),
    filters: this.filters,
  });

  ngOnInit(): void {
    this.networks.load().subscribe({ error: () => undefined });
  }

  /** Filter the log on a value seen in a row (an actor, a target). */
  protected narrow(name: FilterName, value: string | null): void {
    if (value) this.list.set({ [name]: value });
  }

  protected export(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportProblem.set(null);
    // The export streams everything that matches: no page.
    const query = auditQueryFrom(this.list.params());
    delete query['page'];
    delete query['pageSize'];
    this.api.getBlob('/audit/export.csv', { query }).subscribe({
      next: (blob) => {
        this.exporting.set(false);
        saveBlob(this.document, blob, `ponte-audit-${new Date().toISOString().slice(0, 10)}.csv`);
      },
      error: (problem: ApiProblem) => {
        this.exporting.set(false);
        this.exportProblem.set(problem);
      },
    });
  }

  protected details(entry: AuditEntry): string {
    const entries = Object.entries(entry.details ?? {});
    return entries.length ? entries.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' · ') : '';
  }

  protected short(id: string | null): string {
    return id ? id.slice(0, 8) : '—';
  }
}
