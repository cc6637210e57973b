import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { PARTNER_ROLES } from '@ponte/domain';
import {
  ApiClient,
  ApiProblem,
  ConfirmService,
  EmptyStateComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  LoadingStateComponent,
  Page,
  PaginationComponent,
  PonteDatePipe,
  SessionStore,
  TranslatePipe,
  TranslationService,
  applyServerErrors,
  problemMessageKey,
} from '@ponte/ui';
import { map } from 'rxjs';
import type { Account } from '@ponte/contracts';

/** Partner admins invite colleagues (they get an e-mail to choose a password) and switch access off and on. */
@Component({
  selector: 'ponte-team-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PonteDatePipe,
    FieldDirective,
    FieldErrorComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  templateUrl: './team.page.html',
})
export class TeamPage {
  private readonly api = inject(ApiClient);
  private readonly confirm = inject(ConfirmService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(TranslationService);
  protected readonly session = inject(SessionStore);
  protected readonly roles = PARTNER_ROLES;
  protected readonly page = signal<Page<Account> | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly notice = signal<{ key: string; params?: Record<string, string> } | null>(null);
  protected readonly alert = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: ['partner_member', Validators.required],
  });
  private readonly pageNumber = toSignal(this.route.queryParamMap.pipe(map((q) => Math.max(1, Number(q.get('page')) || 1))), {
    requireSync: true,
  });

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    this.problem.set(null);
    this.page.set(null);
    this.api.get<Page<Account>>('/organisations/mine/users', { query: { page: this.pageNumber(), pageSize: 20 } }).subscribe({
      next: (page) => this.page.set(page),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page } });
  }

  protected invite(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.alert.set(null);
    this.api
      .post<Account>('/organisations/mine/invitations', {
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        role: v.role,
        language: this.i18n.language(),
      })
      .subscribe({
        next: (account) => {
          this.busy.set(false);
          this.form.reset({ displayName: '', email: '', role: 'partner_member' });
          this.notice.set({ key: 'team.invited', params: { email: account.email } });
          this.load();
        },
        error: (problem: ApiProblem) => this.fail(problem),
      });
  }

  protected async setActive(account: Account, active: boolean): Promise<void> {
    // Deactivating signs the colleague out at once: ask first.
    if (!active && !(await this.confirm.confirmKeys('team.confirm.deactivate', { name: account.displayName }))) return;
    this.busy.set(true);
    this.alert.set(null);
    this.api.post<void>(`/organisations/mine/users/${account.id}/${active ? 'reactivate' : 'deactivate'}`).subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set({ key: active ? 'team.reactivated' : 'team.deactivated', params: { name: account.displayName } });
        this.load();
      },
      error: (problem: ApiProblem) => this.fail(problem),
    });
  }

  private fail(problem: ApiProblem): void {
    this.busy.set(false);
    const unmatched = applyServerErrors(this.form, problem);
    this.alert.set(unmatched.map((e) => e.message).join(' ') || (problem.errors?.length ? null : problem.detail ?? problemMessageKey(problem)));
  }
}
