import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiProblem } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { applyServerErrors } from '../api/server-errors';
import { AuthService } from '../auth/auth.service';
import { FieldErrorComponent } from '../forms/field-error.component';
import { FieldDirective } from '../forms/field.directive';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PORTAL_CONFIG } from '../portal-config';

/**
 * Asks for a reset link. The confirmation is the same whether the address exists or not, so
 * the page cannot be used to find out who has an account.
 */
@Component({
  selector: 'ponte-password-reset-request-page',
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
          <h1 class="mb-2">{{ 'auth.reset.heading' | t }}</h1>
          @if (sent()) {
            <div class="alert alert-success mt-4" role="status">
              {{ 'auth.reset.sent' | t }}
            </div>
            <a
              class="btn btn-outline-primary mt-2"
              [routerLink]="portal.signInPath"
              >{{ 'auth.reset.backToSignIn' | t }}</a
            >
          } @else {
            <p class="lead mb-4">{{ 'auth.reset.intro' | t }}</p>
            @if (errorKey(); as key) {
              <div class="alert alert-danger" role="alert">{{ key | t }}</div>
            }
            <div class="card-wrapper">
              <div class="card shadow-sm ponte-form-card">
                <div class="card-body p-4 p-md-5">
                  <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
                    <div class="form-group">
                      <label for="reset-email" class="active">{{
                        'auth.signIn.email' | t
                      }}</label>
                      <input
                        id="reset-email"
                        type="email"
                        class="form-control"
                        formControlName="email"
                        autocomplete="email"
                        inputmode="email"
                        spellcheck="false"
                        required
                        ponteField="reset-email-error"
                      />
                      <ponte-field-error
                        id="reset-email-error"
                        [control]="form.controls.email"
                      />
                    </div>
                    <div
                      class="d-flex flex-column flex-sm-row align-items-sm-center justify-content-between gap-3 mt-4"
                    >
                      <button
                        type="submit"
                        class="btn btn-primary"
                        [disabled]="submitting()"
                      >
                        {{ 'auth.reset.submit' | t }}
                      </button>
                      <a [routerLink]="portal.signInPath">{{
                        'auth.reset.backToSignIn' | t
                      }}</a>
                    </div>
                  </form>
                </div>
              </div>
            </div>
          }
        </div>
      </div>
    </div>
  `,
})
export class PasswordResetRequestPage {
  protected readonly portal = inject(PORTAL_CONFIG);
  private readonly auth = inject(AuthService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.errorKey.set(null);
    this.auth
      .requestPasswordReset(this.form.controls.email.value.trim())
      .subscribe({
        next: () => this.sent.set(true),
        error: (problem: ApiProblem) => {
          this.submitting.set(false);
          const unmatched = applyServerErrors(this.form, problem);
          // An unknown address is not an error the user may see (no account enumeration).
          if (problem.status === 404) this.sent.set(true);
          else if (!problem.errors?.length || unmatched.length)
            this.errorKey.set(problemMessageKey(problem));
        },
      });
  }
}
