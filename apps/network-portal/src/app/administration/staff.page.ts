import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import {
  ApiClient,
  ApiProblem,
  ConfirmService,
  EmptyStateComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  SessionStore,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { NetworksStore } from '../core/networks.store';

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: 'coordinator' | 'counsellor';
  active: boolean;
  invitationPending: boolean;
  mfaEnabled: boolean;
  networkIds: string[];
  createdAt: string;
}

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
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  templateUrl: './staff.page.html',
})
export class StaffPage implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly confirm = inject(ConfirmService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly networks = inject(NetworksStore);
  protected readonly me = inject(SessionStore).user;
  protected readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly page = signal<Page<StaffAccount> | null>(null);
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

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  ngOnInit(): void {
    this.networks.load().subscribe({ error: () => undefined });
  }

  protected load(): void {
    const q = this.params();
    this.problem.set(null);
    this.api
      .get<Page<StaffAccount>>('/staff', {
        query: {
          page: Math.max(1, Number(q.get('page')) || 1),
          pageSize: 20,
          role: q.get('role') ?? undefined,
          networkId: q.get('network') ?? undefined,
          active: q.get('active') ?? undefined,
        },
      })
      .subscribe({
        next: (p) => this.page.set(p),
        error: (problem: ApiProblem) => this.problem.set(problem),
      });
  }

  protected filter(name: string, value: string | number | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [name]: value || null, ...(name === 'page' ? {} : { page: null }) },
      queryParamsHandling: 'merge',
    });
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
      .post<StaffAccount>('/staff/invitations', {
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
          this.load();
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

  protected async setActive(account: StaffAccount, active: boolean): Promise<void> {
    // Deactivating signs the person out at once: ask first.
    if (!active && !(await this.confirm.confirmKeys('admin.staff.confirm.deactivate', { name: account.displayName }))) return;
    this.act(account, `/staff/${account.id}/${active ? 'reactivate' : 'deactivate'}`, active ? 'admin.staff.reactivated' : 'admin.staff.deactivated');
  }

  protected resetSecondFactor(account: StaffAccount): void {
    this.act(account, `/staff/${account.id}/reset-second-factor`, 'admin.staff.mfaReset');
  }

  protected startNetworks(account: StaffAccount): void {
    this.editNetworks.setValue([...account.networkIds]);
    this.editingNetworks.set(account.id);
  }

  protected saveNetworks(account: StaffAccount): void {
    this.busy.set(account.id);
    this.api.patch<StaffAccount>(`/staff/${account.id}`, { networkIds: this.editNetworks.value }).subscribe({
      next: () => {
        this.busy.set(null);
        this.editingNetworks.set(null);
        this.rowMessage.set({ id: account.id, key: 'admin.staff.networksSaved' });
        this.load();
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

  private act(account: StaffAccount, path: string, messageKey: string): void {
    this.busy.set(account.id);
    this.api.post<void>(path).subscribe({
      next: () => {
        this.busy.set(null);
        this.rowMessage.set({ id: account.id, key: messageKey });
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.busy.set(null);
        this.problem.set(problem);
      },
    });
  }
}
