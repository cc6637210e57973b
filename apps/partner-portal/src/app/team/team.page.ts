import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { PARTNER_ROLES } from '@ponte/domain';
import {
  ApiClient,
  ApiProblem,
  ConfirmService,
  FieldDirective,
  FieldErrorComponent,
  ListItemsDirective,
  ListResultsComponent,
  PonteDatePipe,
  SessionStore,
  TranslatePipe,
  TranslationService,
  applyServerErrors,
  listStore,
  pageNumberFrom,
  problemMessageKey,
} from '@ponte/ui';
import type { Account, Page } from '@ponte/contracts';

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
    ListResultsComponent,
    ListItemsDirective,
  ],
  templateUrl: './team.page.html',
})
export class TeamPage {
  private readonly api = inject(ApiClient);
  private readonly confirm = inject(ConfirmService);
  private readonly i18n = inject(TranslationService);
  protected readonly session = inject(SessionStore);
  protected readonly roles = PARTNER_ROLES;
  protected readonly list = listStore({
    query: pageNumberFrom,
    fetch: (page) => this.api.get<Page<Account>>('/organisations/mine/users', { query: { page, pageSize: 20 } }),
  });
  protected readonly notice = signal<{ key: string; params?: Record<string, string> } | null>(null);
  protected readonly alert = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: ['partner_member', Validators.required],
  });
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
          this.list.load({ quiet: true });
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
        this.list.load({ quiet: true });
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
