import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApiProblem } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { applyServerErrors } from '../api/server-errors';
import type { AuthUser } from '@ponte/contracts';
import { AuthService } from '../auth/auth.service';
import { FieldErrorComponent } from '../forms/field-error.component';
import { FieldDirective } from '../forms/field.directive';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';
import { PORTAL_CONFIG } from '../portal-config';
import { safeReturnUrl } from './return-url';
import { TotpEnrolmentComponent } from './totp-enrolment.component';

/** Why the user landed on the sign-in page, from `?reason=`. */
const REASON_KEYS: Record<string, string> = {
  idle: 'auth.signIn.reason.idle',
  expired: 'auth.signIn.reason.expired',
  signedOut: 'auth.signIn.reason.signedOut',
};

function totpCode(control: { value: string }): ValidationErrors | null {
  return !control.value || /^\d{6}$/.test(control.value.trim())
    ? null
    : { totpCode: { messageKey: 'auth.totp.codeFormat' } };
}

/** Sign-in in two steps: e-mail and password, then the TOTP code when the account needs it. */
@Component({
  selector: 'ponte-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldDirective,
    FieldErrorComponent,
    IconComponent,
    TotpEnrolmentComponent,
  ],
  templateUrl: './sign-in.page.html',
})
export class SignInPage {
  protected readonly portal = inject(PORTAL_CONFIG);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly credentials = this.fb.group({
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
    password: ['', [Validators.required]],
  });
  protected readonly totp = this.fb.group({
    code: ['', [Validators.required, totpCode]],
  });

  protected readonly step = signal<'credentials' | 'totp' | 'enrol'>(
    'credentials',
  );
  /** Set when the account must enrol TOTP first (first sign-in of staff). */
  protected readonly enrolmentToken = signal('');
  protected readonly submitting = signal(false);
  protected readonly showPassword = signal(false);
  /** Message of the alert above the form: a key to translate, or the server's own text. */
  protected readonly alert = signal<{ key: string } | { text: string } | null>(
    null,
  );
  protected readonly reasonKey = computed(() => {
    const reason = this.route.snapshot.queryParamMap.get('reason');
    return reason ? REASON_KEYS[reason] : undefined;
  });

  private mfaToken = '';
  private readonly totpHeading =
    viewChild<ElementRef<HTMLElement>>('totpHeading');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected submitCredentials(): void {
    if (this.submitting()) return;
    if (this.credentials.invalid) {
      this.credentials.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { email, password } = this.credentials.getRawValue();
    this.start();
    this.auth.login(email.trim(), password).subscribe({
      next: (outcome) => {
        this.submitting.set(false);
        if (outcome.kind === 'signedIn') {
          this.finish(outcome.user);
          return;
        }
        this.credentials.controls.password.reset();
        if (outcome.kind === 'mfaEnrolmentRequired') {
          this.enrolmentToken.set(outcome.enrolmentToken);
          this.step.set('enrol');
        } else {
          this.mfaToken = outcome.mfaToken;
          this.step.set('totp');
        }
        afterNextRender(() => this.totpHeading()?.nativeElement.focus(), {
          injector: this.injector,
        });
      },
      error: (problem: ApiProblem) =>
        this.fail(problem, this.credentials, 'auth.signIn.invalidCredentials'),
    });
  }

  protected submitTotp(): void {
    if (this.submitting()) return;
    if (this.totp.invalid) {
      this.totp.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.start();
    this.auth
      .verifyTotp(this.mfaToken, this.totp.controls.code.value.trim())
      .subscribe({
        next: (user) => {
          this.submitting.set(false);
          this.finish(user);
        },
        error: (problem: ApiProblem) => {
          this.totp.reset();
          this.fail(problem, this.totp, 'auth.totp.invalid');
        },
      });
  }

  protected enrolled(user: AuthUser): void {
    this.enrolmentToken.set('');
    this.finish(user);
  }

  protected restart(): void {
    this.mfaToken = '';
    this.enrolmentToken.set('');
    this.totp.reset();
    this.alert.set(null);
    this.step.set('credentials');
  }

  private start(): void {
    this.submitting.set(true);
    this.alert.set(null);
  }

  protected finish(user: AuthUser): void {
    if (!this.portal.roles.includes(user.role)) {
      // The account is valid but belongs to the other portal: do not keep its session here.
      this.auth.logout().subscribe(() => {
        this.restart();
        this.showAlert({ key: this.portal.wrongPortalKey });
      });
      return;
    }
    const returnUrl = safeReturnUrl(
      this.route.snapshot.queryParamMap.get('returnUrl'),
      this.portal.homePath,
    );
    void this.router.navigateByUrl(returnUrl);
  }

  private fail(
    problem: ApiProblem,
    form: Parameters<typeof applyServerErrors>[0],
    unauthorizedKey: string,
  ): void {
    this.submitting.set(false);
    const unmatched = applyServerErrors(form, problem);
    if (problem.status === 401) this.showAlert({ key: unauthorizedKey });
    else if (problem.status === 429)
      this.showAlert({ key: 'auth.signIn.tooManyAttempts' });
    else if (problem.errors?.length && unmatched.length === 0)
      this.showAlert({ key: 'ui.problem.invalid' });
    else if (problem.detail) this.showAlert({ text: problem.detail });
    else this.showAlert({ key: problemMessageKey(problem) });
  }

  /** The alert has role="alert": it is announced when it appears, focus stays in the form. */
  private showAlert(message: { key: string } | { text: string }): void {
    this.alert.set(message);
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('form .is-invalid')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
