import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ApiClient,
  ApiProblem,
  ConfirmService,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  FilterSelectComponent,
  IconComponent,
  ListColumn,
  ListResultsComponent,
  ListRowDirective,
  SessionStore,
  TranslatePipe,
  applyServerErrors,
  filterOptions,
  listStore,
  pageNumberFrom,
} from '@ponte/ui';
import type { Account, Page } from '@ponte/contracts';
import { NetworksStore } from '../core/networks.store';

/**
 * Staff accounts (counsellors and coordinators): invite with networks, change networks,
 * deactivate and reactivate, reset a lost second factor.
 */
@Component({
  selector: 'ponte-staff-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    IconComponent,
    FieldDirective,
    FieldErrorComponent,
    ErrorStateComponent,
    FilterSelectComponent,
    ListResultsComponent,
    ListRowDirective,
  ],
  templateUrl: './staff.page.html',
})
export class StaffPage implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly confirm = inject(ConfirmService);
  protected readonly networks = inject(NetworksStore);
  protected readonly me = inject(SessionStore).user;
  protected readonly list = listStore({
    query: (q) => ({
      page: pageNumberFrom(q),
      pageSize: 20,
      role: q.get('role') ?? undefined,
      networkId: q.get('network') ?? undefined,
      active: q.get('active') ?? undefined,
    }),
    fetch: (query) => this.api.get<Page<Account>>('/staff', { query }),
    filterNames: ['role', 'network', 'active'],
  });
  protected readonly roles = filterOptions(['counsellor', 'coordinator'], 'domain.role.');
  protected readonly states = [
    { value: 'true', labelKey: 'admin.staff.active' },
    { value: 'false', labelKey: 'admin.staff.inactive' },
  ];
  protected readonly networkOptions = computed(() => this.networks.all().map((n) => ({ value: n.id, label: n.name })));
  protected readonly columns: ListColumn[] = [
    'admin.staff.person',
    'admin.staff.role',
    'admin.staff.networks',
    'admin.staff.state',
    { key: 'admin.actions', hidden: true },
  ];
  /** An action on a row that failed (the list itself stays on screen). */
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly inviting = signal(false);
  protected readonly invited = signal<string | null>(null);
  protected readonly inviteProblems = signal<string[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly rowMessage = signal<{ id: string; key: string } | null>(null);
  protected readonly editingNetworks = signal<string | null>(null);
  protected readonly editNetworks = new FormControl<string[]>([], { nonNullable: true });
  protected readonly inviteForm = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2)] }),
    role: new FormControl<'counsellor' | 'coordinator'>('counsellor', { nonNullable: true }),
    networkIds: new FormControl<string[]>([], { nonNullable: true }),
    language: new FormControl<'it' | 'en'>('it', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.networks.load().subscribe({ error: () => undefined });
  }

  protected invite(): void {
    if (this.inviting()) return;
    const v = this.inviteForm.getRawValue();
    const networks = this.inviteForm.controls.networkIds;
    networks.setErrors(v.role === 'counsellor' && v.networkIds.length === 0 ? { required: true } : null);
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    this.inviting.set(true);
    this.inviteProblems.set([]);
    this.api
      .post<Account>('/staff/invitations', {
        email: v.email.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        networkIds: v.role === 'counsellor' ? v.networkIds : [],
        language: v.language,
      })
      .subscribe({
        next: (account) => {
          this.inviting.set(false);
          this.invited.set(account.email);
          this.inviteForm.reset({ role: 'counsellor', language: 'it', networkIds: [] });
          this.list.load({ quiet: true });
        },
        error: (problem: ApiProblem) => {
          this.inviting.set(false);
          const unmatched = applyServerErrors(this.inviteForm, problem);
          this.inviteProblems.set(
            problem.errors?.length ? unmatched.map((e) => e.message) : [problem.detail ?? problem.title],
          );
        },
      });
  }

  protected async setActive(account: Account, active: boolean): Promise<void> {
    // Deactivating signs the person out at once: ask first.
    if (!active && !(await this.confirm.confirmKeys('admin.staff.confirm.deactivate', { name: account.displayName }))) return;
    this.act(account, `/staff/${account.id}/${active ? 'reactivate' : 'deactivate'}`, active ? 'admin.staff.reactivated' : 'admin.staff.deactivated');
  }

  protected resetSecondFactor(account: Account): void {
    this.act(account, `/staff/${account.id}/reset-second-factor`, 'admin.staff.mfaReset');
  }

  protected startNetworks(account: Account): void {
    this.editNetworks.setValue([...account.networkIds]);
    this.editingNetworks.set(account.id);
  }

  protected saveNetworks(account: Account): void {
    this.busy.set(account.id);
    this.api.patch<Account>(`/staff/${account.id}`, { networkIds: this.editNetworks.value }).subscribe({
      next: () => {
        this.busy.set(null);
        this.problem.set(null);
        this.editingNetworks.set(null);
        this.rowMessage.set({ id: account.id, key: 'admin.staff.networksSaved' });
        this.list.load({ quiet: true });
      },
      error: (problem: ApiProblem) => {
        this.busy.set(null);
        this.problem.set(problem);
      },
    });
  }

  /** Checkbox lists of networks (names are data, not message keys). */
  protected toggle(control: FormControl<string[]>, id: string, on: boolean): void {
    const ids = new Set(control.value);
    if (on) ids.add(id);
    else ids.delete(id);
    control.setValue(this.networks.all().map((n) => n.id).filter((n) => ids.has(n)));
    control.markAsTouched();
  }

  protected networkNames(ids: string[]): string {
    return ids.map((id) => this.networks.name(id)).join(', ') || '—';
  }

  private act(account: Account, path: string, messageKey: string): void {
    this.busy.set(account.id);
    this.api.post<void>(path).subscribe({
      next: () => {
        this.busy.set(null);
        this.problem.set(null);
        this.rowMessage.set({ id: account.id, key: messageKey });
        this.list.load({ quiet: true });
      },
      error: (problem: ApiProblem) => {
        this.busy.set(null);
        this.problem.set(problem);
      },
    });
  }
}
