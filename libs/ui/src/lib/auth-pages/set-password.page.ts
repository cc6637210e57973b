import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ApiClient } from '../api/api-client';
import { ApiProblem, FieldProblem } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { applyServerErrors } from '../api/server-errors';
import { FieldErrorComponent } from '../forms/field-error.component';
import { FieldDirective } from '../forms/field.directive';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PORTAL_CONFIG } from '../portal-config';

/** The API's password rule (apps/api/src/auth/passwords.service.ts). */
export const PASSWORD_MIN_LENGTH = 12;

export type SetPasswordMode = 'reset' | 'invitation';

/** Where each kind of e-mailed link is confirmed (apps/api/src/auth/password.controller.ts). */
export const SET_PASSWORD_PATHS: Record<SetPasswordMode, string> = {
  reset: '/auth/password-reset/confirm',
  invitation: '/auth/invitations/accept',
};

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value;
  return control.value && password !== control.value
    ? { mismatch: { messageKey: 'auth.setPassword.mismatch' } }
    : null;
}

/**
 * The page an e-mailed link opens (`/reset-password?token=…` or
 * `/accept-invitation?token=…`; route data `mode`): choose a password, then sign in.
 */
@Component({
  selector: 'ponte-set-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldDirective,
    FieldErrorComponent,
  ],
  template: `
    <div class="container my-5">
      <div class="row justify-content-center">
        <div class="col-12 col-md-10 col-lg-7 col-xl-6">
          <h1 class="mb-2">{{ 'auth.setPassword.heading.' + mode() | t }}</h1>
          @if (done()) {
            <div class="alert alert-success mt-4" role="status">
              {{ 'auth.setPassword.done' | t }}
            </div>
            <a class="btn btn-primary mt-2" [routerLink]="portal.signInPath">{{
              'auth.setPassword.signIn' | t
            }}</a>
          } @else if (!token) {
            <div class="alert alert-danger mt-4" role="alert">
              {{ 'auth.setPassword.noToken' | t }}
            </div>
            <a [routerLink]="portal.passwordResetPath">{{
              'auth.setPassword.askAgain' | t
            }}</a>
          } @else {
            <p class="lead mb-4">{{ 'auth.setPassword.intro.' + mode() | t }}</p>
            @if (alert(); as message) {
              <div class="alert alert-danger" role="alert">
                @if ('text' in message) {
                  {{ message.text }}
                } @else {
                  {{ message.key | t }}
                }
                @if (tokenRefused()) {
                  <div class="mt-2">
                    <a [routerLink]="portal.passwordResetPath">{{
                      'auth.setPassword.askAgain' | t
                    }}</a>
                  </div>
                }
              </div>
            }
            <div class="card shadow-sm ponte-form-card">
              <div class="card-body p-4 p-md-5">
                <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
                  <div class="form-group">
                    <label for="new-password" class="active">{{
                      'auth.setPassword.password' | t
                    }}</label>
                    <input
                      id="new-password"
                      type="password"
                      class="form-control"
                      formControlName="password"
                      autocomplete="new-password"
                      required
                      ponteField="new-password-error"
                      ponteFieldHint="new-password-hint"
                    />
                    <small id="new-password-hint" class="form-text">{{
                      'auth.setPassword.hint' | t: { min: minLength }
                    }}</small>
                    <ponte-field-error
                      id="new-password-error"
                      [control]="form.controls.password"
                    />
                  </div>
                  <div class="form-group">
                    <label for="confirm-password" class="active">{{
                      'auth.setPassword.confirm' | t
                    }}</label>
                    <input
                      id="confirm-password"
                      type="password"
                      class="form-control"
                      formControlName="confirm"
                      autocomplete="new-password"
                      required
                      ponteField="confirm-password-error"
                    />
                    <ponte-field-error
                      id="confirm-password-error"
                      [control]="form.controls.confirm"
                    />
                  </div>
                  <button
                    type="submit"
                    class="btn btn-primary mt-2"
                    [disabled]="submitting()"
                  >
                    {{ 'auth.setPassword.submit' | t }}
                  </button>
                </form>
              </div>
            </div>
          }
        </div>
      </div>
    </div>
  `,
})
export class SetPasswordPage {
  protected readonly portal = inject(PORTAL_CONFIG);
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly mode = computed(
    (): SetPasswordMode =>
      this.route.snapshot.data['mode'] === 'invitation' ? 'invitation' : 'reset',
  );
  protected readonly token = this.route.snapshot.queryParamMap.get('token') ?? '';
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(256)],
    ],
    confirm: ['', [Validators.required, sameAsPassword]],
  });
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly alert = signal<{ key: string } | { text: string } | null>(null);
  protected readonly tokenRefused = signal(false);

  constructor() {
    // The confirmation is checked again whenever the password changes.
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.alert.set(null);
    this.api
      .post<void>(SET_PASSWORD_PATHS[this.mode()], {
        token: this.token,
        password: this.form.controls.password.value,
      })
      .subscribe({
        next: () => this.done.set(true),
        error: (problem: ApiProblem) => {
          this.submitting.set(false);
          const unmatched: FieldProblem[] = applyServerErrors(this.form, problem);
          const token = unmatched.find((e) => e.field === 'token');
          this.tokenRefused.set(!!token);
          if (token) this.alert.set({ text: token.message });
          else if (unmatched.length || !problem.errors?.length)
            this.alert.set(problem.detail ? { text: problem.detail } : { key: problemMessageKey(problem) });
        },
      });
  }
}
